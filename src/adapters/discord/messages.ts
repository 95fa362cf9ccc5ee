// Messages addressed to the bot in gateway mode: a DM, or a server message that mentions it. Which messages
// count, the neutral fields they become, the answer, and the reply body that pings nobody.
// The text is read to answer and then dropped: it is never logged or stored.
import type { Message } from 'discord.js';
import type { Services } from '../../app.js';
import { localeFromDiscord } from '../../core/locale.js';
import { messageLanguage } from '../../core/message-language.js';
import type { Reply } from '../../core/reply.js';
import type { PipelineOutcome, PipelineRequest } from '../../core/request.js';
import { type DiscordMessage, renderDiscord } from './render.js';

/** A message for the bot, stripped of Discord's own shapes. */
export interface AddressedMessage {
  /** The message to reply to. */
  id: string;
  /** What the person asked, without the mention of the bot. */
  text: string;
  userId: string;
  channelId: string;
  /** null in a DM. */
  guildId: string | null;
  /** The server's language as discord.js caches it (`preferredLocale`); null in a DM. */
  guildLocale: string | null;
  isDM: boolean;
}

/**
 * The message as an AddressedMessage, or null when it is not for the bot: from a bot (itself included) or a
 * webhook, a system message (joins, pins, boosts), or a server message that does not mention the bot.
 * A reply to one of the bot's messages that pings it counts as a mention, as Discord delivers its text too.
 */
export function addressedMessage(message: Message, botId: string): AddressedMessage | null {
  if (message.author.bot || message.author.id === botId || message.webhookId || message.system) return null;
  const isDM = !message.inGuild();
  if (!isDM && !message.mentions.users.has(botId)) return null;
  return {
    id: message.id,
    text: message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').trim(),
    userId: message.author.id,
    channelId: message.channelId,
    guildId: message.guildId,
    guildLocale: message.guild?.preferredLocale ?? null,
    isDM,
  };
}

export type MessageServices = Pick<Services, 'pipeline'>;

type MessageFields = Pick<AddressedMessage, 'text' | 'userId' | 'channelId' | 'guildId' | 'isDM'> &
  Partial<Pick<AddressedMessage, 'guildLocale'>>;

/**
 * The neutral request for a message: free text, one conversation per DM or per server channel (a thread is its
 * own channel on Discord, so a thread is one conversation). A DM has no channel, so no per-channel limit.
 * A message carries no locale: its own language when clear, else the server's, else English.
 */
export function messageRequest(m: MessageFields): PipelineRequest {
  return {
    platform: 'discord',
    origin: 'free-text',
    line: m.text,
    locale: messageLanguage(m.text) ?? localeFromDiscord(m.guildLocale),
    userId: m.userId,
    ...(m.isDM ? {} : { channel: { id: m.channelId, workspaceId: m.guildId } }),
    conversationKey: m.isDM ? `discord:dm:${m.channelId}` : `discord:${m.guildId}:${m.channelId}`,
    // Free text runs no moderator-only subcommand; answered "no" so nothing can lean on it.
    canManageReminders: false,
    managers: 'pin-permission',
  };
}

/** The pipeline's answer to a message (limits, small talk, follow-ups and metrics all live there). */
export async function answerMessage(services: MessageServices, m: MessageFields): Promise<PipelineOutcome> {
  return services.pipeline.handle(messageRequest(m));
}

export interface DiscordMessageReply extends Omit<DiscordMessage, 'allowed_mentions' | 'flags'> {
  message_reference: { message_id: string; channel_id: string; guild_id?: string; fail_if_not_exists: false };
  allowed_mentions: { parse: []; replied_user: false };
}

/** A normal (not ephemeral) message replying to `to`; it pings no one, not even the person it answers. */
export function messageReplyBody(reply: Reply, to: AddressedMessage): DiscordMessageReply {
  const {
    flags: _flags,
    allowed_mentions: _mentions,
    ...body
  } = renderDiscord({ ...reply, visibility: 'public' });
  return {
    ...body,
    message_reference: {
      message_id: to.id,
      channel_id: to.channelId,
      ...(to.guildId ? { guild_id: to.guildId } : {}),
      // The person may delete their message before the answer comes; the answer still makes sense alone.
      fail_if_not_exists: false,
    },
    allowed_mentions: { parse: [], replied_user: false },
  };
}
