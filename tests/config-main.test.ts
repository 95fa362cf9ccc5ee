// Configuration errors through the built entry point: one line per problem on stderr, exit 78, no stack,
// no secret values; and .env.example documents every variable the schema reads.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseEnv } from '../src/config.js';

const MAIN = new URL('../dist/main.js', import.meta.url).pathname;

function runMain(env: Record<string, string>) {
  // Only what we pass: a developer's own .env-style variables must not leak into the run.
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK|HTTP|DATABASE|LOG|STALE|RATE)_/.test(k)),
  );
  return spawnSync(process.execPath, [MAIN], { env: { ...clean, ...env }, encoding: 'utf8', input: '' });
}

describe('configuration errors', () => {
  it('lists every problem at once, one line each, and exits 78 without a stack trace or secret', () => {
    const secret = 'xapp-1-A0SECRETVALUE-42-deadbeef';
    const r = runMain({
      DISCORD_TOKEN: 'MTEy.SECRET.discordtoken',
      DISCORD_MODE: 'websocket',
      HTTP_PORT: 'abc',
      SLACK_APP_TOKEN: secret,
      LOG_LEVEL: 'loud',
    });
    expect(r.status).toBe(78);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      'config: DISCORD_MODE: expected one of gateway, http (got "websocket")',
      'config: HTTP_PORT: expected a whole number from 0 to 65535 (got "abc")',
      'config: LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      'config: SLACK_BOT_TOKEN: required when other SLACK_* variables are set (a bot token starting with xoxb-, or, for OAuth, SLACK_CLIENT_ID and the client secret)',
    ]);
    expect(r.stderr).not.toMatch(/SECRET| {4}at |Error/);
  });

  it('reports the rules between variables', () => {
    const r = runMain({ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_MODE: 'http', SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(r.status).toBe(78);
    expect(r.stderr.trim().split('\n')).toEqual([
      'config: DISCORD_APPLICATION_ID: required when DISCORD_MODE=http (the numeric application id)',
      'config: DISCORD_PUBLIC_KEY: required when DISCORD_MODE=http (64 hex characters)',
      'config: SLACK_SIGNING_SECRET: required for Slack over HTTP (or set SLACK_APP_TOKEN, xapp-…, for Socket Mode)',
    ]);
  });

  it('never echoes values of tokens, secrets, keys or URLs, and strips control characters from others', () => {
    const r = parseEnv({
      SLACK_BOT_TOKEN: 'not-a-bot-token-secret',
      DISCORD_PUBLIC_KEY: 'zz-secret-zz',
      SLACK_API_URL: 'ftp://user:secret@host',
      HTTP_HOST: '',
      DATABASE_PATH: 'ok',
      STALE_AFTER_DAYS: '1\u001b[31mred',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const all = r.problems.join('\n');
    expect(all).not.toContain('secret');
    expect(all).not.toContain('\u001b');
    expect(r.problems).toContain(
      'STALE_AFTER_DAYS: expected a whole number from 1 to 3650 (got "1?[31mred")',
    );
  });

  it('accepts an empty environment with the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      http: { host: '0.0.0.0', port: 3000 },
      databasePath: './data/bot.sqlite',
      logLevel: 'info',
      staleAfterDays: 180,
      rateLimitPerMinute: 10,
      startupRetryInitialMs: 1000,
      reminders: { leaseMs: 120_000, tickMs: 60_000 },
    });
  });

  it('takes a redis:// URL for shared limits and names the variable, not the value, when it is wrong', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl).toBe('redis://127.0.0.1:6379');
    const r = parseEnv({ REDIS_URL: 'http://user:secret@host' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(['REDIS_URL: expected a redis:// or rediss:// URL (redis://host:6379)']);
  });
});

describe('.env.example', () => {
  const text = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
  const documented = new Map(
    text
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as const),
  );

  it('documents every variable the configuration reads, and nothing else', () => {
    const read = Object.keys((parseEnv({}) as { ok: true; env: Record<string, unknown> }).env ?? {});
    expect([...documented.keys()].sort()).toEqual(read.sort());
    for (const v of [
      'DISCORD_TOKEN',
      'DISCORD_MODE',
      'SLACK_APP_TOKEN',
      'STALE_AFTER_DAYS',
      'RATE_LIMIT_PER_MINUTE',
    ])
      expect(documented.has(v)).toBe(true);
  });

  it('is itself a valid configuration (the console, no platform)', () => {
    const config = loadConfig(Object.fromEntries(documented));
    expect(config.discord).toBeUndefined();
    expect(config.slack).toBeUndefined();
  });
});
