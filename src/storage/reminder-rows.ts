// From a database row to a ReminderRow: the column names both dialects share and the one mapping, used by the
// SQLite and PostgreSQL reminder stores alike.
import { localeFromTag } from '../core/locale.js';
import type { Schedule } from '../core/ports.js';
import type { ChatPlatform, ReminderRow, ReminderState } from '../reminders/store.js';

/** The column names both dialects share, and the one mapping from a database row to a ReminderRow. */
export interface ReminderRecord {
  id: number | string;
  platform: ChatPlatform;
  workspace_id: string;
  channel_id: string;
  message_id: string | null;
  state: ReminderState;
  locale: string;
  content_version: string;
  schedule: Schedule;
  pinned_at: number | string | null;
  next_post_at: number | string | null;
  confirmations: number | string;
  claimed_until: number | string | null;
  created_at: number | string;
}

// PostgreSQL returns BIGINT as a string (it may exceed 2^53); epoch milliseconds and ids never do.
const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v));
const numOrNull = (v: number | string | null): number | null => (v === null ? null : num(v));

export function toReminderRow(r: ReminderRecord): ReminderRow {
  return {
    id: num(r.id),
    platform: r.platform,
    workspaceId: r.workspace_id,
    channelId: r.channel_id,
    messageId: r.message_id,
    state: r.state,
    locale: localeFromTag(r.locale),
    contentVersion: r.content_version,
    schedule: r.schedule,
    pinnedAt: numOrNull(r.pinned_at),
    nextPostAt: numOrNull(r.next_post_at),
    confirmations: num(r.confirmations),
    claimedUntil: numOrNull(r.claimed_until),
    createdAt: num(r.created_at),
  };
}

/**
 * Rows a claim returned, as the claimer sees them: soonest due first (the write returns them in no order), each
 * carrying the next post time it will record.
 */
export function claimedRows(
  records: ReminderRecord[],
  next: (row: ReminderRow) => number | null,
): ReminderRow[] {
  return records
    .map(toReminderRow)
    .sort((a, b) => (a.nextPostAt ?? 0) - (b.nextPostAt ?? 0))
    .map((r) => ({ ...r, nextPostAt: next(r) }));
}
