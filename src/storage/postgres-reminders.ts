// The reminder store over PostgreSQL, shared by replicas. Leases are taken with one conditional UPDATE (row
// locks serialise pins and unpins of a channel), due reminders are claimed with FOR UPDATE SKIP LOCKED, and
// the confirmations' primary key counts each member once whichever replica they clicked through.
import type pg from 'pg';
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
import { inTransaction } from './postgres.js';
import { claimedRows, type ReminderRecord, toReminderRow } from './reminder-rows.js';

export class PostgresReminderStore implements ReminderStore {
  constructor(private readonly pool: pg.Pool) {}

  private async rows(sql: string, params: unknown[] = []): Promise<ReminderRow[]> {
    const r = await this.pool.query<ReminderRecord>(sql, params);
    return r.rows.map(toReminderRow);
  }

  private async run(sql: string, params: unknown[]): Promise<void> {
    await this.pool.query(sql, params);
  }

  async find(key: ReminderKey): Promise<ReminderRow | undefined> {
    const [row] = await this.rows(
      'SELECT * FROM reminders WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3',
      [key.platform, key.workspaceId, key.channelId],
    );
    return row;
  }

  async get(id: number): Promise<ReminderRow | undefined> {
    const [row] = await this.rows('SELECT * FROM reminders WHERE id = $1', [id]);
    return row;
  }

  all(): Promise<ReminderRow[]> {
    return this.rows('SELECT * FROM reminders ORDER BY id');
  }

