// The installation store and the token cipher: tokens encrypted and bound to their row, lookups per team
// or enterprise, and an uninstall that never removes a newer reinstall.
import { describe, expect, it } from 'vitest';
import {
  type SlackInstallation,
  SqliteInstallationStore,
} from '../../../src/adapters/slack/installations.js';
import { TokenCipher } from '../../../src/adapters/slack/token-cipher.js';

const KEY = Buffer.alloc(32, 7);

describe('TokenCipher', () => {
  it('round-trips, uses a fresh nonce each time and refuses another row, another key or a changed byte', () => {
    const c = new TokenCipher(KEY);
    const a = c.encrypt('xoxb-secret', 'T:1:bot');
    const b = c.encrypt('xoxb-secret', 'T:1:bot');
    expect(a).not.toBe(b);
    expect(a).not.toContain('xoxb');
    expect(c.decrypt(a, 'T:1:bot')).toBe('xoxb-secret');
    expect(() => c.decrypt(a, 'T:2:bot')).toThrow();
    expect(() => new TokenCipher(Buffer.alloc(32, 8)).decrypt(a, 'T:1:bot')).toThrow();
    const parts = a.split('.');
    parts[2] = Buffer.from('xoxb-secreT').toString('base64url');
    expect(() => c.decrypt(parts.join('.'), 'T:1:bot')).toThrow();
    expect(() => new TokenCipher(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

describe('SqliteInstallationStore', () => {
  const team: SlackInstallation = {
    teamId: 'T1',
    isEnterpriseInstall: false,
    botToken: 'xoxb-team-1',
    botUserId: 'UBOT',
    refreshToken: 'xoxe-refresh',
    expiresAt: 1_900_000_000,
    installedAt: 1_000_000,
  };
  const org: SlackInstallation = {
    enterpriseId: 'E1',
    isEnterpriseInstall: true,
    botToken: 'xoxb-org-1',
    botUserId: 'UBOT2',
    installedAt: 1_000_000,
  };

  it('finds a team install by team and an org-wide install for any of its workspaces', async () => {
    const store = SqliteInstallationStore.open(':memory:', new TokenCipher(KEY));
    await store.save(team);
    await store.save(org);
    expect(await store.find({ teamId: 'T1' })).toEqual(team);
    expect(await store.find({ teamId: 'T9', enterpriseId: 'E1' })).toEqual(org);
    expect(await store.find({ enterpriseId: 'E1', isEnterpriseInstall: true })).toEqual(org);
    expect(await store.find({ teamId: 'T9' })).toBeUndefined();
    store.close();
  });

  it('removes on uninstall, except an installation made after the event', async () => {
    const store = SqliteInstallationStore.open(':memory:', new TokenCipher(KEY));
    await store.save(team);
    expect(await store.remove({ teamId: 'T1' }, 999_000)).toBe(false);
    expect(await store.find({ teamId: 'T1' })).toBeDefined();
    expect(await store.remove({ teamId: 'T1' }, 1_000_000)).toBe(true);
    expect(await store.find({ teamId: 'T1' })).toBeUndefined();
    expect(await store.remove({}, 1)).toBe(false);
    store.close();
  });
});
