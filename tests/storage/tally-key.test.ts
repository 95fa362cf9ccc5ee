// The tally key: derived from ENCRYPTION_KEY and never stored, or stored when there is no ENCRYPTION_KEY; and
// what happens to a database that had a stored key when ENCRYPTION_KEY is added later.
import { createHmac, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { deriveKey } from '../../src/storage/crypto.js';
import { harness, target } from '../reminders/setup.js';
import { DIALECTS } from './dialects.js';

const ENCRYPTION_KEY = Buffer.alloc(32, 0x5a);

async function storedKeys(where: { databasePath: string; databaseUrl?: string }): Promise<string[]> {
  if (where.databaseUrl) {
    const c = new pg.Client({ connectionString: where.databaseUrl });
    await c.connect();
    try {
      return (await c.query<{ key: string }>('SELECT key FROM meta')).rows.map((r) => r.key);
    } finally {
      await c.end();
    }
  }
  const db = new Database(where.databasePath, { readonly: true });
  try {
    return (db.prepare('SELECT key FROM meta').all() as { key: string }[]).map((r) => r.key);
  } finally {
    db.close();
  }
}

describe.each(DIALECTS)('tally key on $name', (dialect) => {
  afterEach(() => dialect.cleanup());

  describe.skipIf(dialect.skip)('', () => {
    it('without ENCRYPTION_KEY a random key is stored once and reused', async () => {
      const db = await dialect.fresh();
      const a = await db.open();
      const b = await db.open();
      expect(a.tallyKey).toHaveLength(32);
      expect(b.tallyKey.equals(a.tallyKey)).toBe(true);
      expect(await storedKeys(db.where)).toEqual(['hmac_secret']);
    });

    it('with ENCRYPTION_KEY the key is derived (its own HKDF label) and nothing is stored', async () => {
      const db = await dialect.fresh();
      const s = await db.open({ encryptionKey: ENCRYPTION_KEY });
      expect(s.tallyKey.equals(deriveKey(ENCRYPTION_KEY, 'tally'))).toBe(true);
      expect(s.tallyKey.equals(deriveKey(ENCRYPTION_KEY, 'tokens'))).toBe(false);
      expect(s.tallyKey.equals(ENCRYPTION_KEY)).toBe(false);
      expect(await storedKeys(db.where)).toEqual([]);
    });

    it('adding ENCRYPTION_KEY later deletes the stored key and old hashes, keeps the counts, and keeps counting', async () => {
      const db = await dialect.fresh();
      const opts = {
        path: db.where.databasePath,
        ...(db.where.databaseUrl ? { databaseUrl: db.where.databaseUrl } : {}),
      };
      const before = await harness(opts);
      await before.reply.pin(target(), 'off');
      await before.service.confirm(target('A'));
      await before.service.confirm(target('B'));
      await before.service.flush();
      await before.storage.close();

      const after = await harness({ ...opts, discord: before.discord, encryptionKey: ENCRYPTION_KEY });
      try {
        expect(await storedKeys(db.where)).toEqual([]);
        expect((await after.store.all())[0]!.confirmations).toBe(2);
        // A new member adds to the kept count; a member from before the switch is counted once more.
        expect(await after.service.confirm(target('C'))).toEqual({
          kind: 'confirmed',
          already: false,
          count: 3,
        });
        expect(await after.service.confirm(target('C'))).toEqual({
          kind: 'confirmed',
          already: true,
          count: 3,
        });
        expect(await after.service.confirm(target('A'))).toEqual({
          kind: 'confirmed',
          already: false,
          count: 4,
        });
        await after.service.flush();
      } finally {
        await after.storage.close();
      }
      // Opening again with the same ENCRYPTION_KEY changes nothing: the hashes from now on stay valid.
      const again = await harness({ ...opts, discord: before.discord, encryptionKey: ENCRYPTION_KEY });
      try {
        expect(await again.service.confirm(target('C'))).toMatchObject({ already: true, count: 4 });
      } finally {
        await again.storage.close();
      }
    });
  });
});

describe('a database file copied out of a running bot with ENCRYPTION_KEY', () => {
  const sqlite = DIALECTS[0]!;
  afterEach(() => sqlite.cleanup());

  it('holds no key that re-creates the confirmation hashes, even after it once had a stored key', async () => {
    const db = await sqlite.fresh();
    const path = db.where.databasePath;
    // Started first without ENCRYPTION_KEY: a stored key existed in this file once.
    const old = await harness({ path });
    await old.reply.pin(target(), 'off');
    await old.service.confirm(target('OLD-MEMBER'));
    await old.service.flush();
    const oldKey = Buffer.from(old.storage.tallyKey);
    await old.storage.close();

    const running = await harness({ path, discord: old.discord, encryptionKey: randomBytes(32) });
    const userId = '123456789012345678';
    await running.service.confirm(target(userId));
    await running.service.flush();
    // Copied while running: the main file and whatever the WAL holds.
    copyFileSync(path, `${path}.copy`);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${path}.copy-wal`);
    const bytes = Buffer.concat([
      readFileSync(`${path}.copy`),
      existsSync(`${path}.copy-wal`) ? readFileSync(`${path}.copy-wal`) : Buffer.alloc(0),
    ]);
    await running.storage.close();

    const copy = new Database(`${path}.copy`);
    const hashes = (copy.prepare('SELECT user_hash FROM confirmations').all() as { user_hash: Buffer }[]).map(
      (r) => r.user_hash,
    );
    copy.close();
    expect(hashes).toHaveLength(1);
    const message = `discord:G1:${userId}`;
    // Every 32-byte window of the copy tried as the key: none reproduces the member's hash.
    for (let i = 0; i + 32 <= bytes.length; i++) {
      const candidate = createHmac('sha256', bytes.subarray(i, i + 32))
        .update(message)
        .digest();
      if (candidate.equals(hashes[0]!)) expect.fail(`a key at byte ${i} re-creates the hash`);
    }
    // And the retired stored key is gone from the bytes.
    expect(bytes.includes(oldKey)).toBe(false);
    // The check can fail: with the key the hash is re-created.
    expect(createHmac('sha256', running.storage.tallyKey).update(message).digest().equals(hashes[0]!)).toBe(
      true,
    );
  }, 60_000);
});
