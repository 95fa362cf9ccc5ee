// Side effects the core asks for and adapters provide: channel ports and the reminder port (docs/ARCHITECTURE.md, "Ports").

import type { Locale } from '../content/types.js';
import type { ReminderOutcome } from '../reminders/outcomes.js';
import type { ChannelRef, ChatPlatform } from './command.js';
import type { Reply } from './reply.js';

export type PlatformErrorKind =
  | 'missing-permission'
  | 'not-in-channel'
  | 'rate-limited'
  | 'not-found'
  | 'unavailable';

/** What an adapter knows about a failure, as data: the words for it are chosen in src/reminders/presenter.ts. */
export interface PlatformErrorFields {
  /** A Discord permission as Discord's UI names it ("Pin Messages"). */
  permission?: string;
  /** A Slack OAuth scope ("pins:write"). */
  scope?: string;
  /** Why the platform refused, when it is neither a permission nor a scope. */
  reason?: 'pin-limit' | 'channel-archived' | 'workspace-setting' | 'app-uninstalled';
  /** What was not found. */
  missing?: 'channel' | 'message';
  /** The bot's handle for "/invite @handle" (Slack). */
  botHandle?: string;
  /** How long the platform asked us to wait. */
  retryAfterMs?: number;
  /** The platform's own error code (Discord JSON code or HTTP status, Slack error string). */
  code?: string | number;
}

/** The one error type platform adapters throw; the core turns its kind and fields into a helpful reply. */
export class PlatformError extends Error implements PlatformErrorFields {
  readonly permission?: string;
  readonly scope?: string;
  readonly reason?: PlatformErrorFields['reason'];
  readonly missing?: PlatformErrorFields['missing'];
  readonly botHandle?: string;
  readonly retryAfterMs?: number;
  readonly code?: string | number;

  constructor(
    readonly kind: PlatformErrorKind,
    /** For logs only; never shown to a person. */
    message: string,
    fields: PlatformErrorFields = {},
  ) {
    super(message);
    this.name = 'PlatformError';
    Object.assign(this, fields);
  }

  /** The structured part, for typed outcomes and logs. */
  get fields(): PlatformErrorFields & { kind: PlatformErrorKind } {
    const { permission, scope, reason, missing, botHandle, retryAfterMs, code } = this;
    return Object.fromEntries(
      Object.entries({
        kind: this.kind,
        permission,
        scope,
        reason,
        missing,
        botHandle,
        retryAfterMs,
        code,
      }).filter(([, v]) => v !== undefined),
    ) as unknown as PlatformErrorFields & { kind: PlatformErrorKind };
  }
}

export interface PostedMessage {
  id: string;
}

/**
 * Where a message goes: the channel and its workspace (Discord guild, Slack team). A port serving many
 * workspaces (Slack with OAuth) picks that workspace's token from it, with no request to learn it from.
 */
export interface ChannelAddress {
  workspaceId: string;
  channelId: string;
}

/** The channels the bot can post into on one platform. */
export interface ChannelPort {
  /**
   * `once`: a key (at most 25 characters) that makes a repeated post return the first message instead of a
   * second one, where the platform offers that (Discord: `nonce` with `enforce_nonce`, for a few minutes).
   */
  post(at: ChannelAddress, reply: Reply, opts?: { once?: string }): Promise<PostedMessage>;
  edit(at: ChannelAddress, messageId: string, reply: Reply): Promise<void>;
  pin(at: ChannelAddress, messageId: string): Promise<void>;
  unpin(at: ChannelAddress, messageId: string): Promise<void>;
}

export type Schedule = 'off' | 'weekly' | 'monthly';

/**
 * What the reminder command needs from the reminder service, seen from one invocation. Each call returns
 * what happened as data; src/reminders/presenter.ts turns it into the words a moderator reads.
 */
export interface ReminderPort {
  pin(target: ReminderTarget, schedule: Schedule): Promise<ReminderOutcome>;
  unpin(target: ReminderTarget): Promise<ReminderOutcome>;
  status(target: ReminderTarget): Promise<ReminderOutcome>;
  /** A member clicked "I've turned it off" on the channel's reminder: count them once. */
  confirm(target: ReminderTarget): Promise<ReminderOutcome>;
}

export interface ReminderTarget {
  platform: ChatPlatform;
  channel: ChannelRef;
  /** Hashed before it reaches storage. */
  userId: string;
  /** The language a reminder pinned now is written in; a reminder keeps its own once pinned. */
  locale?: Locale;
}
