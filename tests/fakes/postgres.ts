// A throwaway PostgreSQL database per test file: created with a random name through the admin connection in
// TEST_DATABASE_URL and dropped after, so engineers and CI jobs sharing one server never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Set on machines with a PostgreSQL server (`postgres://root@127.0.0.1:5432/test`); unset: PG tests skip. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const name = `${label.replace(/\W/g, '_').slice(0, 20)}_${randomBytes(6).toString('hex')}`.toLowerCase();
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(TEST_DATABASE_URL as string);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}
