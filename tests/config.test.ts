// DATABASE_URL and ENCRYPTION_KEY: checked at start-up with one line each, never echoing the value.
import { describe, expect, it } from 'vitest';
import { loadConfig, parseEnv } from '../src/config.js';

const HEX = 'ab'.repeat(32);

describe('DATABASE_URL and ENCRYPTION_KEY', () => {
  it('reads a postgres URL and a 32-byte key in hex or base64', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://bot:pw@db:5432/bot', ENCRYPTION_KEY: HEX });
    expect(c.databaseUrl).toBe('postgres://bot:pw@db:5432/bot');
    expect(c.encryptionKey?.equals(Buffer.from(HEX, 'hex'))).toBe(true);
    const b64 = loadConfig({ ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64') });
    expect(b64.encryptionKey?.equals(Buffer.alloc(32, 3))).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgresql://127.0.0.1/test' }).databaseUrl).toBeDefined();
  });

  it('without them: SQLite at DATABASE_PATH and no key', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBeUndefined();
    expect(c.encryptionKey).toBeUndefined();
    expect(c.databasePath).toBe('./data/bot.sqlite');
  });

  it('a malformed value is one clear line that does not print it', () => {
    const r = parseEnv({ DATABASE_URL: 'mysql://root:hunter2@db/x', ENCRYPTION_KEY: 'hunter2-too-short' });
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems).toEqual([
      expect.stringMatching(/^DATABASE_URL: expected a postgres:\/\/ URL/),
      expect.stringMatching(/^ENCRYPTION_KEY: expected 32 bytes as 64 hex characters or as base64/),
    ]);
    expect(problems.join('\n')).not.toContain('hunter2');
  });
});
