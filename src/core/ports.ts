// Side effects the core asks for and adapters provide (docs/ARCHITECTURE.md, "Ports").
import type { ChannelRef, ChatPlatform } from './command.js';
import type { Reply } from './reply.js';

export type PlatformErrorKind =
  | 'missing-permission'
  | 'not-in-channel'
  | 'rate-limited'
  | 'not-found'
  | 'unavailable';

/** The one error type platform adapters throw; the core turns its kind into a helpful reply. */
export class PlatformError extends Error {
  constructor(
    readonly kind: PlatformErrorKind,
    message: string,
    /** Extra detail for the reply, e.g. the permission or scope that is missing. */
    readonly detail?: string,
    readonly code?: string | number,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

export interface PostedMessage {
  id: string;
}

/** A channel the bot can post into, bound by the adapter to one platform and channel. */
export interface ChannelPort {
  post(channelId: string, reply: Reply): Promise<PostedMessage>;
  edit(channelId: string, messageId: string, reply: Reply): Promise<void>;
  pin(channelId: string, messageId: string): Promise<void>;
  unpin(channelId: string, messageId: string): Promise<void>;
}

export type Schedule = 'off' | 'weekly' | 'monthly';

/** What the reminder command needs from the reminder service, seen from one invocation. */
export interface ReminderPort {
  pin(target: ReminderTarget, schedule: Schedule): Promise<Reply>;
  unpin(target: ReminderTarget): Promise<Reply>;
  status(target: ReminderTarget): Promise<Reply>;
  /** A member clicked "I've turned it off" on the channel's reminder: count them once, thank them privately. */
  confirm(target: ReminderTarget): Promise<Reply>;
}

export interface ReminderTarget {
  platform: ChatPlatform;
  channel: ChannelRef;
  /** Hashed before it reaches storage. */
  userId: string;
}
