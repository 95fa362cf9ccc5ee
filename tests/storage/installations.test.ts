// The Slack installation store on SQLite, PostgreSQL and in memory: one row per workspace, tokens sealed.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type InstallationStore,
  MemoryInstallationStore,
  type SlackInstallation,
} from '../../src/storage/installations.js';
import { MemoryUsedStates, type UsedStates } from '../../src/storage/oauth-states.js';
import { DIALECTS } from './dialects.js';

const ENCRYPTION_KEY = Buffer.alloc(32, 0x21);

const install = (over: Partial<SlackInstallation> = {}): SlackInstallation => ({
  teamId: 'T0TEAM001',
  enterpriseId: null,
  isEnterpriseInstall: false,
  botUserId: 'U0BOT001',
  botId: 'B0BOT001',
  scopes: ['commands', 'chat:write', 'pins:write'],
  botToken: 'xoxb-1111-secret-token',
  refreshToken: 'xoxe-1-refresh-secret',
  tokenExpiresAt: 1_800_000_000_000,
  installedAt: 1_700_000_000_000,
  lastInstalledAt: 1_700_000_000_000,
  ...over,
});

const team = { teamId: 'T0TEAM001', enterpriseId: null, isEnterpriseInstall: false };

async function behaves(store: InstallationStore) {
  expect(await store.find(team)).toBeUndefined();
  await store.save(install());
  expect(await store.find(team)).toEqual(install());
  // A reinstall replaces the token and scopes, keeps when it was first installed.
  await store.save(
    install({
      botToken: 'xoxb-2222-new',
      scopes: ['commands'],
      installedAt: 1_750_000_000_000,
      lastInstalledAt: 1_750_000_000_000,
      refreshToken: null,
      tokenExpiresAt: null,
    }),
  );
  expect(await store.find(team)).toMatchObject({
    botToken: 'xoxb-2222-new',
    scopes: ['commands'],
    installedAt: 1_700_000_000_000,
    lastInstalledAt: 1_750_000_000_000,
    refreshToken: null,
    tokenExpiresAt: null,
  });
  // An org-wide install is keyed by its enterprise, whatever team asks.
  const org = install({
    teamId: null,
    enterpriseId: 'E0ORG001',
    isEnterpriseInstall: true,
    botToken: 'xoxb-org',
  });
  await store.save(org);
  expect(
    (await store.find({ teamId: null, enterpriseId: 'E0ORG001', isEnterpriseInstall: true }))?.botToken,
  ).toBe('xoxb-org');
  // An uninstall event sent before the reinstall arrives late: the reinstall stays.
  expect(await store.remove(team, 1_749_999_999_999)).toBe(false);
  expect((await store.find(team))?.botToken).toBe('xoxb-2222-new');
  expect(await store.remove(team, 1_750_000_000_000)).toBe(true);
  expect(await store.remove(team)).toBe(false);
  await store.save(install());
  expect(await store.remove(team)).toBe(true);
  expect(await store.find(team)).toBeUndefined();
  await expect(store.find({ teamId: null, enterpriseId: null, isEnterpriseInstall: false })).rejects.toThrow(
    /team id/,
  );
}

async function acceptsOnce(first: UsedStates, replica: UsedStates) {
  const later = Date.now() + 600_000;
  expect(await first.firstUse('nonce-a', later)).toBe(true);
  expect(await first.firstUse('nonce-a', later)).toBe(false);
  expect(await replica.firstUse('nonce-a', later)).toBe(false);
  expect(await replica.firstUse('nonce-b', later)).toBe(true);
  // An expired state is forgotten (its signature's expiry refuses it anyway).
  expect(await first.firstUse('nonce-old', Date.now() - 1)).toBe(true);
  expect(await first.firstUse('nonce-c', later)).toBe(true);
  expect(await first.firstUse('nonce-old', later)).toBe(true);
}

describe('in-memory installation store', () => {
  it('saves, finds, replaces and removes', () => behaves(new MemoryInstallationStore()));
  it('accepts each OAuth state once', () => {
    const used = new MemoryUsedStates();
    return acceptsOnce(used, used);
  });
});

describe.each(DIALECTS)('installation store on $name', (dialect) => {
  afterEach(() => dialect.cleanup());

  describe.skipIf(dialect.skip)('', () => {
    it('saves, finds, replaces and removes', async () => {
      const s = await (await dialect.fresh()).open({ encryptionKey: ENCRYPTION_KEY });
      await behaves(s.installations!);
    });

    it('accepts each OAuth state once, across replicas', async () => {
      const db = await dialect.fresh();
      await acceptsOnce((await db.open()).oauthStates, (await db.open()).oauthStates);
    });

    it('is absent without ENCRYPTION_KEY, and keeps tokens only sealed', async () => {
      const db = await dialect.fresh();
      expect((await db.open()).installations).toBeUndefined();
      const s = await db.open({ encryptionKey: ENCRYPTION_KEY });
      await s.installations!.save(install());
      let raw: Buffer[];
      if (db.where.databaseUrl) {
        const c = new pg.Client({ connectionString: db.where.databaseUrl });
        await c.connect();
        const r = await c.query<{ bot_token: Buffer; refresh_token: Buffer }>(
          'SELECT bot_token, refresh_token FROM slack_installations',
        );
        await c.end();
        raw = [r.rows[0]!.bot_token, r.rows[0]!.refresh_token];
      } else {
        await s.close();
        const file = readFileSync(db.where.databasePath);
        expect(file.includes(Buffer.from('secret'))).toBe(false);
        const d = new Database(db.where.databasePath, { readonly: true });
        const r = d.prepare('SELECT bot_token, refresh_token FROM slack_installations').get() as {
          bot_token: Buffer;
          refresh_token: Buffer;
        };
        d.close();
        raw = [r.bot_token, r.refresh_token];
      }
      for (const b of raw) expect(b.includes(Buffer.from('secret'))).toBe(false);
      // Another ENCRYPTION_KEY cannot read them: a clear error, not garbage.
      const other = await db.open({ encryptionKey: Buffer.alloc(32, 0x22) });
      await expect(other.installations!.find(team)).rejects.toThrow(/cannot decrypt a stored secret/);
    });
  });
});
