// Starts every configured platform behind the one HTTP server, and stops them all cleanly.
import { backoffFrom, Connections } from './adapters/connection/policy.js';
import type { Refusal } from './adapters/connection/refusal.js';
import { commands } from './commands/index.js';
import type { Config } from './config.js';
import { validateKnowledge } from './content/schema.js';
import type { ChatPlatform, CommandContext } from './core/command.js';
import type { ContextOptions } from './core/context.js';
import type { Dispatcher } from './core/dispatcher.js';
import { createCore } from './core/factory.js';
import type { Pipeline } from './core/pipeline.js';
import type { ChannelPort, ReminderPort } from './core/ports.js';
import {
  DEFAULT_CHANNEL_MESSAGES_PER_MINUTE,
  DEFAULT_SHARES_PER_MINUTE,
  type Limits,
} from './core/rate-limit.js';
import { Health } from './http/health.js';
import { registerInstallRoutes } from './http/install-page.js';
import { Metrics } from './http/metrics.js';
import { registerOpsRoutes } from './http/routes.js';
import { HttpServer } from './http/server.js';
import type { Logger } from './log.js';
import { openSharedLimits } from './rate-limits/index.js';
import { openReminders } from './reminders/index.js';
import type { Storage } from './storage/index.js';

/** What a platform adapter gets from the app: the shared core and the one HTTP server. */
export interface Services {
  config: Config;
  log: Logger;
  dispatcher: Dispatcher;
  /** Every way in hands its requests to this: limits, cache, preconditions, metrics and logging live there. */
  pipeline: Pipeline;
  http: HttpServer;
  health: Health;
  /** Prometheus counters: the pipeline counts commands, the reminder service its pins and platform errors. */
  metrics: Metrics;
  /** The start-up policy every platform connects through, and where a revoked token is reported. */
  connections: Connections;
  /** The pipeline's abuse limits (exposed for tests and health checks; adapters never call them). */
  limits: Limits;
  /** Registers a clean-up (close the database, ...) run on stop after the platforms have stopped, last first. */
  onStop(fn: () => void | Promise<void>): void;
  /** Each platform adapter registers its channel port here; the reminder service posts through them. */
  channels: Map<ChatPlatform, ChannelPort>;
  /** The pinned-reminder service, once storage is open; adapters pass it into the command context. */
  reminders?: ReminderPort;
  /**
   * The app's database beyond reminders: Slack installations (with ENCRYPTION_KEY), used OAuth states and the
   * workspace languages chosen in App Home.
   */
  storage?: Pick<Storage, 'installations' | 'oauthStates' | 'workspaceSettings'>;
  context(opts?: ContextOptions): CommandContext;
}

/** A running platform adapter. */
export interface PlatformRuntime {
  name: ChatPlatform;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /**
   * true (default): resolve once every platform connected (tests); a refused token rejects. false (`npm start`):
   * resolve once the HTTP server listens, so /healthz shows the platforms connecting; a refused token only
   * reaches `onRefused`.
   */
  waitForPlatforms?: boolean;
  /** The first refused token (at start-up or revoked while running); `npm start` exits 78 from here. */
  onRefused?: (refusal: Refusal) => void;
}

export interface App {
  services: Services;
  address: { host: string; port: number };
  /** Idempotent; `graceMs` bounds the wait for in-flight requests. */
  stop(graceMs?: number): Promise<void>;
}

