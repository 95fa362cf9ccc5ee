// The ChannelPort over Slack's Web API: what the reminder service uses to post, edit and pin its message.
// Slack's error strings become the core's PlatformError kinds, each with the fix a person can apply.
import { webApi } from '@slack/bolt';
import type { ChannelAddress, ChannelPort, PostedMessage } from '../../core/ports.js';
import { PlatformError } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import type { Logger } from '../../log.js';
import { renderSlack } from './render.js';

type WebClient = InstanceType<typeof webApi.WebClient>;

export interface SlackChannelPortOptions {
  /** Shown in "invite me with /invite @name"; the bot user's name from auth.test. */
  botName: string;
  log?: Logger;
}

/** The Slack error code of a Web API failure, or undefined when it was not a platform answer. */
function slackCode(err: unknown): string | undefined {
  if (err instanceof Error && (err as { code?: unknown }).code === webApi.ErrorCode.PlatformError) {
    return (err as InstanceType<typeof webApi.WebAPIPlatformError>).data.error;
  }
  return undefined;
}

function isRateLimited(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if ((err as { code?: unknown }).code === webApi.ErrorCode.RateLimitedError) return true;
  // Once its own retries after HTTP 429 are used up, the WebClient throws a request error wrapping this message.
  const original = (err as { original?: unknown }).original;
  const message = original instanceof Error ? original.message : err.message;
  return message.startsWith('A rate limit was exceeded');
}

/**
 * A message the bot posts into the channel itself is public: rendered as such, so it never carries the
 * "Share in channel" button an ephemeral reply gets (as the Discord port does with `channelMessage`).
 */
function channelMessage(reply: Reply) {
  return renderSlack({ ...reply, visibility: 'public' });
}

export class SlackChannelPort implements ChannelPort {
  constructor(
    private readonly client: WebClient,
    private readonly opts: SlackChannelPortOptions,
  ) {}

  async post({ channelId }: ChannelAddress, reply: Reply): Promise<PostedMessage> {
    const msg = channelMessage(reply);
    const res = await this.call('chat.postMessage', channelId, () =>
      this.client.chat.postMessage({
        channel: channelId,
        text: msg.text,
        blocks: msg.blocks,
        unfurl_links: false,
      }),
    );
    if (!res?.ts) throw new PlatformError('unavailable', 'Slack did not return the message timestamp');
    return { id: res.ts };
  }

  async edit({ channelId }: ChannelAddress, messageId: string, reply: Reply): Promise<void> {
    const msg = channelMessage(reply);
    await this.call('chat.update', channelId, () =>
      this.client.chat.update({ channel: channelId, ts: messageId, text: msg.text, blocks: msg.blocks }),
    );
  }

  async pin({ channelId }: ChannelAddress, messageId: string): Promise<void> {
    await this.call(
      'pins.add',
      channelId,
      () => this.client.pins.add({ channel: channelId, timestamp: messageId }),
      ['already_pinned'],
    );
  }

  async unpin({ channelId }: ChannelAddress, messageId: string): Promise<void> {
    await this.call(
      'pins.remove',
      channelId,
      () => this.client.pins.remove({ channel: channelId, timestamp: messageId }),
      // Someone unpinned it by hand, or it was never pinned: the goal is reached either way.
      ['no_pin', 'not_pinned'],
    );
  }

  /**
   * Runs one Web API call. On `not_in_channel` it tries to join once (works for public channels when the
   * app has `channels:join`) and repeats the call; every other failure becomes a PlatformError.
   */
  private async call<T>(
    method: string,
    channelId: string,
    fn: () => Promise<T>,
    harmless: string[] = [],
  ): Promise<T | undefined> {
    try {
      return await fn();
    } catch (err) {
      const code = slackCode(err);
      if (code && harmless.includes(code)) return undefined;
      if (code === 'not_in_channel' && (await this.tryJoin(channelId))) {
        try {
          return await fn();
        } catch (again) {
          const code2 = slackCode(again);
          if (code2 && harmless.includes(code2)) return undefined;
          throw this.toPlatformError(method, again);
        }
      }
      throw this.toPlatformError(method, err);
    }
  }

  private async tryJoin(channelId: string): Promise<boolean> {
    try {
      await this.client.conversations.join({ channel: channelId });
      this.opts.log?.info({ channel: channelId }, 'joined public channel to post the reminder');
      return true;
    } catch (err) {
      // Private channels (method_not_supported_for_channel_type), no channels:join scope (missing_scope),
      // archived channels: the person has to invite the bot.
      this.opts.log?.debug({ channel: channelId, code: slackCode(err) }, 'could not join channel');
      return false;
    }
  }

  private toPlatformError(method: string, err: unknown): PlatformError {
    const code = slackCode(err);
    const botHandle = this.opts.botName;
    if (isRateLimited(err) || code === 'ratelimited') {
      const retryAfter = (err as { retryAfter?: unknown }).retryAfter;
      return new PlatformError('rate-limited', `Slack rate-limited ${method}`, {
        ...(code ? { code } : {}),
        ...(typeof retryAfter === 'number' ? { retryAfterMs: retryAfter * 1000 } : {}),
      });
    }
    switch (code) {
      case 'not_in_channel':
        return new PlatformError('not-in-channel', `${method}: the bot is not in this channel`, {
          botHandle,
          code,
        });
      case 'channel_not_found':
        return new PlatformError('not-found', `${method}: channel not found`, {
          missing: 'channel',
          botHandle,
          code,
        });
      case 'message_not_found':
      case 'cant_update_message':
        return new PlatformError('not-found', `${method}: message not found`, { missing: 'message', code });
      case 'missing_scope': {
        const needed = (err as { data?: { needed?: unknown } }).data?.needed;
        const scope = typeof needed === 'string' && needed ? needed : undefined;
        return new PlatformError('missing-permission', `${method}: missing scope ${scope ?? '(not named)'}`, {
          ...(scope ? { scope } : {}),
          code,
        });
      }
      case 'restricted_action':
      case 'not_allowed_token_type':
        return new PlatformError('missing-permission', `${method}: ${code}`, {
          reason: 'workspace-setting',
          code,
        });
      case 'is_archived':
      case 'channel_is_archived':
        return new PlatformError('missing-permission', `${method}: ${code}`, {
          reason: 'channel-archived',
          code,
        });
      case 'too_many_pins':
        return new PlatformError('missing-permission', `${method}: too many pins`, {
          reason: 'pin-limit',
          code,
        });
      default: {
        const other = code ?? (err instanceof Error ? (err as { code?: string }).code : undefined);
        return new PlatformError('unavailable', `${method} failed${code ? `: ${code}` : ''}`, {
          ...(other ? { code: other } : {}),
        });
      }
    }
  }
}
