import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { WEEK_MS } from '../../src/reminders/clock.js';
import { openStorage } from '../../src/storage/index.js';
import { SCHEMA_VERSION } from '../../src/storage/migrations.js';
import { StoreOpenError } from '../../src/storage/open-error.js';
import { openSqlite } from '../../src/storage/sqlite.js';
import { FakeChannelPort } from '../fakes/channel-port.js';
import { ManualClock } from './manual-clock.js';
import { harness, target } from './setup.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'reminders-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('store', () => {
  it('creates the directory, uses WAL and records the schema version', () => {
    const path = join(tempDir(), 'nested', 'deeper', 'bot.sqlite');
    openSqlite(path).db.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual([
      'confirmations',
      'meta',
      'reminders',
      'slack_installations',
      'slack_oauth_states',
      'slack_workspace_settings',
    ]);
    db.close();
  });

  it('keeps one install secret of 32 random bytes across openings', () => {
    const path = join(tempDir(), 'bot.sqlite');
    const a = openSqlite(path);
    const secret = Buffer.from(a.tallyKey);
    a.db.close();
    const b = openSqlite(path);
    expect(b.tallyKey.equals(secret)).toBe(true);
    expect(secret.length).toBe(32);
    b.db.close();
    expect(openSqlite(':memory:').tallyKey.equals(secret)).toBe(false);
  });

  it('allows one reminder per platform, workspace and channel', async () => {
    const store = (await openStorage({ databasePath: ':memory:' })).reminders;
    const key = { platform: 'discord' as const, workspaceId: 'G', channelId: 'C' };
    const opts = { now: 0, leaseMs: 10, contentVersion: 'v', schedule: 'off' as const };
    const first = await store.acquire(key, opts);
    expect(first.created).toBe(true);
    await store.release(first.row.id, first.row.claimedUntil);
    const second = await store.acquire(key, opts);
    expect(second.created).toBe(false);
    expect(second.row.id).toBe(first.row.id);
    expect(await store.all()).toHaveLength(1);
  });

  it('refuses a file written by a newer schema, with a clear message', () => {
    const path = join(tempDir(), 'bot.sqlite');
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openSqlite(path)).toThrow(
      new StoreOpenError(
        path,
        `it was written by a newer version of this bot (schema 99, this one knows ${SCHEMA_VERSION})`,
      ),
    );
  });

  it('stops with "cannot open database at X: reason" when the path cannot be a database', () => {
    const dir = tempDir();
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'not a directory');
    const under = join(file, 'bot.sqlite');
    expect(() => openSqlite(under)).toThrow(/^cannot open database at .*plain-file\/bot\.sqlite: /);
    expect(() => openSqlite(dir)).toThrow(/^cannot open database at .*: /);
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'this is not SQLite at all, just text that is long enough to be read as a header');
    expect(() => openSqlite(junk)).toThrow(/^cannot open database at .*junk\.sqlite: file is not a database/);
  });
});

describe('restarts and privacy', () => {
  it('a restart with the same file still has one reminder; pinning again refreshes it', async () => {
    const path = join(tempDir(), 'bot.sqlite');
    const discord = new FakeChannelPort();
    const first = await harness({ path, discord });
    await first.reply.pin(target(), 'weekly');
    await first.reply.confirm(target('A'));
    await first.service.flush();
    await first.storage.close();

    const second = await harness({ path, discord });
    expect(await second.store.all()).toHaveLength(1);
    const reply = await second.reply.pin(target(), 'weekly');
    expect(reply.title).toBe('Reminder refreshed in #general.');
    expect(discord.count('post')).toBe(1);
    expect(discord.pinned('C1')).toHaveLength(1);
    // Same install secret: the member who clicked before the restart is still counted once.
    expect((await second.reply.confirm(target('A'))).title).toBe('You were already counted. Thank you!');
    await second.storage.close();
  });

  it('the schedule survives a restart and catches up once', async () => {
    const path = join(tempDir(), 'bot.sqlite');
    const discord = new FakeChannelPort();
    const clock = new ManualClock(new Date('2026-11-29T12:00:00Z'));
    const first = await harness({ path, discord, clock });
    await first.reply.pin(target(), 'weekly');
    await first.storage.close();
    clock.jump(9 * WEEK_MS);
    const second = await harness({ path, discord, clock });
    expect(await second.jobs.runDue()).toEqual({ posted: 1, failed: 0 });
    expect(await second.jobs.runDue()).toEqual({ posted: 0, failed: 0 });
    expect(discord.pinned('C1')).toHaveLength(1);
    await second.storage.close();
  });

  it('never writes the raw user id (or the channel name) into the database files', async () => {
    const dir = tempDir();
    const path = join(dir, 'bot.sqlite');
    const h = await harness({ path });
    const userId = 'U0RAWUSERID42';
    const t = target(userId);
    t.channel.name = 'secret-channel-name';
    await h.reply.pin(t, 'off');
    await h.reply.confirm(t);
    await h.service.flush();
    const scan = () => {
      for (const f of readdirSync(dir)) {
        const bytes = readFileSync(join(dir, f));
        for (const needle of [userId, 'secret-channel-name', 'Generative AI Improvement']) {
          expect(bytes.includes(Buffer.from(needle, 'utf8')), `${needle} in ${f}`).toBe(false);
          expect(bytes.includes(Buffer.from(needle, 'utf16le')), `${needle} in ${f}`).toBe(false);
        }
      }
    };
    scan(); // the WAL file holds the fresh writes
    await h.storage.close();
    scan(); // after the checkpoint, the main file
    const db = new Database(path, { readonly: true });
    const hashes = db.prepare('SELECT user_hash FROM confirmations').all() as { user_hash: Buffer }[];
    expect(hashes).toHaveLength(1);
    expect(hashes[0]!.user_hash.length).toBe(32);
    db.close();
  });
});

describe('two schedulers on one database file', () => {
  it('post each due reminder exactly once', async () => {
    const path = join(tempDir(), 'bot.sqlite');
    const discord = new FakeChannelPort();
    const clock = new ManualClock(new Date('2026-11-29T12:00:00Z'));
    const a = await harness({ path, discord, clock });
    const b = await harness({ path, discord, clock });
    const n = 60;
    for (let i = 0; i < n; i++) await a.reply.pin(target('U', `C${i}`), 'weekly');
    expect(discord.count('post')).toBe(n);
    clock.jump(WEEK_MS);
    const [ra, rb] = await Promise.all([a.jobs.runDue(), b.jobs.runDue()]);
    expect(ra.failed + rb.failed).toBe(0);
    expect(ra.posted + rb.posted).toBe(n);
    // Both loops really took part: the claims interleaved rather than one loop doing everything.
    expect(ra.posted).toBeGreaterThan(0);
    expect(rb.posted).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      expect(discord.count('post', `C${i}`)).toBe(2);
      expect(discord.pinned(`C${i}`)).toHaveLength(1);
    }
    await a.storage.close();
    await b.storage.close();
  });
});