export async function startApp(config: Config, log: Logger, opts: StartOptions = {}): Promise<App> {
  // Content is checked once at start-up: a broken fact base must never reach a channel.
  validateKnowledge();

  // Storage first: an unusable database stops start-up before anything listens or connects.
  const channels: Services['channels'] = new Map();
  const metrics = new Metrics(commands.map((c) => c.spec));
  const reminders = await openReminders({
    storage: {
      databasePath: config.databasePath,
      ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
      ...(config.encryptionKey ? { encryptionKey: config.encryptionKey } : {}),
    },
    channels,
    log,
    staleAfterDays: config.staleAfterDays,
    ...(config.reminders ? { tickMs: config.reminders.tickMs } : {}),
    service: {
      ...(config.reminders ? { leaseMs: config.reminders.leaseMs } : {}),
      events: {
        pinned: (p) => metrics.reminderPinned(p),
        unpinned: (p) => metrics.reminderUnpinned(p),
        confirmed: (p) => metrics.reminderConfirmed(p),
        platformError: (p, kind) => metrics.platformError(p, kind),
      },
    },
  });

  const health = new Health();
  metrics.watchPlatforms(() => health.report().platforms);
  const connections = new Connections({
    health,
    log,
    ...(config.startupRetryInitialMs ? { backoff: backoffFrom(config.startupRetryInitialMs) } : {}),
    ...(opts.onRefused ? { onRefused: opts.onRefused } : {}),
  });
  const http = new HttpServer({
    log,
    onResponse: (route, status, s) => metrics.httpRequest(route, status, s),
  });
  // Shared limits connect in the background: Redis being down never stops start-up (see /healthz).
  const shared = config.redisUrl
    ? openSharedLimits({
        url: config.redisUrl,
        perMinute: {
          command: config.rateLimitPerMinute,
          share: DEFAULT_SHARES_PER_MINUTE,
          'channel-message': DEFAULT_CHANNEL_MESSAGES_PER_MINUTE,
        },
        health,
        log,
      })
    : undefined;
  const core = createCore({
    commandsPerMinute: config.rateLimitPerMinute,
    ...(shared ? { shared } : {}),
    staleAfterDays: config.staleAfterDays,
    // Read per request from the services, where tests may swap in a stub port.
    reminders: () => services.reminders,
    metrics,
    log,
  });
  const closers: (() => void | Promise<void>)[] = [];
  if (shared) closers.push(() => shared.close());
  const services: Services = {
    config,
    log,
    dispatcher: core.dispatcher,
    pipeline: core.pipeline,
    http,
    health,
    metrics,
    connections,
    limits: core.limits,
    onStop: (fn) => {
      closers.push(fn);
    },
    channels,
    // Set before the runtimes are created so an adapter may read it at creation; ports are looked up per call.
    reminders: reminders.service,
    storage: reminders.storage,
    context: core.context,
  };
  registerOpsRoutes(http, health, metrics);
  registerInstallRoutes(http, config);

  const runtimes: PlatformRuntime[] = [];
  let stopping: Promise<void> | undefined;
  const stop = (graceMs?: number) => {
    stopping ??= (async () => {
      health.shuttingDown();
      // Stop accepting and finish in-flight requests first.
      await http.close(graceMs);
      // Before the platforms go: waiting count edits still need their channel ports.
      await reminders.close();
      for (const r of await Promise.allSettled(runtimes.map((r) => r.stop()))) {
        if (r.status === 'rejected') log.warn({ err: r.reason }, 'a platform did not stop cleanly');
      }
      for (const close of closers.reverse()) {
        try {
          await close();
        } catch (err) {
          log.warn({ err }, 'a clean-up step failed');
        }
      }
    })();
    return stopping;
  };

  let address: { host: string; port: number };
  try {
    if (config.discord) {
      const { createDiscordRuntime } = await import('./adapters/discord/runtime.js');
      runtimes.push(await createDiscordRuntime(services));
    }
    if (config.slack) {
      const { createSlackRuntime } = await import('./adapters/slack/runtime.js');
      runtimes.push(await createSlackRuntime(services));
    }
    address = await http.listen(config.http.port, config.http.host);
    log.info({ host: address.host, port: address.port }, 'http server listening');
    // Each platform connects through the start-up policy: retried while its API is unreachable, rejected when
    // its token is refused (already reported to `onRefused`).
    const connected = Promise.all(runtimes.map((r) => r.start()));
    if (opts.waitForPlatforms === false) connected.catch(() => {});
    else await connected;
  } catch (err) {
    // A half-started app would keep the port or the database open: undo, then report.
    await stop(0);
    throw err;
  }

  // The first tick runs now: due re-posts go out and pinned messages catch up with the facts this build ships.
  reminders.scheduler.start();
  return { services, address, stop };
}
