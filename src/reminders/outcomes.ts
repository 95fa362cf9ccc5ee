// What a reminder operation did, as data. The service decides; src/reminders/presenter.ts says it in words.
import {
  PlatformError,
  type PlatformErrorFields,
  type PlatformErrorKind,
  type Schedule,
} from '../core/ports.js';
import type { ChatPlatform } from './store.js';

export type ReminderAction = 'pin' | 'unpin' | 'status' | 'confirm';

/** The channel as a person knows it: its name when the platform gave one. */
export interface ChannelLabel {
  name: string | null;
}

/** Why an operation failed: a platform's refusal (its structured fields), or something on our side. */
export type FailureReason = (PlatformErrorFields & { kind: PlatformErrorKind }) | { kind: 'internal' };

export type ReminderOutcome =
  /** Posted (or refreshed in place) and pinned. */
  | {
      kind: 'pinned';
      channel: ChannelLabel;
      refreshed: boolean;
      schedule: Schedule;
      nextPostAt: number | null;
      confirmations: number;
    }
  /** Another pin or unpin of this channel (in any replica) holds it right now. */
  | { kind: 'busy'; action: 'pin' | 'unpin' }
  | { kind: 'unpinned'; channel: ChannelLabel; scheduleStopped: boolean }
  /** The message or channel was out of reach for good: the reminder is forgotten, nothing left to unpin. */
  | { kind: 'forgotten'; channel: ChannelLabel }
  /** Unpinning was refused: the schedule is stopped, the message stays pinned. */
  | { kind: 'unpin-refused'; platform: ChatPlatform; reason: FailureReason }
  | { kind: 'not-pinned'; action: 'unpin' | 'status'; channel: ChannelLabel }
  | {
      kind: 'status';
      channel: ChannelLabel;
      /** `pending`: posted, but the last pin attempt failed. */
      state: 'pinned' | 'pending';
      pinnedAt: number | null;
      schedule: Schedule;
      nextPostAt: number | null;
      confirmations: number;
      factsCurrent: boolean;
    }
  | { kind: 'confirmed'; already: boolean; count: number }
  /** The button of a reminder that was unpinned since: thanked, not counted. */
  | { kind: 'confirm-inactive' }
  /** A direct message, or a channel outside a server or workspace. */
  | { kind: 'no-channel'; action: ReminderAction }
  /** The platform's adapter is not running (yet). */
  | { kind: 'platform-down'; action: ReminderAction; platform: ChatPlatform }
  | { kind: 'failed'; action: ReminderAction; platform: ChatPlatform; reason: FailureReason };

export function failureReason(err: unknown): FailureReason {
  return err instanceof PlatformError ? err.fields : { kind: 'internal' };
}
