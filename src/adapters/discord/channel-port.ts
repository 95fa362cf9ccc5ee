// ChannelPort over Discord REST: what the reminder service posts, edits, pins and unpins through.
// Discord's errors come back as the core's PlatformError kinds so the core can say what to fix.

import type { REST } from 'discord.js';
import { Routes } from 'discord-api-types/v10';
import type { ChannelAddress, ChannelPort, PostedMessage } from '../../core/ports.js';
import { PlatformError } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import { type DiscordMessage, renderDiscord } from './render.js';
import { restLib } from './rest.js';

const { DiscordAPIError, HTTPError, RateLimitError } = restLib;

/** Discord JSON error codes this port maps (https://discord.com/developers/docs/topics/opcodes-and-status-codes). */
export const DISCORD_ERROR = {
  UnknownChannel: 10003,
  UnknownMessage: 10008,
  MissingAccess: 50001,
  MissingPermissions: 50013,
  MaxPins: 30003,
} as const;

type Operation = 'post' | 'edit' | 'pin' | 'unpin';

/** The permission each operation needs, named as Discord's UI names it, for "I need … in #channel". */
const NEEDS: Record<Operation, string> = {
  post: 'Send Messages and Embed Links',
  edit: 'View Channel and Read Message History',
  pin: 'Pin Messages',
  unpin: 'Pin Messages',
};

export function toPlatformError(err: unknown, op: Operation): PlatformError {
  if (err instanceof PlatformError) return err;
  if (err instanceof RateLimitError) {
    return new PlatformError('rate-limited', `Discord rate limit on ${op}`, {
      code: 429,
      retryAfterMs: err.retryAfter,
    });
  }
  if (err instanceof DiscordAPIError) {
    const code = typeof err.code === 'number' ? err.code : Number(err.code);
    switch (code) {
      case DISCORD_ERROR.MissingPermissions:
        return new PlatformError('missing-permission', `missing permission to ${op}`, {
          permission: NEEDS[op],
          code,
        });
      case DISCORD_ERROR.MissingAccess:
        return new PlatformError('missing-permission', `no access to the channel to ${op}`, {
          permission: 'View Channel',
          code,
        });
      case DISCORD_ERROR.MaxPins:
        // Not a permission as such, but fixed the same way: someone with rights has to act in the channel.
        return new PlatformError('missing-permission', 'pin limit reached', { reason: 'pin-limit', code });
      case DISCORD_ERROR.UnknownChannel:
        return new PlatformError('not-found', 'unknown channel', { missing: 'channel', code });
      case DISCORD_ERROR.UnknownMessage:
        return new PlatformError('not-found', 'unknown message', { missing: 'message', code });
    }
    if (err.status === 429)
      return new PlatformError('rate-limited', `Discord rate limit on ${op}`, { code: 429 });
    if (err.status === 403)
      return new PlatformError('missing-permission', `forbidden: ${op}`, { permission: NEEDS[op], code });
    if (err.status === 404) return new PlatformError('not-found', `not found: ${op}`, { code });
    if (err.status >= 500) return new PlatformError('unavailable', `Discord error ${err.status}`, { code });
    return new PlatformError('unavailable', `Discord rejected ${op} (${code})`, { code });
  }
  if (err instanceof HTTPError) {
    if (err.status === 429)
      return new PlatformError('rate-limited', `Discord rate limit on ${op}`, { code: 429 });
    return new PlatformError('unavailable', `Discord answered ${err.status} to ${op}`, { code: err.status });
  }
  // Network failures and timeouts (undici errors, AbortError).
  return new PlatformError('unavailable', `could not reach Discord to ${op}`);
}

/** The body of a channel message the bot posts itself: public, never pinging, no "Share" button. */
export function channelMessage(reply: Reply): DiscordMessage {
  const { flags: _ephemeral, ...body } = renderDiscord({ ...reply, visibility: 'public' });
  return { ...body, allowed_mentions: { parse: [] } };
}

export class DiscordChannelPort implements ChannelPort {
  constructor(private readonly rest: REST) {}

  async post({ channelId }: ChannelAddress, reply: Reply, opts?: { once?: string }): Promise<PostedMessage> {
    try {
      const body = channelMessage(reply);
      const created = (await this.rest.post(Routes.channelMessages(channelId), {
        body: opts?.once ? { ...body, nonce: opts.once, enforce_nonce: true } : body,
      })) as { id: string };
      return { id: created.id };
    } catch (err) {
      throw toPlatformError(err, 'post');
    }
  }

  async edit({ channelId }: ChannelAddress, messageId: string, reply: Reply): Promise<void> {
    try {
      await this.rest.patch(Routes.channelMessage(channelId, messageId), { body: channelMessage(reply) });
    } catch (err) {
      throw toPlatformError(err, 'edit');
    }
  }

  async pin({ channelId }: ChannelAddress, messageId: string): Promise<void> {
    try {
      await this.rest.put(Routes.channelMessagesPin(channelId, messageId), {
        reason: 'LinkedIn AI opt-out reminder',
      });
    } catch (err) {
      throw toPlatformError(err, 'pin');
    }
  }

  async unpin({ channelId }: ChannelAddress, messageId: string): Promise<void> {
    try {
      await this.rest.delete(Routes.channelMessagesPin(channelId, messageId));
    } catch (err) {
      throw toPlatformError(err, 'unpin');
    }
  }
}
