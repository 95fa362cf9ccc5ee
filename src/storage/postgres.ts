// Opens a PostgreSQL pool (DATABASE_URL) and migrates it under an advisory lock, so several replicas starting
// at once migrate the database once and the others wait, then find it up to date.
import pg from 'pg';
import { newerSchema, POSTGRES_MIGRATIONS } from './migrations.js';
import { redactUrl, StoreOpenError } from './open-error.js';
import { checkStoredKey, planTallyKey, STORED_TALLY_KEY } from './tally-key.js';

/** Any 64-bit number unique to this application's migrations: the advisory lock every replica waits on. */
export const MIGRATION_LOCK = 7_251_905_113_862_212n;

export interface PostgresDatabase {
  pool: pg.Pool;
  tallyKey: Buffer;
}

/** Runs `fn` in one transaction on one connection; rolls back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

export async function openPostgres(
  url: string,
  encryptionKey?: Buffer,
  opts: { max?: number; onIdleError?: (err: Error) => void } = {},
): Promise<PostgresDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    connectionTimeoutMillis: 10_000,
    // A query stuck behind a lock must not hang a reminder tick or a pin for ever.
    statement_timeout: 30_000,
  });
  // An idle client losing its connection (a database restart) must not crash the process; the pool replaces it.
  pool.on('error', (err) => opts.onIdleError?.(err));
  try {
    const tallyKey = await inTransaction(pool, (c) => migrate(c, encryptionKey));
    return { pool, tallyKey };
  } catch (err) {
    await pool.end().catch(() => {});
    throw new StoreOpenError(redactUrl(url), err instanceof Error ? err.message : String(err));
  }
}

async function migrate(c: pg.PoolClient, encryptionKey: Buffer | undefined): Promise<Buffer> {
  await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK.toString()]);
  await c.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
  );
  const { rows } = await c.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  const version = rows[0]?.v ?? 0;
  if (version > POSTGRES_MIGRATIONS.length) throw new Error(newerSchema(version));
  for (let v = version; v < POSTGRES_MIGRATIONS.length; v++) {
    await c.query(POSTGRES_MIGRATIONS[v] as string);
    await c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
  }
  const read = async () =>
    (await c.query<{ value: Buffer }>('SELECT value FROM meta WHERE key = $1', [STORED_TALLY_KEY])).rows[0]
      ?.value;
  const plan = planTallyKey(encryptionKey, (await read()) !== undefined);
  if (plan.kind === 'derived') {
    if (plan.forgetStored) {
      await c.query('DELETE FROM meta WHERE key = $1', [STORED_TALLY_KEY]);
      await c.query('DELETE FROM confirmations');
    }
    return plan.key;
  }
  await c.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT DO NOTHING', [
    STORED_TALLY_KEY,
    plan.candidate,
  ]);
  return checkStoredKey(await read());
}
