// What the reminder service keeps: ids, versions, schedules and counts only. No user ids (a keyed hash
// instead), no message text. One async interface; SQLite and PostgreSQL implement it in src/storage/.
import type { Locale } from '../content/types.js';
import type { ChatPlatform } from '../core/command.js';
import type { Schedule } from '../core/ports.js';

// The one name for "Discord or Slack" is the core's; reminders use it too.
export type { ChatPlatform };
export type ReminderState = 'pending' | 'pinned';

export interface ReminderKey {
  platform: ChatPlatform;
  /** Guild or team id. */
  workspaceId: string;
  channelId: string;
}

export interface ReminderRow extends ReminderKey {
  id: number;
  /** The reminder message: the pinned one, or a posted one whose pin failed (reused on the next attempt). */
  messageId: string | null;
  state: ReminderState;
  /** The language the reminder is written in; its content version is that language's. */
  locale: Locale;
  contentVersion: string;
  schedule: Schedule;
  /** Epoch milliseconds. */
  pinnedAt: number | null;
  nextPostAt: number | null;
  confirmations: number;
  /** The lease: until when one caller (in any replica) may post, pin or unpin for the channel. */
  claimedUntil: number | null;
  createdAt: number;
}

export interface AcquireResult {
  row: ReminderRow;
  /** This caller holds the lease (`row.claimedUntil` is its token) and may post, pin or unpin until it releases it. */
  acquired: boolean;
  created: boolean;
}

export interface PinnedFields {
  messageId: string;
  /** Absent: the row keeps the language it has. */
  locale?: Locale;
  pinnedAt: number;
  contentVersion: string;
  schedule: Schedule;
  nextPostAt: number | null;
}

/** What became of one claimed re-post. `claimedUntil` is the lease token `claimDue` returned. */
export type RepostOutcome =
  | { id: number; claimedUntil: number | null; pinned: PinnedFields }
  /** Not re-posted: the row keeps its message and is due again at `retryAt`. */
  | { id: number; claimedUntil: number | null; retryAt: number | null };

export interface ReminderStore {
  find(key: ReminderKey): Promise<ReminderRow | undefined>;
  get(id: number): Promise<ReminderRow | undefined>;
  all(): Promise<ReminderRow[]>;
  /**
   * The channel's reminder row (created as `pending` when there is none) with an exclusive lease on it,
   * unless another caller (this replica or another) holds an unexpired lease. Atomic across replicas.
   */
  acquire(key: ReminderKey, opts: AcquireOptions): Promise<AcquireResult>;
  /** Gives the lease back, only if it is still the one taken (`until`): an expired lease taken over stays. */
  release(id: number, until: number | null): Promise<void>;
  /** Posted but not pinned yet: kept so the next attempt reuses this message instead of posting another. */
  markPosted(id: number, messageId: string): Promise<void>;
  markPinned(id: number, p: PinnedFields): Promise<void>;
  setSchedule(id: number, schedule: Schedule, nextPostAt: number | null): Promise<void>;
  setContentVersion(id: number, version: string): Promise<void>;
  remove(id: number): Promise<void>;
  /** Counts a member once per reminder, across replicas (a unique key). `userHash` is the keyed hash. */
  addConfirmation(id: number, userHash: Buffer): Promise<{ added: boolean; count: number }>;
  /**
   * Claims up to `limit` due reminders, soonest first, in one write: each gets a lease atomically, so another
   * loop or replica running at the same moment does not see it as due. The stored next post time stays until
   * the claimer settles the outcome (the returned rows carry `next(row)` for that): a claimer that dies leaves
   * them due again once its lease expires, and another replica posts them.
   */
  claimDue(opts: ClaimOptions): Promise<ReminderRow[]>;
  /**
   * Records what became of claimed re-posts and gives their leases back (each only if it is still the one
   * claimed), all in one write: one round trip for a whole batch of reminders.
   */
  settleReposts(outcomes: readonly RepostOutcome[]): Promise<void>;
  /** Pinned reminders whose content version is not their own language's current one. */
  outdated(current: (locale: Locale) => string): Promise<ReminderRow[]>;
}

export interface ClaimOptions {
  now: number;
  leaseMs: number;
  /** At most this many rows in one claim. */
  limit: number;
  /** The next post time each claimed row will record once re-posted. */
  next: (row: ReminderRow) => number | null;
}

export interface AcquireOptions {
  now: number;
  leaseMs: number;
  /** Used only when the row is created: a new reminder's language (English when absent). */
  locale?: Locale;
  contentVersion: string;
  schedule: Schedule;
}
