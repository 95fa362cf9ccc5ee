// Abuse limits: token buckets per key (a user for commands, a channel for "Share in channel" and for messages
// that mention the bot there).
// Memory stays bounded: a bucket that has refilled is the same as no bucket, so it is dropped, and the
// map is capped (oldest first) so a flood of distinct keys cannot grow it without limit.
import type { CommandContext } from './command.js';
import { rateLimitWords } from './rate-limit-words.js';
import type { Reply } from './reply.js';
import { baseReply } from './reply-builders.js';
import { replyWords } from './reply-words.js';

/** Milliseconds since the epoch (Date.now); injectable so tests can move time. */
export type NowMs = () => number;

export interface BucketOptions {
  /** Tokens a key may spend at once. */
  capacity: number;
  /** Tokens added back per minute. */
  perMinute: number;
  /** At most this many keys are tracked; the least recently used are forgotten first. */
  maxKeys?: number;
  now?: NowMs;
}

export interface TakeResult {
  allowed: boolean;
  /** When refused: milliseconds until one token is back. */
  retryAfterMs: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly perMs: number;
  private readonly maxKeys: number;
  private readonly now: NowMs;
  private lastSweep: number;

  constructor(opts: BucketOptions) {
    if (!(opts.capacity >= 1) || !(opts.perMinute > 0))
      throw new RangeError('capacity >= 1 and perMinute > 0');
    this.capacity = opts.capacity;
    this.perMs = opts.perMinute / 60_000;
    this.maxKeys = opts.maxKeys ?? 50_000;
    this.now = opts.now ?? Date.now;
    this.lastSweep = this.now();
  }

  /** How many keys are tracked right now (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  take(key: string, cost = 1): TakeResult {
    const now = this.now();
    this.sweep(now);
    const prev = this.buckets.get(key);
    const tokens = prev ? this.refilled(prev, now) : this.capacity;
    // Re-insert so Map order is least-recently-used first.
    this.buckets.delete(key);
    if (tokens >= cost) {
      this.buckets.set(key, { tokens: tokens - cost, at: now });
      this.cap();
      return { allowed: true, retryAfterMs: 0 };
    }
    this.buckets.set(key, { tokens, at: now });
    this.cap();
    return { allowed: false, retryAfterMs: Math.ceil((cost - tokens) / this.perMs) };
  }

  private refilled(b: Bucket, now: number): number {
    // A clock that goes backwards (NTP step) must not mint tokens or take them away.
    const elapsed = Math.max(0, now - b.at);
    return Math.min(this.capacity, b.tokens + elapsed * this.perMs);
  }

  private cap(): void {
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) break;
      this.buckets.delete(oldest);
    }
  }

  /** Drops full buckets, at most once per refill period, so the sweep's cost is spread thin. */
  private sweep(now: number): void {
    const fullAfter = this.capacity / this.perMs;
    if (now - this.lastSweep < fullAfter) return;
    this.lastSweep = now;
    for (const [key, b] of this.buckets) {
      if (this.refilled(b, now) >= this.capacity) this.buckets.delete(key);
    }
  }
}

/**
 * `command`: per user, every request. `share`: per channel, public shares. `channel-message`: per channel, free
 * text addressed to the bot in a channel (mentions; not DMs), so one channel cannot be flooded with answers.
 */
export type LimitKind = 'command' | 'share' | 'channel-message';

export type LimitResult =
  | { allowed: true }
  | {
      allowed: false;
      retryAfterSeconds: number;
      reply: Reply;
      /**
       * `channel-message` only: the channel was already told to wait in this window, so nothing is sent: a flood
       * of mentions gets one polite reply, not one refusal per message.
       */
      quiet: boolean;
    };

/**
 * A budget that several replicas spend from together (src/rate-limits/redis-store.ts). While it is not
 * `available`, or when `take` answers undefined (it failed), each replica limits on its own buckets instead.
 */
export interface SharedLimitStore {
  readonly available: boolean;
  take(kind: LimitKind, key: string): Promise<TakeResult | undefined>;
}

