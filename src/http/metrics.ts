// Prometheus metrics for /metrics. One registry per app (not prom-client's global one), so several apps in one
// process (tests) never collide. Every label value is checked against a closed set: a label fed from user input
// would let anyone grow the registry without bound.
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { CommandSpec, Platform } from '../core/command.js';
import type { PlatformErrorKind } from '../core/ports.js';
import type { LimitKind } from '../core/rate-limit.js';
import type { Reply } from '../core/reply.js';
import type { PipelineStatus } from '../core/request.js';

export type CommandOutcome = PipelineStatus;

const PLATFORMS: readonly string[] = ['console', 'discord', 'slack'];
const ERROR_KINDS: readonly string[] = [
  'missing-permission',
  'not-in-channel',
  'rate-limited',
  'not-found',
  'unavailable',
] satisfies PlatformErrorKind[];
const OTHER = 'other';

export interface CommandLabels {
  command: string;
  subcommand: string | null;
  platform: Platform;
  outcome: CommandOutcome;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly known = new Map<string, Set<string>>();
  private readonly commands: Counter<'command' | 'subcommand' | 'platform' | 'outcome'>;
  private readonly latency: Histogram<'platform' | 'command'>;
  private readonly pinned: Counter<'platform'>;
  private readonly unpinned: Counter<'platform'>;
  private readonly confirmations: Counter<'platform'>;
  private readonly platformErrors: Counter<'platform' | 'kind'>;
  private readonly limited: Counter<'kind'>;
  private readonly httpRequests: Counter<'route' | 'status'>;
  private readonly httpSeconds: Histogram<'route'>;

  constructor(specs: readonly CommandSpec[], opts: { defaultMetrics?: boolean } = {}) {
    for (const s of specs) this.known.set(s.name, new Set(s.subcommands.map((x) => x.name)));
    const registers = [this.registry];
    this.commands = new Counter({
      name: 'bot_commands_total',
      help: 'Commands handled, by command, subcommand, platform and outcome',
      labelNames: ['command', 'subcommand', 'platform', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'bot_reply_seconds',
      help: 'Time from receiving a command to having its reply ready',
      labelNames: ['platform', 'command'],
      // Platforms give 3 s to answer: the buckets are dense below that.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
      registers,
    });
    this.pinned = new Counter({
      name: 'bot_reminders_pinned_total',
      help: 'Reminders posted and pinned',
      labelNames: ['platform'],
      registers,
    });
    this.unpinned = new Counter({
      name: 'bot_reminders_unpinned_total',
      help: 'Reminders unpinned',
      labelNames: ['platform'],
      registers,
    });
    this.confirmations = new Counter({
      name: 'bot_reminder_confirmations_total',
      help: 'Members who confirmed on a reminder that they switched the setting off (counted once each)',
      labelNames: ['platform'],
      registers,
    });
    this.platformErrors = new Counter({
      name: 'bot_platform_errors_total',
      help: 'Errors returned by Discord or Slack, by kind',
      labelNames: ['platform', 'kind'],
      registers,
    });
    this.limited = new Counter({
      name: 'bot_rate_limited_total',
      help: 'Requests refused by the abuse limits, by kind (command per user, share per channel)',
      labelNames: ['kind'],
      registers,
    });
    this.httpRequests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests, by route and status',
      labelNames: ['route', 'status'],
      registers,
    });
    this.httpSeconds = new Histogram({
      name: 'http_request_seconds',
      help: 'HTTP request duration, by route',
      labelNames: ['route'],
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 3, 10],
      registers,
    });
    if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  private platform(p: string): string {
    return PLATFORMS.includes(p) ? p : OTHER;
  }

  commandHandled(l: CommandLabels, seconds?: number): void {
    const subs = this.known.get(l.command);
    const command = subs ? l.command : OTHER;
    const subcommand = l.subcommand === null ? 'none' : subs?.has(l.subcommand) ? l.subcommand : OTHER;
    const platform = this.platform(l.platform);
    this.commands.inc({ command, subcommand, platform, outcome: l.outcome });
    if (seconds !== undefined && Number.isFinite(seconds) && seconds >= 0) {
      this.latency.observe({ platform, command }, seconds);
    }
  }

  /** Counts a finished reply: outcome from `understood`, unless the caller knows better (error, rate-limited). */
  replied(reply: Reply, platform: Platform, seconds?: number, outcome?: CommandOutcome): void {
    this.commandHandled(
      {
        command: reply.command,
        subcommand: reply.subcommand,
        platform,
        outcome: outcome ?? (reply.understood ? 'ok' : 'not-understood'),
      },
      seconds,
    );
  }

  reminderPinned(platform: Platform): void {
    this.pinned.inc({ platform: this.platform(platform) });
  }

  reminderUnpinned(platform: Platform): void {
    this.unpinned.inc({ platform: this.platform(platform) });
  }

  reminderConfirmed(platform: Platform): void {
    this.confirmations.inc({ platform: this.platform(platform) });
  }

  platformError(platform: Platform, kind: PlatformErrorKind | string): void {
    this.platformErrors.inc({
      platform: this.platform(platform),
      kind: ERROR_KINDS.includes(kind) ? kind : OTHER,
    });
  }

  rateLimited(kind: LimitKind): void {
    this.limited.inc({ kind });
  }

  /** Wired to HttpServer's onResponse; `route` is a registered "METHOD /path" or "unknown", never a raw URL. */
  httpRequest(route: string, status: number, seconds: number): void {
    this.httpRequests.inc({ route, status: String(status) });
    if (Number.isFinite(seconds) && seconds >= 0) this.httpSeconds.observe({ route }, seconds);
  }
}
