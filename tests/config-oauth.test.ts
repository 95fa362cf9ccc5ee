// The OAuth and install-page variables: what turns Slack OAuth on, what it requires, and their formats.
import { describe, expect, it } from 'vitest';
import { loadConfig, parseEnv } from '../src/config.js';

const HEX_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const OAUTH = {
  SLACK_CLIENT_ID: '1111111111.2222222222',
  SLACK_CLIENT_SECRET: 'client-secret',
  SLACK_STATE_SECRET: 'state-secret-0123456789',
  SLACK_SIGNING_SECRET: 'signing',
  ENCRYPTION_KEY: HEX_KEY,
  PUBLIC_URL: 'https://bot.example.org/',
};

function problems(env: Record<string, string>): string[] {
  const r = parseEnv(env);
  return r.ok ? [] : r.problems;
}

describe('Slack OAuth configuration', () => {
  it('turns Slack on without a bot token, with the key decoded and the URL without its trailing slash', () => {
    const c = loadConfig(OAUTH);
    expect(c.slack?.botToken).toBeUndefined();
    expect(c.slack?.oauth).toEqual({
      clientId: OAUTH.SLACK_CLIENT_ID,
      clientSecret: OAUTH.SLACK_CLIENT_SECRET,
      stateSecret: OAUTH.SLACK_STATE_SECRET,
    });
    expect(c.publicUrl).toBe('https://bot.example.org');
    expect(c.encryptionKey?.toString('hex')).toBe(HEX_KEY);
    const b64 = loadConfig({ ...OAUTH, ENCRYPTION_KEY: Buffer.from(HEX_KEY, 'hex').toString('base64') });
    expect(b64.encryptionKey?.equals(Buffer.from(HEX_KEY, 'hex'))).toBe(true);
  });

  it('names every variable OAuth still needs, one line each', () => {
    expect(
      problems({ SLACK_CLIENT_ID: OAUTH.SLACK_CLIENT_ID, SLACK_CLIENT_SECRET: 'x' }).map(
        (p) => p.split(':')[0],
      ),
    ).toEqual(['SLACK_STATE_SECRET', 'ENCRYPTION_KEY', 'SLACK_SIGNING_SECRET', 'PUBLIC_URL']);
    expect(problems({ ...OAUTH, SLACK_CLIENT_SECRET: '' })).toEqual([
      'SLACK_CLIENT_SECRET: required with SLACK_CLIENT_ID (Basic Information)',
    ]);
    expect(problems({ ...OAUTH, SLACK_BOT_TOKEN: 'xoxb-1' })[0]).toMatch(/^SLACK_BOT_TOKEN: leave it unset/);
  });

  it('rejects a malformed key, client id, short state secret or URL without echoing secrets', () => {
    const p = problems({
      ...OAUTH,
      ENCRYPTION_KEY: 'abcd-secret',
      SLACK_CLIENT_ID: 'abc',
      SLACK_STATE_SECRET: 'short-secret',
      PUBLIC_URL: 'https://bot.example.org/?x=1',
    });
    // One line per bad variable; their order follows config.ts and means nothing.
    expect(p.map((l) => l.split(':')[0]).sort()).toEqual([
      'ENCRYPTION_KEY',
      'PUBLIC_URL',
      'SLACK_CLIENT_ID',
      'SLACK_STATE_SECRET',
    ]);
    expect(p.join('\n')).not.toContain('secret');
    expect(problems({ ...OAUTH, ENCRYPTION_KEY: 'ab'.repeat(16) })[0]).toMatch(
      /^ENCRYPTION_KEY: expected 32 bytes/,
    );
  });

  it('keeps the single-workspace mode as it was', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(c.slack?.botToken).toBe('xoxb-1');
    expect(c.slack?.oauth).toBeUndefined();
    expect(problems({ SLACK_SIGNING_SECRET: 's' })[0]).toMatch(/^SLACK_BOT_TOKEN: required/);
  });
});
