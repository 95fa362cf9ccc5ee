// SQLite storage for pinned reminders: ids, versions, schedules and counts only. No user ids (a keyed
// hash instead), no message text. Every write that decides "who does this" runs in an IMMEDIATE
// transaction, so two processes sharing the file never both post the same reminder.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Schedule } from '../core/ports.js';

export type ReminderPlatform = 'discord' | 'slack';
export type ReminderState = 'pending' | 'pinned';

export interface ReminderKey {
  platform: ReminderPlatform;
  /** Guild or team id. */
  workspaceId: string;
  channelId: string;
}

export interface ReminderRow extends ReminderKey {
  id: number;
  /** The reminder message: the pinned one, or a posted one whose pin failed (reused on the next attempt). */
  messageId: string | null;
  state: ReminderState;
  contentVersion: string;
  schedule: Schedule;
  /** Epoch milliseconds. */
  pinnedAt: number | null;
  nextPostAt: number | null;
  confirmations: number;
  claimedUntil: number | null;
  createdAt: number;
}

export class StoreOpenError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`cannot open database at ${path}: ${reason}`);
    this.name = 'StoreOpenError';
  }
}

/** Each entry moves the schema one version up; `PRAGMA user_version` records how far a file has come. */
const MIGRATIONS: ((db: Database.Database) => void)[] = [
  (db) => {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value BLOB NOT NULL
      ) STRICT;
      CREATE TABLE reminders (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL CHECK (platform IN ('discord', 'slack')),
        workspace_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        message_id TEXT,
        state TEXT NOT NULL CHECK (state IN ('pending', 'pinned')),
        content_version TEXT NOT NULL,
        schedule TEXT NOT NULL CHECK (schedule IN ('off', 'weekly', 'monthly')),
        pinned_at INTEGER,
        next_post_at INTEGER,
        confirmations INTEGER NOT NULL DEFAULT 0,
        claimed_until INTEGER,
        created_at INTEGER NOT NULL,
        UNIQUE (platform, workspace_id, channel_id)
      ) STRICT;
      CREATE INDEX reminders_due ON reminders (next_post_at) WHERE next_post_at IS NOT NULL;
      CREATE TABLE confirmations (
        reminder_id INTEGER NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
        user_hash BLOB NOT NULL,
        PRIMARY KEY (reminder_id, user_hash)
      ) STRICT, WITHOUT ROWID;
    `);
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

interface RawRow {
  id: number;
  platform: ReminderPlatform;
  workspace_id: string;
  channel_id: string;
  message_id: string | null;
  state: ReminderState;
  content_version: string;
  schedule: Schedule;
  pinned_at: number | null;
  next_post_at: number | null;
  confirmations: number;
  claimed_until: number | null;
  created_at: number;
}

function toRow(r: RawRow): ReminderRow {
  return {
    id: r.id,
    platform: r.platform,
    workspaceId: r.workspace_id,
    channelId: r.channel_id,
    messageId: r.message_id,
    state: r.state,
    contentVersion: r.content_version,
    schedule: r.schedule,
    pinnedAt: r.pinned_at,
    nextPostAt: r.next_post_at,
    confirmations: r.confirmations,
    claimedUntil: r.claimed_until,
    createdAt: r.created_at,
  };
}

function reason(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && err.code === 'SQLITE_READONLY')
    return 'the file or its directory is read-only';
  return err instanceof Error ? err.message : String(err);
}

export interface AcquireResult {
  row: ReminderRow;
  /** This caller holds the lease and may post, pin or unpin for the channel until it releases it. */
  acquired: boolean;
  created: boolean;
}

export class ReminderStore {
  /** The per-install HMAC key for confirmation hashes; generated once, kept in the database. */
  readonly secret: Buffer;
  private readonly q;

  private constructor(private readonly db: Database.Database) {
    this.secret = this.migrate();
    const one = <P extends unknown[]>(sql: string) => {
      const st = db.prepare<P, RawRow>(sql);
      return (...p: P) => {
        const r = st.get(...p);
        return r ? toRow(r) : undefined;
      };
    };
    this.q = {
      byKey: one<[string, string, string]>(
        'SELECT * FROM reminders WHERE platform = ? AND workspace_id = ? AND channel_id = ?',
      ),
      byId: one<[number]>('SELECT * FROM reminders WHERE id = ?'),
      insert: db.prepare<[string, string, string, string, string, number, number], RawRow>(
        `INSERT INTO reminders (platform, workspace_id, channel_id, state, content_version, schedule, claimed_until, created_at)
         VALUES (?, ?, ?, 'pending', ?, ?, ?, ?) RETURNING *`,
      ),
      lease: db.prepare<[number, number, number]>(
        `UPDATE reminders SET claimed_until = ?
         WHERE id = ? AND (claimed_until IS NULL OR claimed_until <= ?)`,
      ),
      release: db.prepare<[number]>('UPDATE reminders SET claimed_until = NULL WHERE id = ?'),
      posted: db.prepare<[string, number]>(
        `UPDATE reminders SET message_id = ?, state = 'pending' WHERE id = ?`,
      ),
      pinned: db.prepare<[string, number | null, string, string, number | null, number]>(
        `UPDATE reminders SET message_id = ?, state = 'pinned', pinned_at = ?, content_version = ?,
           schedule = ?, next_post_at = ? WHERE id = ?`,
      ),
      schedule: db.prepare<[string, number | null, number]>(
        'UPDATE reminders SET schedule = ?, next_post_at = ? WHERE id = ?',
      ),
      nextPost: db.prepare<[number | null, number]>('UPDATE reminders SET next_post_at = ? WHERE id = ?'),
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
      due: db.prepare<[number, number, number], RawRow>(
        `SELECT * FROM reminders
         WHERE state = 'pinned' AND next_post_at IS NOT NULL AND next_post_at <= ?
           AND (claimed_until IS NULL OR claimed_until <= ?)
         ORDER BY next_post_at LIMIT ?`,
      ),
      claim: db.prepare<[number, number | null, number]>(
        `UPDATE reminders SET claimed_until = ?, next_post_at = ? WHERE id = ?`,
      ),
      outdated: db.prepare<[string], RawRow>(
        `SELECT * FROM reminders WHERE state = 'pinned' AND message_id IS NOT NULL AND content_version <> ?`,
      ),
      all: db.prepare<[], RawRow>('SELECT * FROM reminders ORDER BY id'),
    };
  }

  /** Opens (creating the directory and file when missing) and migrates; throws StoreOpenError with the reason. */
  static open(path: string): ReminderStore {
    const memory = path === ':memory:';
    let db: Database.Database | undefined;
    try {
      if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
      db = new Database(path);
      db.pragma('busy_timeout = 5000');
      if (!memory) db.pragma('journal_mode = WAL');
      // WAL makes NORMAL durable across application crashes; only a power cut can lose the last commits.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      return new ReminderStore(db);
    } catch (err) {
      db?.close();
      throw new StoreOpenError(path, reason(err));
    }
  }

  private migrate(): Buffer {
    const db = this.db;
    // A write lock first: it fails at once on a read-only file instead of at the first confirmation.
    return db
      .transaction(() => {
        const version = db.pragma('user_version', { simple: true }) as number;
        if (version > MIGRATIONS.length) {
          throw new Error(
            `it was written by a newer version of this bot (schema ${version}, this one knows ${MIGRATIONS.length})`,
          );
        }
        for (let v = version; v < MIGRATIONS.length; v++) MIGRATIONS[v]?.(db);
        if (version !== MIGRATIONS.length) db.pragma(`user_version = ${MIGRATIONS.length}`);
        db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING').run(
          'hmac_secret',
          randomBytes(32),
        );
        const row = db
          .prepare<[string], { value: Buffer }>('SELECT value FROM meta WHERE key = ?')
          .get('hmac_secret');
        if (!row || row.value.length < 32) throw new Error('the install secret is missing or too short');
        return row.value;
      })
      .immediate();
  }

  find(key: ReminderKey): ReminderRow | undefined {
    return this.q.byKey(key.platform, key.workspaceId, key.channelId);
  }

  get(id: number): ReminderRow | undefined {
    return this.q.byId(id);
  }

  all(): ReminderRow[] {
    return this.q.all.all().map(toRow);
  }

  /**
   * The channel's reminder row (created as `pending` when there is none) with an exclusive lease on it,
   * unless another caller (this process or another) holds an unexpired lease.
   */
  acquire(
    key: ReminderKey,
    opts: { now: number; leaseMs: number; contentVersion: string; schedule: Schedule },
  ): AcquireResult {
    return this.db
      .transaction((): AcquireResult => {
        const existing = this.find(key);
        const until = opts.now + opts.leaseMs;
        if (!existing) {
          const raw = this.q.insert.get(
            key.platform,
            key.workspaceId,
            key.channelId,
            opts.contentVersion,
            opts.schedule,
            until,
            opts.now,
          );
          if (!raw) throw new Error('insert returned no row');
          return { row: toRow(raw), acquired: true, created: true };
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

  release(id: number): void {
    this.q.release.run(id);
  }

  /** Posted but not pinned yet: kept so the next attempt reuses this message instead of posting another. */
  markPosted(id: number, messageId: string): void {
    this.q.posted.run(messageId, id);
  }

  markPinned(
    id: number,
    p: {
      messageId: string;
      pinnedAt: number;
      contentVersion: string;
      schedule: Schedule;
      nextPostAt: number | null;
    },
  ): void {
    this.q.pinned.run(p.messageId, p.pinnedAt, p.contentVersion, p.schedule, p.nextPostAt, id);
  }

  setSchedule(id: number, schedule: Schedule, nextPostAt: number | null): void {
    this.q.schedule.run(schedule, nextPostAt, id);
  }

  setNextPost(id: number, nextPostAt: number | null): void {
    this.q.nextPost.run(nextPostAt, id);
  }

  setContentVersion(id: number, version: string): void {
    this.q.version.run(version, id);
  }

  remove(id: number): void {
    this.q.remove.run(id);
  }

  /** Counts a member once per reminder. `userHash` is the keyed hash, never the platform's user id. */
  addConfirmation(id: number, userHash: Buffer): { added: boolean; count: number } {
    return this.db
      .transaction(() => {
        const added = this.q.confirm.run(id, userHash).changes === 1;
        const r = added ? this.q.bump.get(id) : this.q.count.get(id);
        return { added, count: r?.confirmations ?? 0 };
      })
      .immediate();
  }

  /**
   * Claims up to `limit` due reminders: each gets a lease and its next post time moved forward in the same
   * transaction, so a second loop (or process) running at the same moment does not see it as due.
   */
  claimDue(opts: {
    now: number;
    leaseMs: number;
    limit: number;
    next: (row: ReminderRow) => number | null;
  }): ReminderRow[] {
    return this.db
      .transaction(() => {
        const rows = this.q.due.all(opts.now, opts.now, opts.limit).map(toRow);
        for (const r of rows) {
          r.claimedUntil = opts.now + opts.leaseMs;
          r.nextPostAt = opts.next(r);
          this.q.claim.run(r.claimedUntil, r.nextPostAt, r.id);
        }
        return rows;
      })
      .immediate();
  }

  outdated(currentVersion: string): ReminderRow[] {
    return this.q.outdated.all(currentVersion).map(toRow);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
