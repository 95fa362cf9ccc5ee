// Starts every configured platform behind the one HTTP server, and stops them all cleanly.
import { commands } from './commands/index.js';
import type { Config } from './config.js';
import { getContent, locales } from './content/index.js';
import { validateContent } from './content/schema.js';
import type { CommandContext } from './core/command.js';
import { type ContextOptions, makeContext } from './core/context.js';
import { Dispatcher } from './core/dispatcher.js';
import type { ChannelPort, ReminderPort } from './core/ports.js';
import { Limits } from './core/rate-limit.js';
import { Health } from './http/health.js';
import { Metrics } from './http/metrics.js';
import { registerOpsRoutes } from './http/routes.js';
import { HttpServer } from './http/server.js';
import type { Logger } from './log.js';

/** What a platform adapter gets from the app: the shared core and the one HTTP server. */
export interface Services {
  config: Config;
  log: Logger;
  dispatcher: Dispatcher;
  http: HttpServer;
  health: Health;
  /** Prometheus counters adapters and the reminder service report to (`metrics.replied(...)`, `platformError(...)`). */
  metrics: Metrics;
  /** Abuse limits: `limits.allow('command', 'discord:<user>')`, `limits.allow('share', 'slack:<channel>')`. */
  limits: Limits;
  /** Registers a clean-up (close the database, ...) run on stop after the platforms have stopped, last first. */
  onStop(fn: () => void | Promise<void>): void;
  /** Each platform adapter registers its channel port here; the reminder service posts through them. */
  channels: Map<'discord' | 'slack', ChannelPort>;
  /** The pinned-reminder service, once storage is open; adapters pass it into the command context. */
  reminders?: ReminderPort;
  context(opts?: ContextOptions): CommandContext;
}

/** A running platform adapter. */
export interface PlatformRuntime {
  name: 'discord' | 'slack';
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface App {
  services: Services;
  address: { host: string; port: number };
  /** Idempotent; `graceMs` bounds the wait for in-flight requests. */
  stop(graceMs?: number): Promise<void>;
}

export async function startApp(config: Config, log: Logger): Promise<App> {
  // Content is checked once at start-up: a broken fact base must never reach a channel.
  for (const locale of locales) validateContent(getContent(locale));

  const health = new Health();
  const metrics = new Metrics(commands.map((c) => c.spec));
  const http = new HttpServer({
    log,
    onResponse: (route, status, s) => metrics.httpRequest(route, status, s),
  });
  const context = (opts?: ContextOptions) => makeContext({ staleAfterDays: config.staleAfterDays, ...opts });
  const closers: (() => void | Promise<void>)[] = [];
  const services: Services = {
    config,
    log,
    dispatcher: new Dispatcher(commands),
    http,
    health,
    metrics,
    limits: new Limits({
      commandsPerMinute: config.rateLimitPerMinute,
      context: () => context(),
      onLimited: (kind) => metrics.rateLimited(kind),
    }),
    onStop: (fn) => {
      closers.push(fn);
    },
    channels: new Map(),
    context,
  };
  registerOpsRoutes(http, health, metrics);

  const runtimes: PlatformRuntime[] = [];
  if (config.discord) {
    const { createDiscordRuntime } = await import('./adapters/discord/runtime.js');
    runtimes.push(await createDiscordRuntime(services));
  }
  if (config.slack) {
    const { createSlackRuntime } = await import('./adapters/slack/runtime.js');
    runtimes.push(await createSlackRuntime(services));
  }

  let stopping: Promise<void> | undefined;
  const stop = (graceMs?: number) => {
    stopping ??= (async () => {
      health.shuttingDown();
      // Stop accepting and finish in-flight requests, then disconnect the platforms, then close storage.
      await http.close(graceMs);
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

  const address = await http.listen(config.http.port, config.http.host);
  log.info({ host: address.host, port: address.port }, 'http server listening');
  try {
    for (const r of runtimes) await r.start();
  } catch (err) {
    // A half-started app would keep the port open and the process alive: undo, then report.
    await stop(0);
    throw err;
  }

  return { services, address, stop };
}
