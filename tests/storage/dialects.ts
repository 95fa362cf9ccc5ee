// The two databases the store suite runs against: SQLite (a fresh file per test) and PostgreSQL (a fresh
// database per test, only when TEST_DATABASE_URL is set). `fresh()` names a new empty database; `open()`
// opens it as the app would, as many times as a test needs replicas.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStorage, type Storage } from '../../src/storage/index.js';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../fakes/postgres.js';

export interface Dialect {
  name: 'sqlite' | 'postgres';
  skip: boolean;
  /** A new empty database for this test; returns how to open it. */
  fresh(): Promise<DatabaseHandle>;
  /** Closes what was opened and deletes what was created. */
  cleanup(): Promise<void>;
}

export interface DatabaseHandle {
  /** `databasePath` or `databaseUrl`, as config would give them. */
  where: { databasePath: string; databaseUrl?: string };
  open(opts?: { encryptionKey?: Buffer }): Promise<Storage>;
}

function tracker() {
  const opened: Storage[] = [];
  const openWith = async (where: DatabaseHandle['where'], opts: { encryptionKey?: Buffer } = {}) => {
    const s = await openStorage({ ...where, poolSize: 8, ...opts });
    opened.push(s);
    return s;
  };
  const closeAll = async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  };
  return { openWith, closeAll };
}

export function sqliteDialect(): Dialect {
  const dirs: string[] = [];
  const t = tracker();
  return {
    name: 'sqlite',
    skip: false,
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'store-'));
      dirs.push(dir);
      const where = { databasePath: join(dir, 'bot.sqlite') };
      return { where, open: (opts) => t.openWith(where, opts) };
    },
    async cleanup() {
      await t.closeAll();
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

export function postgresDialect(): Dialect {
  const dbs: TestDatabase[] = [];
  const t = tracker();
  return {
    name: 'postgres',
    skip: !TEST_DATABASE_URL,
    async fresh() {
      const db = await createTestDatabase('store');
      dbs.push(db);
      const where = { databasePath: ':memory:', databaseUrl: db.url };
      return { where, open: (opts) => t.openWith(where, opts) };
    },
    async cleanup() {
      await t.closeAll();
      await Promise.all(dbs.splice(0).map((d) => d.drop()));
    },
  };
}

export const DIALECTS: Dialect[] = [sqliteDialect(), postgresDialect()];