  async acquire(key: ReminderKey, opts: AcquireOptions): Promise<AcquireResult> {
    const until = opts.now + opts.leaseMs;
    // Insert-or-lease: a row removed by another replica between the two statements is simply tried again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const [created] = await this.rows(
        `INSERT INTO reminders (platform, workspace_id, channel_id, state, content_version, schedule, claimed_until, created_at, locale)
         VALUES ($1, $2, $3, 'pending', $4, $5, $6, $7, $8)
         ON CONFLICT (platform, workspace_id, channel_id) DO NOTHING RETURNING *`,
        [
          key.platform,
          key.workspaceId,
          key.channelId,
          opts.contentVersion,
          opts.schedule,
          until,
          opts.now,
          opts.locale ?? 'en',
        ],
      );
      if (created) return { row: created, acquired: true, created: true };
      const [leased] = await this.rows(
        `UPDATE reminders SET claimed_until = $4
         WHERE platform = $1 AND workspace_id = $2 AND channel_id = $3
           AND (claimed_until IS NULL OR claimed_until <= $5)
         RETURNING *`,
        [key.platform, key.workspaceId, key.channelId, until, opts.now],
      );
      if (leased) return { row: leased, acquired: true, created: false };
      const held = await this.find(key);
      if (held) return { row: held, acquired: false, created: false };
    }
    throw new Error('the reminder row kept changing while taking its lease');
  }

  release(id: number, until: number | null): Promise<void> {
    return this.run(
      'UPDATE reminders SET claimed_until = NULL WHERE id = $1 AND claimed_until IS NOT DISTINCT FROM $2',
      [id, until],
    );
  }

  markPosted(id: number, messageId: string): Promise<void> {
    return this.run(`UPDATE reminders SET message_id = $1, state = 'pending' WHERE id = $2`, [messageId, id]);
  }

  markPinned(id: number, p: PinnedFields): Promise<void> {
    return this.run(
      `UPDATE reminders SET message_id = $1, state = 'pinned', pinned_at = $2, content_version = $3,
         schedule = $4, next_post_at = $5, locale = COALESCE($7, locale) WHERE id = $6`,
      [p.messageId, p.pinnedAt, p.contentVersion, p.schedule, p.nextPostAt, id, p.locale ?? null],
    );
  }

  setSchedule(id: number, schedule: Schedule, nextPostAt: number | null): Promise<void> {
    return this.run('UPDATE reminders SET schedule = $1, next_post_at = $2 WHERE id = $3', [
      schedule,
      nextPostAt,
      id,
    ]);
  }

  setContentVersion(id: number, version: string): Promise<void> {
    return this.run('UPDATE reminders SET content_version = $1 WHERE id = $2', [version, id]);
  }

  remove(id: number): Promise<void> {
    return this.run('DELETE FROM reminders WHERE id = $1', [id]);
  }

  addConfirmation(id: number, userHash: Buffer): Promise<{ added: boolean; count: number }> {
    return inTransaction(this.pool, async (c) => {
      // A second click of the same member waits on the first one's uncommitted key, then does nothing.
      const ins = await c.query(
        'INSERT INTO confirmations (reminder_id, user_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [id, userHash],
      );
      const added = ins.rowCount === 1;
      const r = await c.query<{ confirmations: number }>(
        added
          ? 'UPDATE reminders SET confirmations = confirmations + 1 WHERE id = $1 RETURNING confirmations'
          : 'SELECT confirmations FROM reminders WHERE id = $1',
        [id],
      );
      return { added, count: r.rows[0]?.confirmations ?? 0 };
    });
  }

  async claimDue(opts: ClaimOptions): Promise<ReminderRow[]> {
    // One statement, so one round trip and one commit for the whole batch. Rows another replica is claiming
    // right now are skipped, not waited for: each goes to one claimer. The locking CTE runs once, so the
    // batch never exceeds `limit`.
    const r = await this.pool.query<ReminderRecord>(
      `WITH due AS (
         SELECT id FROM reminders
         WHERE state = 'pinned' AND next_post_at IS NOT NULL AND next_post_at <= $1
           AND (claimed_until IS NULL OR claimed_until <= $1)
         ORDER BY next_post_at LIMIT $2
         FOR UPDATE SKIP LOCKED)
       UPDATE reminders r SET claimed_until = $3 FROM due WHERE r.id = due.id RETURNING r.*`,
      [opts.now, opts.limit, opts.now + opts.leaseMs],
    );
    return claimedRows(r.rows, opts.next);
  }

  async settleReposts(outcomes: readonly RepostOutcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    // One column array per field, unnested into rows: one UPDATE however many outcomes. A failed re-post
    // (no `pinned`) changes only its next post time; every lease is given back only if it is still the one
    // claimed (one taken over after expiry stays with its new holder).
    const col = <T>(f: (o: RepostOutcome) => T) => outcomes.map(f);
    const pinned = (o: RepostOutcome) => ('pinned' in o ? o.pinned : undefined);
    await this.run(
      `UPDATE reminders r SET
         message_id = CASE WHEN o.pinned THEN o.message_id ELSE r.message_id END,
         state = CASE WHEN o.pinned THEN 'pinned' ELSE r.state END,
         pinned_at = CASE WHEN o.pinned THEN o.pinned_at ELSE r.pinned_at END,
         content_version = CASE WHEN o.pinned THEN o.content_version ELSE r.content_version END,
         schedule = CASE WHEN o.pinned THEN o.schedule ELSE r.schedule END,
         locale = COALESCE(o.locale, r.locale),
         next_post_at = o.next_post_at,
         claimed_until = CASE WHEN r.claimed_until IS NOT DISTINCT FROM o.lease THEN NULL ELSE r.claimed_until END
       FROM unnest($1::bigint[], $2::boolean[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[],
                   $8::bigint[], $9::bigint[])
         AS o(id, pinned, message_id, pinned_at, content_version, schedule, locale, next_post_at, lease)
       WHERE r.id = o.id`,
      [
        col((o) => o.id),
        col((o) => 'pinned' in o),
        col((o) => pinned(o)?.messageId ?? null),
        col((o) => pinned(o)?.pinnedAt ?? null),
        col((o) => pinned(o)?.contentVersion ?? null),
        col((o) => pinned(o)?.schedule ?? null),
        col((o) => pinned(o)?.locale ?? null),
        col((o) => ('pinned' in o ? o.pinned.nextPostAt : o.retryAt)),
        col((o) => o.claimedUntil),
      ],
    );
  }

  async outdated(current: (locale: Locale) => string): Promise<ReminderRow[]> {
    // Each row is compared with its own language's version; pinned reminders are few, so JS does it.
    const rows = await this.rows(`SELECT * FROM reminders WHERE state = 'pinned' AND message_id IS NOT NULL`);
    return rows.filter((r) => r.contentVersion !== current(r.locale));
  }
}
