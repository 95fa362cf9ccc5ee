// The start-up policy: retried with backoff until success, a refused token reported once and never retried,
// a stop ends the waiting, and /healthz's detail follows each attempt.
import { describe, expect, it } from 'vitest';
import {
  backoffFrom,
  Connections,
  DEFAULT_BACKOFF,
  retryDelayMs,
} from '../../../src/adapters/connection/policy.js';
import { CredentialRefused, type Refusal } from '../../../src/adapters/connection/refusal.js';
import { Health } from '../../../src/http/health.js';
import { memoryLog } from '../../ops/support.js';

const refused = () => Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
const target = { platform: 'slack', mode: 'http', variable: 'SLACK_BOT_TOKEN', call: 'auth.test' } as const;

function setup() {
  const health = new Health();
  const log = memoryLog('warn');
  const refusals: Refusal[] = [];
  const connections = new Connections({
    health,
    log: log.log,
    backoff: { initialMs: 1, maxMs: 4 },
    onRefused: (r) => refusals.push(r),
  });
  return { health, log, refusals, connections };
}

describe('retryDelayMs', () => {
  it('doubles from 1 s to 60 s, with half of each wait random', () => {
    const low = (n: number) => retryDelayMs(n, DEFAULT_BACKOFF, () => 0);
    const high = (n: number) => retryDelayMs(n, DEFAULT_BACKOFF, () => 1);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(high)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
    expect([1, 2, 7].map(low)).toEqual([500, 1_000, 30_000]);
    expect(retryDelayMs(3, DEFAULT_BACKOFF, () => 0.5)).toBe(3_000);
  });

  it('scales with the test setting: the cap is 60 times the first wait', () => {
    expect(backoffFrom(100)).toEqual({ initialMs: 100, maxMs: 6_000 });
  });
});

describe('Connections.connect', () => {
  it('retries transient failures until the call succeeds, with one warn line and the detail in /healthz each time', async () => {
    const { health, log, connections } = setup();
    let calls = 0;
    const seen: unknown[] = [];
    const result = await connections.connect(target, async () => {
      calls++;
      seen.push(health.report().platforms.slack);
      if (calls < 4) throw refused();
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(calls).toBe(4);
    expect(seen[3]).toMatchObject({ state: 'starting', attempts: 3, lastError: 'refused' });
    const warns = log.entries().filter((e) => e.level === 40);
    expect(warns.map((w) => w.attempt)).toEqual([1, 2, 3]);
    expect(warns[0]).toMatchObject({ platform: 'slack', call: 'auth.test', kind: 'refused' });
    expect(String(warns[0]?.msg)).toMatch(
      /^slack: auth\.test failed \(connection refused\); retrying in \d+ ms$/,
    );
  });

  it('never retries a refused token: reports it once, marks the platform down, throws CredentialRefused', async () => {
    const { health, log, refusals, connections } = setup();
    let calls = 0;
    const err = await connections
      .connect(target, async () => {
        calls++;
        throw Object.assign(new Error('An API error occurred: invalid_auth'), {
          data: { error: 'invalid_auth' },
        });
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialRefused);
    expect(calls).toBe(1);
    expect(refusals).toEqual([
      { platform: 'slack', variable: 'SLACK_BOT_TOKEN', code: 'invalid_auth', phase: 'start-up' },
    ]);
    expect(health.report()).toMatchObject({
      status: 'down',
      platforms: { slack: { state: 'down', reason: 'SLACK_BOT_TOKEN refused (invalid_auth)' } },
    });
    const errors = log.entries().filter((e) => e.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.msg).toMatch(
      /^SLACK_BOT_TOKEN was refused by Slack \(invalid_auth\): reinstall the app/,
    );
  });

  it('reports only the first refusal (a revoked token seen by several calls is one event)', () => {
    const { refusals, connections } = setup();
    connections.revoked({ platform: 'discord', mode: 'gateway', variable: 'DISCORD_TOKEN' }, '401');
    connections.revoked({ platform: 'discord', mode: 'gateway', variable: 'DISCORD_TOKEN' }, '401');
    connections.revoked({ platform: 'slack', mode: 'socket', variable: 'SLACK_BOT_TOKEN' }, 'token_revoked');
    expect(refusals).toEqual([
      { platform: 'discord', variable: 'DISCORD_TOKEN', code: '401', phase: 'running' },
    ]);
    expect(connections.refusal?.variable).toBe('DISCORD_TOKEN');
  });

  it('stops waiting when the platform stops, and resolves undefined', async () => {
    const health = new Health();
    const connections = new Connections({
      health,
      log: memoryLog('silent').log,
      backoff: { initialMs: 60_000, maxMs: 60_000 },
    });
    const stop = new AbortController();
    let calls = 0;
    const pending = connections.connect(
      target,
      async () => {
        calls++;
        throw refused();
      },
      stop.signal,
    );
    while (calls === 0) await new Promise((r) => setImmediate(r));
    stop.abort();
    expect(await pending).toBeUndefined();
    expect(calls).toBe(1);
  });
});
