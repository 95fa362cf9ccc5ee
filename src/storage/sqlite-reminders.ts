// The reminder store over SQLite. Calls are synchronous underneath (better-sqlite3); every write that decides
// "who does this" runs in an IMMEDIATE transaction or is one statement (which holds the write lock from its
// start), so two processes sharing the file never both post.
import type Database from 'better-sqlite3';
import type { Locale } from '../content/types.js';
import type { Schedule } from '../core/ports.js';
import type {
  AcquireOptions,
  AcquireResult,
  ClaimOptions,
  PinnedFields,
  ReminderKey,
  ReminderRow,
  ReminderStore,
  RepostOutcome,
} from '../reminders/store.js';
import { claimedRows, type ReminderRecord, toReminderRow } from './reminder-rows.js';

/** The parameters of a pinned row's fields, in the order both pinning statements name them. */
const pinnedParams = (p: PinnedFields) =>
  [p.messageId, p.pinnedAt, p.locale ?? null, p.contentVersion, p.schedule, p.nextPostAt] as const;

export class SqliteReminderStore implements ReminderStore {
  private readonly q;

  constructor(private readonly db: Database.Database) {
    const one = <P extends unknown[]>(sql: string) => {
      const st = db.prepare<P, ReminderRecord>(sql);
      return (...p: P) => {
        const r = st.get(...p);
        return r ? toReminderRow(r) : undefined;
      };
    };
    this.q = {
      byKey: one<[string, string, string]>(
        'SELECT * FROM reminders WHERE platform = ? AND workspace_id = ? AND channel_id = ?',
      ),
      byId: one<[number]>('SELECT * FROM reminders WHERE id = ?'),
      insert: db.prepare<[string, string, string, string, string, string, number, number], ReminderRecord>(
        `INSERT INTO reminders (platform, workspace_id, channel_id, state, locale, content_version, schedule, claimed_until, created_at)
         VALUES (?, ?, ?, 'pending', ?, ?, ?, ?, ?) RETURNING *`,
      ),
      lease: db.prepare<[number, number, number]>(
        `UPDATE reminders SET claimed_until = ?
         WHERE id = ? AND (claimed_until IS NULL OR claimed_until <= ?)`,
      ),
      release: db.prepare<[number, number | null]>(
        'UPDATE reminders SET claimed_until = NULL WHERE id = ? AND claimed_until IS ?',
      ),
      posted: db.prepare<[string, number]>(
        `UPDATE reminders SET message_id = ?, state = 'pending' WHERE id = ?`,
      ),
      pinned: db.prepare<[string, number | null, string | null, string, string, number | null, number]>(
        `UPDATE reminders SET message_id = ?, state = 'pinned', pinned_at = ?, locale = COALESCE(?, locale), content_version = ?,
           schedule = ?, next_post_at = ? WHERE id = ?`,
      ),
      schedule: db.prepare<[string, number | null, number]>(
        'UPDATE reminders SET schedule = ?, next_post_at = ? WHERE id = ?',
      ),
      version: db.prepare<[string, number]>('UPDATE reminders SET content_version = ? WHERE id = ?'),
      remove: db.prepare<[number]>('DELETE FROM reminders WHERE id = ?'),
      confirm: db.prepare<[number, Buffer]>(
        'INSERT INTO confirmations (reminder_id, user_hash) VALUES (?, ?) ON CONFLICT DO NOTHING',
      ),
      bump: db.prepare<[number], { confirmations: number }>(
        'UPDATE reminders SET confirmations = confirmations + 1 WHERE id = ? RETURNING confirmations',
      ),
      count: db.prepare<[number], { confirmations: number }>(
        'SELECT confirmations FROM reminders WHERE id = ?',
      ),
      claim: db.prepare<[number, number, number, number], ReminderRecord>(
        `UPDATE reminders SET claimed_until = ?
         WHERE id IN (SELECT id FROM reminders
           WHERE state = 'pinned' AND next_post_at IS NOT NULL AND next_post_at <= ?
             AND (claimed_until IS NULL OR claimed_until <= ?)
           ORDER BY next_post_at LIMIT ?)
         RETURNING *`,
      ),
      settlePinned: db.prepare<
        [string, number | null, string | null, string, string, number | null, number | null, number]
      >(
        `UPDATE reminders SET message_id = ?, state = 'pinned', pinned_at = ?, locale = COALESCE(?, locale),
           content_version = ?, schedule = ?, next_post_at = ?,
           claimed_until = CASE WHEN claimed_until IS ? THEN NULL ELSE claimed_until END
         WHERE id = ?`,
      ),
      settleFailed: db.prepare<[number | null, number | null, number]>(
        `UPDATE reminders SET next_post_at = ?,
           claimed_until = CASE WHEN claimed_until IS ? THEN NULL ELSE claimed_until END
         WHERE id = ?`,
      ),
      pinned_rows: db.prepare<[], ReminderRecord>(
        `SELECT * FROM reminders WHERE state = 'pinned' AND message_id IS NOT NULL`,
      ),
      all: db.prepare<[], ReminderRecord>('SELECT * FROM reminders ORDER BY id'),
    };
  }

