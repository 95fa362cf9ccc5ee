// Messages addressed to the app: a direct message (the Messages tab, event `message` with channel_type `im`) or a
// mention in a channel (`app_mention`). Which events count, the neutral fields they become, and where the answer
// goes (the DM, or the thread the mention is in). The text is read to answer and then dropped: it is never
// logged or stored.
import type { Locale } from '../../content/types.js';
import type { Managers, PipelineRequest } from '../../core/request.js';

/** The fields of a `message` or `app_mention` event this app reads; anything else is ignored. */
export interface SlackMessageEvent {
  type: string;
  subtype?: string;
  channel_type?: string;
  channel?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
}

/** A message for the app, stripped of Slack's own shapes. */
export interface SlackAddressed {
  /** What the person asked, without any mention. */
  text: string;
  userId: string;
  teamId: string;
  channelId: string;
  isDM: boolean;
  /** Where the answer goes: the thread of a mention (its own ts starts one), or a DM's thread if it was in one. */
  threadTs: string | undefined;
}

// `<@U123>` or `<@U123|name>`: a mention of the app or of anyone else, never part of a question.
const USER_MENTION = /<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g;

/**
 * The event as a SlackAddressed, or null when it is not for the app: any subtype (bot_message, message_changed
 * edits, deletions, joins, file shares…), anything from a bot (bot_id) or from the app itself, a `message`
 * outside a DM, and an `app_mention` in a DM (the DM's own `message` event answers it, once).
 */
export function addressedSlackMessage(
  event: SlackMessageEvent,
  teamId: string | undefined,
  botUserId: string | undefined,
): SlackAddressed | null {
  if (event.subtype !== undefined || event.bot_id !== undefined) return null;
  if (!event.user || !event.channel || !event.ts || !teamId) return null;
  if (botUserId !== undefined && event.user === botUserId) return null;
  const isDM = event.channel_type === 'im' || event.channel.startsWith('D');
  if (event.type === 'message' && event.channel_type !== 'im') return null;
  if (event.type === 'app_mention' && isDM) return null;
  if (event.type !== 'message' && event.type !== 'app_mention') return null;
  return {
    text: (event.text ?? '').replace(USER_MENTION, ' ').replace(/\s+/g, ' ').trim(),
    userId: event.user,
    teamId,
    channelId: event.channel,
    isDM,
    threadTs: isDM ? event.thread_ts : (event.thread_ts ?? event.ts),
  };
}

/**
 * The neutral request: free text, one conversation per DM (or DM thread) and per channel thread. A DM has no
 * channel, so only the per-user limit applies; a mention is also limited per channel.
 */
export function slackMessageRequest(
  m: SlackAddressed,
  managers: Managers,
  locale: Locale = 'en',
): PipelineRequest {
  return {
    platform: 'slack',
    origin: 'free-text',
    line: m.text,
    locale,
    userId: m.userId,
    userScope: m.teamId,
    ...(m.isDM ? {} : { channel: { id: m.channelId, workspaceId: m.teamId } }),
    conversationKey: `slack:${m.teamId}:${m.channelId}:${m.threadTs ?? 'dm'}`,
    // Free text runs no moderator-only subcommand; answered "no" so nothing can lean on it.
    canManageReminders: false,
    managers,
  };
}
