// What the reminder service and its background jobs share: the store, the channel ports, time, the retry
// policy and the public reminder message built from the current content.
import { contentVersion as currentContentVersion, getContent } from '../content/index.js';
import type { Locale } from '../content/types.js';
import type { ChannelPort } from '../core/ports.js';
import type { Reply } from '../core/reply.js';
import type { Logger } from '../log.js';
import { type Clock, systemClock, type Timers } from './clock.js';
import { type MessageContext, reminderMessage } from './message.js';
import type { RetryPolicy } from './retry.js';
import type { ChatPlatform, ReminderStore } from './store.js';

export interface ChannelLookup {
  get(platform: ChatPlatform): ChannelPort | undefined;
}

export interface ReminderEvents {
  pinned?(platform: ChatPlatform): void;
  unpinned?(platform: ChatPlatform): void;
  confirmed?(platform: ChatPlatform): void;
  platformError?(platform: ChatPlatform, kind: string): void;
}

export interface ReminderServiceOptions {
  store: ReminderStore;
  /** The HMAC key for confirmation hashes (see src/storage/tally-key.ts). */
  tallyKey: Buffer;
  /** Looked up at call time: adapters register their ports after the service exists. */
  channels: ChannelLookup;
  log: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  clock?: Clock;
  timers?: Timers;
  locale?: Locale;
  staleAfterDays?: number;
  /** At most one edit of a pinned message per this many ms while clicks keep coming. */
  editIntervalMs?: number;
  /** How long a pin, unpin or re-post may hold a channel before another replica may take over. */
  leaseMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Platform calls in flight at once during a fan-out (scheduled re-posts, content refresh). */
  concurrency?: number;
  /** When a scheduled re-post failed for a passing reason, try again after this long instead of next period. */
  retryLaterMs?: number;
  /** Told what happened, for metrics; never given user ids. */
  events?: ReminderEvents;
}

export class ReminderDeps {
  readonly store: ReminderStore;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly retry: RetryPolicy;
  readonly leaseMs: number;
  readonly concurrency: number;
  readonly retryLaterMs: number;
  readonly log: ReminderServiceOptions['log'];
  readonly events: ReminderEvents;

  constructor(readonly opts: ReminderServiceOptions) {
    this.store = opts.store;
    this.log = opts.log;
    this.events = opts.events ?? {};
    this.clock = opts.clock ?? systemClock;
    this.timers = opts.timers ?? systemClock;
    this.leaseMs = opts.leaseMs ?? 120_000;
    this.concurrency = opts.concurrency ?? 16;
    this.retryLaterMs = opts.retryLaterMs ?? 15 * 60_000;
    this.retry = {
      tries: 3,
      baseMs: 500,
      sleep: (ms) => new Promise((r) => this.timers.setTimeout(r, ms)),
      ...opts.retry,
    };
  }

  now(): number {
    return this.clock.now().getTime();
  }

  port(platform: ChatPlatform): ChannelPort | undefined {
    return this.opts.channels.get(platform);
  }

  /** The context a reminder is written in: its own language's content, else the service's default. */
  context(locale: Locale = this.opts.locale ?? 'en'): MessageContext {
    return {
      content: getContent(locale),
      contentVersion: currentContentVersion(locale),
      now: this.clock.now(),
      staleAfterDays: this.opts.staleAfterDays ?? 180,
    };
  }

  message(count: number, locale?: Locale): Reply {
    return reminderMessage(this.context(locale), count);
  }
}