  async find(key: ReminderKey): Promise<ReminderRow | undefined> {
    return this.q.byKey(key.platform, key.workspaceId, key.channelId);
  }

  async get(id: number): Promise<ReminderRow | undefined> {
    return this.q.byId(id);
  }

  async all(): Promise<ReminderRow[]> {
    return this.q.all.all().map(toReminderRow);
  }

  async acquire(key: ReminderKey, opts: AcquireOptions): Promise<AcquireResult> {
    return this.db
      .transaction((): AcquireResult => {
        const existing = this.q.byKey(key.platform, key.workspaceId, key.channelId);
        const until = opts.now + opts.leaseMs;
        if (!existing) {
          const raw = this.q.insert.get(
            key.platform,
            key.workspaceId,
            key.channelId,
            opts.locale ?? 'en',
            opts.contentVersion,
            opts.schedule,
            until,
            opts.now,
          );
          if (!raw) throw new Error('insert returned no row');
          return { row: toReminderRow(raw), acquired: true, created: true };
        }
        const got = this.q.lease.run(until, existing.id, opts.now).changes === 1;
        return {
          row: { ...existing, claimedUntil: got ? until : existing.claimedUntil },
          acquired: got,
          created: false,
        };
      })
      .immediate();
  }

  async release(id: number, until: number | null): Promise<void> {
    this.q.release.run(id, until);
  }

  async markPosted(id: number, messageId: string): Promise<void> {
    this.q.posted.run(messageId, id);
  }

  async markPinned(id: number, p: PinnedFields): Promise<void> {
    this.q.pinned.run(...pinnedParams(p), id);
  }

  async setSchedule(id: number, schedule: Schedule, nextPostAt: number | null): Promise<void> {
    this.q.schedule.run(schedule, nextPostAt, id);
  }

  async setContentVersion(id: number, version: string): Promise<void> {
    this.q.version.run(version, id);
  }

  async remove(id: number): Promise<void> {
    this.q.remove.run(id);
  }

  async addConfirmation(id: number, userHash: Buffer): Promise<{ added: boolean; count: number }> {
    return this.db
      .transaction(() => {
        const added = this.q.confirm.run(id, userHash).changes === 1;
        const r = added ? this.q.bump.get(id) : this.q.count.get(id);
        return { added, count: r?.confirmations ?? 0 };
      })
      .immediate();
  }

  async claimDue(opts: ClaimOptions): Promise<ReminderRow[]> {
    // One statement: atomic under SQLite's write lock, so two processes sharing the file never claim one row.
    const records = this.q.claim.all(opts.now + opts.leaseMs, opts.now, opts.now, opts.limit);
    return claimedRows(records, opts.next);
  }

  async settleReposts(outcomes: readonly RepostOutcome[]): Promise<void> {
    this.db
      .transaction(() => {
        for (const o of outcomes) {
          if ('pinned' in o) this.q.settlePinned.run(...pinnedParams(o.pinned), o.claimedUntil, o.id);
          else this.q.settleFailed.run(o.retryAt, o.claimedUntil, o.id);
        }
      })
      .immediate();
  }

  async outdated(current: (locale: Locale) => string): Promise<ReminderRow[]> {
    // Each row is compared with its own language's version; pinned reminders are few, so JS does it.
    return this.q.pinned_rows
      .all()
      .map(toReminderRow)
      .filter((r) => r.contentVersion !== current(r.locale));
  }
}
