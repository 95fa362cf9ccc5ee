// Limits shared through the machine's real Redis (TEST_REDIS_URL; skipped without it), each test under its
// own random key prefix. Redis going away is a TCP proxy this test closes and reopens on the same port.
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type LimitResult, Limits } from '../../src/core/rate-limit.js';
import { Health } from '../../src/http/health.js';
import { HEALTH_NAME, openSharedLimits } from '../../src/rate-limits/index.js';
import { testContext } from '../helpers.js';

const TEST_REDIS_URL = process.env.TEST_REDIS_URL || undefined;
const quiet = { info: () => {}, warn: () => {} };

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function replica(url: string, keyPrefix: string, perMinute = 3) {
  const health = new Health();
  const store = openSharedLimits({
    url,
    perMinute: { command: perMinute, share: 1, 'channel-message': 1 },
    health,
    log: quiet,
    keyPrefix,
  });
  cleanups.push(() => store.close());
  const limits = new Limits({
    commandsPerMinute: perMinute,
    command: 'linkedin-optout',
    context: () => testContext(),
    shared: store,
  });
  return { health, store, limits };
}

async function until(check: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const allowed = async (r: LimitResult | Promise<LimitResult>) => (await r).allowed;

/** A TCP proxy to Redis that can be cut (every connection dropped, port closed) and restored on the same port. */
async function redisProxy(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = createServer((client) => {
        const upstream = tcpConnect(Number(target.port || 6379), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server?.address() as { port: number } | null)?.port ?? port;
        resolve();
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server?.close(() => resolve());
    });
  await open();
  cleanups.push(cut);
  const url = new URL(target);
  url.port = String(port);
  return { url: url.toString(), cut, restore: open };
}

describe.skipIf(!TEST_REDIS_URL)('rate limits shared through Redis', () => {
  const prefix = () => `test:${randomBytes(6).toString('hex')}`;

  it('two replicas spend one budget per user; other users keep theirs', async () => {
    const keyPrefix = prefix();
    const a = replica(TEST_REDIS_URL as string, keyPrefix);
    const b = replica(TEST_REDIS_URL as string, keyPrefix);
    await until(() => a.store.available && b.store.available, 'both connected');
    expect(a.health.report()).toMatchObject({
      status: 'ok',
      dependencies: { [HEALTH_NAME]: { state: 'ok', mode: 'shared through Redis' } },
    });

    expect(await allowed(a.limits.allow('command', 'discord:1'))).toBe(true);
    expect(await allowed(b.limits.allow('command', 'discord:1'))).toBe(true);
    expect(await allowed(a.limits.allow('command', 'discord:1'))).toBe(true);
    // The fourth command in a minute is refused on either replica, with the wait and the polite reply.
    const refused = await b.limits.allow('command', 'discord:1');
    expect(refused).toMatchObject({ allowed: false, reply: { visibility: 'ephemeral' } });
    if (refused.allowed) throw new Error('unreachable');
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await allowed(a.limits.allow('command', 'discord:1'))).toBe(false);

    expect(await allowed(b.limits.allow('command', 'discord:2'))).toBe(true);
    // Shares are their own budget, per channel.
    expect(await allowed(a.limits.allow('share', 'discord:C1'))).toBe(true);
    expect(await allowed(b.limits.allow('share', 'discord:C1'))).toBe(false);
  });

  it('Redis going away: each replica limits on its own, health says degraded; back: shared again', async () => {
    const keyPrefix = prefix();
    const proxy = await redisProxy(new URL(TEST_REDIS_URL as string));
    const a = replica(proxy.url, keyPrefix, 2);
    const b = replica(proxy.url, keyPrefix, 2);
    await until(() => a.store.available && b.store.available, 'both connected');
    expect(await allowed(a.limits.allow('command', 'discord:1'))).toBe(true);
    expect(await allowed(b.limits.allow('command', 'discord:1'))).toBe(true);
    expect(await allowed(a.limits.allow('command', 'discord:1'))).toBe(false);

    await proxy.cut();
    await until(() => !a.store.available && !b.store.available, 'both to notice');
    const report = a.health.report();
    expect(report.status).toBe('degraded');
    expect(report.dependencies?.[HEALTH_NAME]).toMatchObject({
      state: 'degraded',
      mode: 'per replica, in memory',
      reason: expect.stringMatching(/Redis/),
    });
    // Never refuse everyone: each replica now has its own budget (2 here), answered without waiting on Redis.
    const local = a.limits.allow('command', 'discord:1');
    expect(local).not.toBeInstanceOf(Promise);
    expect(await allowed(local)).toBe(true);
    expect(await allowed(a.limits.allow('command', 'discord:1'))).toBe(true);
    expect(await allowed(a.limits.allow('command', 'discord:1'))).toBe(false);
    expect(await allowed(b.limits.allow('command', 'discord:1'))).toBe(true);

    await proxy.restore();
    await until(() => a.store.available && b.store.available, 'both to reconnect');
    expect(a.health.report()).toMatchObject({
      status: 'ok',
      dependencies: { [HEALTH_NAME]: { state: 'ok' } },
    });
    // Shared again: the minute's budget in Redis (already spent) counts for both.
    expect(a.limits.allow('command', 'discord:1')).toBeInstanceOf(Promise);
    expect(await allowed(b.limits.allow('command', 'discord:1'))).toBe(false);
    expect(await allowed(a.limits.allow('command', 'discord:3'))).toBe(true);
    expect(await allowed(b.limits.allow('command', 'discord:3'))).toBe(true);
    expect(await allowed(a.limits.allow('command', 'discord:3'))).toBe(false);
  });

  it('Redis unreachable from the start: starts anyway, limits locally, health degraded with the reason', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });
    const a = replica(`redis://127.0.0.1:${closed}`, prefix(), 1);
    await until(() => a.store.state.state === 'local', 'the refusal');
    expect(a.health.report()).toMatchObject({
      status: 'degraded',
      dependencies: { [HEALTH_NAME]: { state: 'degraded', reason: 'Redis refused the connection' } },
    });
    expect(a.limits.allow('command', 'discord:1')).toEqual({ allowed: true });
    expect(a.limits.allow('command', 'discord:1')).toMatchObject({ allowed: false });
    expect(a.limits.allow('command', 'discord:2')).toEqual({ allowed: true });
  });
});

describe('rate limits without a shared store', () => {
  it('answer synchronously, as before', () => {
    const limits = new Limits({
      commandsPerMinute: 1,
      command: 'linkedin-optout',
      context: () => testContext(),
    });
    expect(limits.allow('command', 'discord:1')).toEqual({ allowed: true });
    expect(limits.allow('command', 'discord:1')).toMatchObject({ allowed: false });
  });
});
