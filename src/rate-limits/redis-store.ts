// Abuse limits shared by every replica through Redis (REDIS_URL), with rate-limiter-flexible's RateLimiterRedis.
// Redis is a help, never a gate: while it is unreachable, slow or not yet connected, `available` is false and
// the limits fall back to each replica's own in-memory buckets (src/core/rate-limit.ts). The connection keeps
// retrying in the background, and the shared budget is used again as soon as Redis answers.
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { LimitKind, SharedLimitStore, TakeResult } from '../core/rate-limit.js';

export type SharedLimitsState =
  | { state: 'connecting'; since: Date }
  | { state: 'shared'; since: Date }
  | { state: 'local'; since: Date; reason: string };

export interface RedisLimitOptions {
  url: string;
  /** Per kind: points a key may spend in one minute (also the burst, as with the in-memory buckets). */
  perMinute: Record<LimitKind, number>;
  /** Every key starts with this (tests give each run its own). */
  keyPrefix?: string;
  /** A command slower than this counts as Redis being unavailable; the request is limited locally instead. */
  commandTimeoutMs?: number;
  /** After a failed command, requests are limited locally for this long before Redis is tried again. */
  coolOffMs?: number;
  /** Told whenever the state changes (health). */
  onState?: (s: SharedLimitsState) => void;
  now?: () => number;
}

export const DEFAULT_KEY_PREFIX = 'linkedin-bot:limits';

/** One minute window per key: the budget every replica spends from together. */
const WINDOW_SECONDS = 60;

export class RedisLimitStore implements SharedLimitStore {
  private readonly client: Redis;
  private readonly limiters: Record<LimitKind, RateLimiterRedis>;
  private readonly coolOffMs: number;
  private readonly now: () => number;
  private current: SharedLimitsState;
  private coolingUntil = 0;

  constructor(private readonly opts: RedisLimitOptions) {
    this.now = opts.now ?? Date.now;
    this.coolOffMs = opts.coolOffMs ?? 5_000;
    this.current = { state: 'connecting', since: new Date(this.now()) };
    this.client = new Redis(opts.url, {
      lazyConnect: true,
      // Fail at once while disconnected instead of queueing: the request is limited locally meanwhile.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: opts.commandTimeoutMs ?? 250,
      connectTimeout: 2_000,
      // Reconnect for ever, at most every 2 s: Redis coming back must be noticed without a restart.
      retryStrategy: (times) => Math.min(100 * 2 ** times, 2_000),
    });
    this.client.on('ready', () => this.set({ state: 'shared', since: new Date(this.now()) }));
    this.client.on('error', (err: Error) => this.unavailable(describe(err)));
    // A close follows every failed attempt: keep the error that said why.
    this.client.on('close', () => this.unavailable('connection to Redis closed', true));
    const prefix = opts.keyPrefix ?? DEFAULT_KEY_PREFIX;
    const limiter = (kind: LimitKind) =>
      new RateLimiterRedis({
        storeClient: this.client,
        keyPrefix: `${prefix}:${kind}`,
        points: opts.perMinute[kind],
        duration: WINDOW_SECONDS,
        rejectIfRedisNotReady: true,
        // Without this the library keeps its own in-memory blocks; the fallback here is the local buckets.
        inMemoryBlockOnConsumed: 0,
      });
    this.limiters = {
      command: limiter('command'),
      share: limiter('share'),
      'channel-message': limiter('channel-message'),
    };
  }

  /** Starts connecting; resolves at once (a Redis that is down must not stop start-up). */
  connect(): void {
    this.client.connect().catch((err: Error) => this.unavailable(describe(err), true));
  }

  get state(): SharedLimitsState {
    return this.current;
  }

  /** True when a request should be limited through Redis; false: limit it locally, without waiting. */
  get available(): boolean {
    return this.client.status === 'ready' && this.now() >= this.coolingUntil;
  }

  /** Spends one point; undefined when Redis failed to answer (the caller limits locally). */
  async take(kind: LimitKind, key: string): Promise<TakeResult | undefined> {
    try {
      await this.limiters[kind].consume(key);
      if (this.current.state !== 'shared') this.set({ state: 'shared', since: new Date(this.now()) });
      return { allowed: true, retryAfterMs: 0 };
    } catch (err) {
      if (err instanceof RateLimiterRes) return { allowed: false, retryAfterMs: err.msBeforeNext };
      this.coolingUntil = this.now() + this.coolOffMs;
      this.unavailable(describe(err), true);
      return undefined;
    }
  }

  async close(): Promise<void> {
    this.client.removeAllListeners('close');
    this.client.on('error', () => {});
    await this.client.quit().catch(() => this.client.disconnect());
  }

  /** `vague`: a consequence (closed, not connected) that must not hide the error that said why. */
  private unavailable(reason: string, vague = false): void {
    if (this.current.state === 'local' && (vague || this.current.reason === reason)) return;
    this.set({ state: 'local', since: new Date(this.now()), reason });
  }

  private set(s: SharedLimitsState): void {
    if (s.state === this.current.state && s.state !== 'local') return;
    this.current = s;
    this.opts.onState?.(s);
  }
}

/** What an operator needs to know, without the URL (it may carry a password). */
function describe(err: unknown): string {
  const e = err as { code?: string; message?: string };
  if (e?.code === 'ECONNREFUSED') return 'Redis refused the connection';
  if (e?.code === 'ETIMEDOUT' || /timed? ?out/i.test(e?.message ?? '')) return 'Redis did not answer in time';
  if (e?.code === 'ENOTFOUND') return 'Redis host not found';
  if (/NOAUTH|WRONGPASS/i.test(e?.message ?? '')) return 'Redis refused the password';
  if (/not ready|closed|Connection is closed/i.test(e?.message ?? '')) return 'Redis is not connected';
  return `Redis error${e?.code ? ` ${e.code}` : ''}`;
}
