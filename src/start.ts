// `npm start`: load the configuration, then run the configured platforms or, with none, the console.
import { ConfigError, loadConfig } from './config.js';

export const EX_CONFIG = 78;

const HOW_TO_ENABLE =
  'No platform configured: starting the console. Set DISCORD_TOKEN (Discord) or SLACK_BOT_TOKEN (Slack) in .env to run on a platform; see .env.example.';

export async function start(): Promise<number | undefined> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const line of err.problems) process.stderr.write(`config: ${line}\n`);
      return EX_CONFIG;
    }
    throw err;
  }

  if (!config.discord && !config.slack) {
    // The console checks the fact base too: a broken fact must never reach a reader.
    const [{ validateContent }, { getContent, locales }] = await Promise.all([
      import('./content/schema.js'),
      import('./content/index.js'),
    ]);
    for (const locale of locales) validateContent(getContent(locale));
    const { startRepl } = await import('./adapters/console/repl.js');
    await startRepl({ staleAfterDays: config.staleAfterDays, banner: HOW_TO_ENABLE });
    return 0;
  }

  const { createLogger } = await import('./log.js');
  const log = createLogger(config.logLevel);
  const { startApp } = await import('./app.js');
  const app = await startApp(config, log);

  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    // A hard deadline: whatever hangs, the process is gone within 5 s so the supervisor can move on.
    const timer = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 4_800);
    timer.unref();
    app.stop().then(
      () => {
        log.flush();
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.on('unhandledRejection', (err) => {
    log.fatal({ err }, 'unhandled rejection');
    log.flush();
    process.exit(1);
  });
  process.on('uncaughtException', (err) => {
    log.fatal({ err }, 'uncaught exception');
    log.flush();
    process.exit(1);
  });
  return undefined;
}
