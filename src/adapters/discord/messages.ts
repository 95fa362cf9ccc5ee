// Messages addressed to the bot in gateway mode: a DM, or a server message that mentions it. Which messages
// count, the neutral fields they become, the answer, and the reply body that pings nobody.
// The text is read to answer and then dropped: it is never logged or stored.
import type { Message } from 'discord.js';
import type { Services } from '../../app.js';
import type { Reply } from '../../core/reply.js';
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
    isDM,
  };
}

export type MessageServices = Pick<Services, 'dispatcher' | 'context' | 'limits' | 'metrics' | 'log'>;

/**
 * The answer to a message: its text as the question of `/linkedin-ai ask` (bare `/linkedin-ai`, the topic
 * menu, when only the mention was sent). Counted against the same per-user limit as commands.
 */
export async function answerMessage(
  services: MessageServices,
  m: Pick<AddressedMessage, 'text' | 'userId' | 'channelId' | 'guildId' | 'isDM'>,
): Promise<Reply> {
  const started = process.hrtime.bigint();
  const allowed = await services.limits.allow('command', `discord:${m.userId}`);
  if (!allowed.allowed) return allowed.reply;
  const ctx = services.context();
  const source = {
    platform: 'discord' as const,
    locale: 'en' as const,
    userId: m.userId,
    channel: { id: m.channelId, workspaceId: m.guildId },
  };
  const reply = await services.dispatcher.handleLine(
    m.text ? `ask ${m.text}` : '',
    source,
    ctx,
    'linkedin-ai',
  );
  services.metrics.replied(reply, 'discord', Number(process.hrtime.bigint() - started) / 1e9);
  return reply;
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