export interface LimitsOptions {
  /** Commands a user may run per minute (RATE_LIMIT_PER_MINUTE); also the burst. */
  commandsPerMinute: number;
  /** Public shares a channel may receive per minute; also the burst. */
  sharesPerMinute?: number;
  /** Messages to the bot a channel may send per minute (not DMs); also the burst. */
  channelMessagesPerMinute?: number;
  maxKeys?: number;
  now?: NowMs;
  /** Builds the context the polite reply is made with. */
  context: () => CommandContext;
  /** The command the polite reply is labelled with (the registry's main command). */
  command: string;
  onLimited?: (kind: LimitKind) => void;
  /** Shared across replicas (REDIS_URL); without it, or while it is unavailable, the in-memory buckets count. */
  shared?: SharedLimitStore;
}

export const DEFAULT_SHARES_PER_MINUTE = 3;
export const DEFAULT_CHANNEL_MESSAGES_PER_MINUTE = 6;

const ALLOWED: LimitResult = Object.freeze({ allowed: true as const });

/**
 * What the pipeline calls before running a command (`command`, key = platform + user), sharing (`share`, key =
 * platform + channel) or answering a message in a channel (`channel-message`, key = platform + channel).
 */
export class Limits {
  private readonly buckets: Record<LimitKind, TokenBuckets>;
  /** One refusal notice per channel per minute for `channel-message`; later refusals in the window are quiet. */
  private readonly notices: TokenBuckets;

  constructor(private readonly opts: LimitsOptions) {
    const common = {
      ...(opts.maxKeys ? { maxKeys: opts.maxKeys } : {}),
      ...(opts.now ? { now: opts.now } : {}),
    };
    const shares = opts.sharesPerMinute ?? DEFAULT_SHARES_PER_MINUTE;
    const messages = opts.channelMessagesPerMinute ?? DEFAULT_CHANNEL_MESSAGES_PER_MINUTE;
    this.buckets = {
      command: new TokenBuckets({
        capacity: opts.commandsPerMinute,
        perMinute: opts.commandsPerMinute,
        ...common,
      }),
      share: new TokenBuckets({ capacity: shares, perMinute: shares, ...common }),
      'channel-message': new TokenBuckets({ capacity: messages, perMinute: messages, ...common }),
    };
    this.notices = new TokenBuckets({ capacity: 1, perMinute: 1, ...common });
  }

  /**
   * Spends one token of `kind` for `key`. Keys should name the platform too ("discord:1234"), so the same id on
   * two platforms does not share a bucket. When refused, `reply` is the polite answer to send instead.
   * A promise only while a shared store is available: the in-memory path stays synchronous (no extra await).
   */
  allow(kind: LimitKind, key: string): LimitResult | Promise<LimitResult> {
    const shared = this.opts.shared;
    if (shared?.available)
      return shared.take(kind, key).then((r) => this.result(kind, key, r ?? this.buckets[kind].take(key)));
    return this.result(kind, key, this.buckets[kind].take(key));
  }

  private result(kind: LimitKind, key: string, r: TakeResult): LimitResult {
    if (r.allowed) return ALLOWED;
    this.opts.onLimited?.(kind);
    const retryAfterSeconds = Math.max(1, Math.ceil(r.retryAfterMs / 1000));
    const quiet = kind === 'channel-message' && !this.notices.take(key).allowed;
    return {
      allowed: false,
      retryAfterSeconds,
      reply: rateLimitedReply(this.opts.context(), this.opts.command, kind, retryAfterSeconds),
      quiet,
    };
  }

  /** Tracked keys per kind, to check that memory stays bounded. */
  sizes(): Record<LimitKind, number> {
    return {
      command: this.buckets.command.size,
      share: this.buckets.share.size,
      'channel-message': this.buckets['channel-message'].size,
    };
  }
}

export function rateLimitedReply(
  ctx: CommandContext,
  command: string,
  kind: LimitKind,
  retryAfterSeconds: number,
): Reply {
  const w = rateLimitWords(ctx.content.locale);
  const wait = w.wait(retryAfterSeconds);
  return baseReply(
    ctx,
    { command, subcommand: null, title: w.title[kind] },
    {
      intro: w.intro[kind](wait),
      links: [{ label: replyWords(ctx.content.locale).openSetting, url: ctx.content.settingUrl }],
      // A message in a channel has no "only you" reply: the channel notice is seen by the channel.
      visibility: kind === 'channel-message' ? 'public' : 'ephemeral',
    },
  );
}
