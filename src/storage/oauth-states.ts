// The OAuth `state` values already accepted, so each is accepted once. In the database when there is one, so
// single use holds across replicas (the browser may come back to another one); expired rows are pruned as
// new states are used.
import type Database from 'better-sqlite3';
import type pg from 'pg';

export interface UsedStates {
  /** True the first time `nonce` is seen; false afterwards (until it expires, `expiresAt` epoch ms). */
  firstUse(nonce: string, expiresAt: number): Promise<boolean>;
}

export class MemoryUsedStates implements UsedStates {
  private readonly seen = new Map<string, number>();

  async firstUse(nonce: string, expiresAt: number): Promise<boolean> {
    const now = Date.now();
    for (const [n, until] of this.seen) if (until < now) this.seen.delete(n);
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, expiresAt);
    return true;
  }
}

export class SqliteUsedStates implements UsedStates {
  constructor(private readonly db: Database.Database) {}

  async firstUse(nonce: string, expiresAt: number): Promise<boolean> {
    this.db.prepare('DELETE FROM slack_oauth_states WHERE expires_at < ?').run(Date.now());
    const r = this.db
      .prepare(
        'INSERT INTO slack_oauth_states (nonce, expires_at) VALUES (?, ?) ON CONFLICT (nonce) DO NOTHING',
      )
      .run(nonce, expiresAt);
    return r.changes === 1;
  }
}

export class PostgresUsedStates implements UsedStates {
  constructor(private readonly pool: pg.Pool) {}

  async firstUse(nonce: string, expiresAt: number): Promise<boolean> {
    await this.pool.query('DELETE FROM slack_oauth_states WHERE expires_at < $1', [Date.now()]);
    const r = await this.pool.query(
      'INSERT INTO slack_oauth_states (nonce, expires_at) VALUES ($1, $2) ON CONFLICT (nonce) DO NOTHING',
      [nonce, expiresAt],
    );
    return r.rowCount === 1;
  }
}
