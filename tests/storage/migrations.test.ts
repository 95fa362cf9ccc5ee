// Versioned migrations: an existing SQLite file moves forward with its data, a newer schema is refused, and
// both dialects end with the same tables and columns.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../../src/storage/index.js';
import { POSTGRES_MIGRATIONS, SCHEMA_VERSION, SQLITE_MIGRATIONS } from '../../src/storage/migrations.js';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../fakes/postgres.js';

const dirs: string[] = [];
const dbs: TestDatabase[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  await Promise.all(dbs.splice(0).map((d) => d.drop()));
});

function tempFile(): string {
  const d = mkdtempSync(join(tmpdir(), 'migrations-'));
  dirs.push(d);
  return join(d, 'bot.sqlite');
}

describe('migrations', () => {
  it('both dialects have the same number of versions', () => {
    expect(POSTGRES_MIGRATIONS).toHaveLength(SQLITE_MIGRATIONS.length);
    expect(SCHEMA_VERSION).toBe(SQLITE_MIGRATIONS.length);
  });

  it('a file written by the first release keeps its reminders, counts and key, and gains the new tables', async () => {
    const path = tempFile();
    const old = new Database(path);
    old.exec(SQLITE_MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    const key = Buffer.alloc(32, 4);
    old.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('hmac_secret', key);
    old
      .prepare(
        `INSERT INTO reminders (platform, workspace_id, channel_id, message_id, state, content_version, schedule,
           pinned_at, next_post_at, confirmations, created_at)
         VALUES ('discord', 'G', 'C', 'M', 'pinned', 'v', 'weekly', 1, 2, 3, 0)`,
      )
      .run();
    old.close();

    const s = await openStorage({ databasePath: path });
    expect(s.tallyKey.equals(key)).toBe(true);
    expect(await s.reminders.all()).toMatchObject([
      { channelId: 'C', messageId: 'M', confirmations: 3, nextPostAt: 2 },
    ]);
    await s.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'slack_installations'").get(),
    ).toBeDefined();
    db.close();
  });

  it('an unreachable server is one clear line without the password', async () => {
    await expect(
      openStorage({ databasePath: ':memory:', databaseUrl: 'postgres://bot:hunter2@127.0.0.1:1/none' }),
    ).rejects.toThrow(/^cannot open database at postgres:\/\/bot:\*\*\*@127\.0\.0\.1:1\/none: /);
  });

  describe.skipIf(!TEST_DATABASE_URL)('on PostgreSQL', () => {
    it('records each version once, refuses a newer schema, and has the columns SQLite has', async () => {
      const db = await createTestDatabase('migrations');
      dbs.push(db);
      await (await openStorage({ databasePath: ':memory:', databaseUrl: db.url })).close();
      await (await openStorage({ databasePath: ':memory:', databaseUrl: db.url })).close();
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        const versions = await c.query<{ version: number }>(
          'SELECT version FROM schema_migrations ORDER BY version',
        );
        expect(versions.rows.map((r) => r.version)).toEqual(
          Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
        );
        const cols = await c.query<{ table_name: string; column_name: string }>(
          `SELECT table_name, column_name FROM information_schema.columns
           WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY table_name, column_name`,
        );
        const lite = new Database(':memory:');
        for (const m of SQLITE_MIGRATIONS) lite.exec(m);
        const liteCols = (
          lite
            .prepare(
              `SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m, pragma_table_info(m.name) p
               WHERE m.type = 'table' ORDER BY m.name, p.name`,
            )
            .all() as { table_name: string; column_name: string }[]
        ).map((r) => `${r.table_name}.${r.column_name}`);
        lite.close();
        expect(cols.rows.map((r) => `${r.table_name}.${r.column_name}`)).toEqual(liteCols);

        await c.query('INSERT INTO schema_migrations (version) VALUES (99)');
      } finally {
        await c.end();
      }
      await expect(openStorage({ databasePath: ':memory:', databaseUrl: db.url })).rejects.toThrow(
        /^cannot open database at postgres:\/\/.*: it was written by a newer version of this bot \(schema 99/,
      );
    });
  });
});
