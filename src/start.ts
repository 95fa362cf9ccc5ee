// `npm start`: load the configuration, then run the configured platforms or, with none, the console.
// The process lifecycle lives here: SIGTERM/SIGINT stop it cleanly within 5 s; a crash is logged and exits 1
// so a supervisor restarts it; a token Discord or Slack refuses (at start-up or revoked while running) prints one
// line on stderr and stops the same clean way, exiting 78 (EX_CONFIG): restarting cannot help, .env must change.
import { type Refusal, refusalLine } from './adapters/connection/refusal.js';
import type { App, StartOptions } from './app.js';
import { type Config, EX_CONFIG, loadConfigOrReport } from './config.js';
import type { Logger } from './log.js';

/** Docker and Kubernetes send SIGKILL 10 s (Docker) or 30 s (Kubernetes) after SIGTERM; we promise 5 s. */
export const SHUTDOWN_DEADLINE_MS = 4_800;

const HOW_TO_ENABLE =
  'No platform configured: starting the console. Set DISCORD_TOKEN (Discord) or SLACK_BOT_TOKEN (Slack) in .env to run on a platform; see .env.example.';

/** The secret values a logger must never print, whatever object or message they end up in. */
export function secretsOf(config: Config): string[] {
  return [
    config.discord?.token,
    config.slack?.botToken,
    config.slack?.appToken,
    config.slack?.signingSecret,
    config.slack?.oauth?.clientSecret,
    config.slack?.oauth?.stateSecret,
    config.encryptionKey?.toString('hex'),
    config.encryptionKey?.toString('base64'),
  ].filter((s): s is string => typeof s === 'string');
}

/** What the operator needs to see at start-up, without a single secret. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    discord: config.discord ? { mode: config.discord.mode, apiUrl: config.discord.apiUrl } : 'off',
    slack: config.slack
      ? {
          mode: config.slack.appToken ? 'socket' : 'http',
          workspaces: config.slack.oauth ? 'oauth' : 'single',
          apiUrl: config.slack.apiUrl,
        }
      : 'off',
    http: config.http,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    databasePath: config.databasePath,
    database: config.databaseUrl ? 'postgresql' : 'sqlite',
    rateLimitPerMinute: config.rateLimitPerMinute,
    rateLimits: config.redisUrl ? 'shared through redis' : 'per replica',
  };
}

export interface LifecycleOptions {
  log: Logger;
  /** Exits the process; tests pass a recorder. */
  exit?: (code: number) => void;
  deadlineMs?: number;
  /** Where signals and crash events come from; default `process`. */
  target?: NodeJS.EventEmitter;
  signals?: readonly NodeJS.Signals[];
}

export interface Lifecycle {
  /**
   * Stops the app: finish in-flight work within the deadline, then exit with `code` (0 unless given); exit 1 if
   * stopping fails or hangs.
   */
  shutdown(reason: string, code?: number): Promise<void>;
  /** Logs a fatal error and exits 1. */
  crash(kind: string, err: unknown): void;
  /** Removes the listeners (tests). */
  dispose(): void;
}

/**
 * Wires SIGTERM/SIGINT to a clean stop and unhandled errors to a logged exit 1. The stop order is the app's:
 * stop accepting HTTP, finish in-flight requests, disconnect the platforms, close storage.
 */
export function installLifecycle(app: Pick<App, 'stop'>, opts: LifecycleOptions): Lifecycle {
  const { log } = opts;
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  const deadlineMs = opts.deadlineMs ?? SHUTDOWN_DEADLINE_MS;
  const target = opts.target ?? process;
  const signals = opts.signals ?? ['SIGTERM', 'SIGINT'];
  let exited = false;
  const finish = (code: number) => {
    if (exited) return;
    exited = true;
    log.flush();
    exit(code);
  };

  let stopping: Promise<void> | undefined;
  let stopCode = 0;
  const shutdown = (reason: string, code = 0): Promise<void> => {
    if (stopping) {
      // A second signal means the operator is done waiting.
      log.warn({ reason }, 'second stop request: exiting now');
      finish(1);
      return stopping;
    }
    log.info({ reason }, 'shutting down');
    stopCode = code;
    const timer = setTimeout(() => {
      log.error({ deadlineMs }, 'shutdown took too long; exiting');
      finish(1);
    }, deadlineMs);
    // Kept referenced: a stop that waits on a bare promise would otherwise let the loop drain and exit 0.
    // Leave a third of the deadline for disconnecting the platforms and closing storage.
    const graceMs = Math.floor((deadlineMs * 2) / 3);
    stopping = app.stop(graceMs).then(
      () => {
        clearTimeout(timer);
        log.info('stopped');
        finish(code);
      },
      (err: unknown) => {
        clearTimeout(timer);
        log.error({ err }, 'error while stopping');
        finish(1);
      },
    );
    return stopping;
  };

  const crash = (kind: string, err: unknown) => {
    log.fatal({ err, kind }, 'unhandled error; exiting so the supervisor restarts the process');
    // Already stopping for a known reason (a refused token): that exit code tells the operator more.
    finish(stopping && stopCode !== 0 ? stopCode : 1);
  };

  const onSignal = new Map(signals.map((s) => [s, () => void shutdown(s)] as const));
  const onRejection = (err: unknown) => crash('unhandledRejection', err);
  const onException = (err: unknown) => crash('uncaughtException', err);
  for (const [s, f] of onSignal) target.on(s, f);
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return {
    shutdown,
    crash,
    dispose() {
      for (const [s, f] of onSignal) target.off(s, f);
      target.off('unhandledRejection', onRejection);
      target.off('uncaughtException', onException);
    },
  };
}

export async function start(): Promise<number | undefined> {
  const config = loadConfigOrReport();
  if (config === EX_CONFIG) return EX_CONFIG;

  if (!config.discord && !config.slack) {
    // The console checks the fact base too: a broken fact must never reach a reader.
    const { validateKnowledge } = await import('./content/schema.js');
    validateKnowledge();
    const { startRepl } = await import('./adapters/console/repl.js');
    const { consoleLocale } = await import('./core/locale.js');
    await startRepl({
      staleAfterDays: config.staleAfterDays,
      banner: HOW_TO_ENABLE,
      locale: consoleLocale(undefined, process.env),
    });
    return 0;
  }

  const { createLogger } = await import('./log.js');
  const log = createLogger(config.logLevel, { secrets: secretsOf(config) });
  // Installed before start-up, so a signal or a crash while connecting is handled the same way.
  let app: App | undefined;
  const lifecycle = installLifecycle({ stop: (graceMs) => app?.stop(graceMs) ?? Promise.resolve() }, { log });
  const onRefused = (refusal: Refusal) => {
    process.stderr.write(`${refusalLine(refusal)}\n`);
    void lifecycle.shutdown(`${refusal.variable} refused`, EX_CONFIG);
  };
  // Platforms connect in the background: /healthz answers while they retry.
  app = await runApp(config, log, { waitForPlatforms: false, onRefused });
  return app ? undefined : 1;
}

/** Starts the app and logs the outcome; undefined (after logging why) when it could not start. */
export async function runApp(config: Config, log: Logger, opts: StartOptions = {}): Promise<App | undefined> {
  const { startApp } = await import('./app.js');
  try {
    const app = await startApp(config, log, opts);
    log.info(describeConfig(config), 'started');
    return app;
  } catch (err) {
    log.fatal({ err }, 'could not start');
    log.flush();
    return undefined;
  }
}
