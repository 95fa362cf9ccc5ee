#!/usr/bin/env node
// CLI entry: start | say | register-discord | slack-manifest. Heavy modules load only for the path taken,
// so `say` never pays for zod, pino, discord.js or Bolt.

const USAGE = `Usage:
  npm start                                        start every configured platform (console when none)
  npm start -- say "<command line>" [--format text|json|discord|slack] [--locale <code>]
  npm start -- register-discord [--guild <id>]     register the slash commands
  npm start -- slack-manifest [--socket | --http <public-url>] [--oauth]
  npm start -- help`;

const EX_USAGE = 64;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const v = args[i + 1];
  args.splice(i, v === undefined ? 1 : 2);
  return v ?? '';
}

function usageError(message: string): number {
  process.stderr.write(`${message}\n${USAGE}\n`);
  return EX_USAGE;
}

/** Reads ./.env when present (variables already in the environment win), as operators expect of `npm start`. */
function loadDotEnv(): void {
  const load = (process as { loadEnvFile?: (path?: string) => void }).loadEnvFile;
  try {
    load?.('.env');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

async function main(argv: string[]): Promise<number | undefined> {
  const [cmd, ...args] = argv;
  if (cmd !== 'say' && cmd !== 'help') loadDotEnv();
  switch (cmd) {
    case 'say': {
      const format = flag(args, '--format') ?? 'text';
      // An unknown code falls back to English, as LANG does: a language is a preference, not an error.
      const { consoleLocale } = await import('./core/locale.js');
      const locale = consoleLocale(flag(args, '--locale'), process.env);
      const { FORMATS } = await import('./adapters/console/format.js');
      if (!(FORMATS as readonly string[]).includes(format)) {
        return usageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
      }
      if (args.length === 0)
        return usageError('say needs a command line, e.g. say "/linkedin-optout desktop"');
      const stale = process.env.STALE_AFTER_DAYS ? Number(process.env.STALE_AFTER_DAYS) : undefined;
      const { say } = await import('./adapters/console/say.js');
      return say(args.join(' '), format as 'text', Number.isFinite(stale) ? stale : undefined, locale);
    }
    case 'register-discord': {
      const { registerDiscordCli } = await import('./adapters/discord/register-cli.js');
      return registerDiscordCli(args);
    }
    case 'slack-manifest': {
      const { slackManifestCli } = await import('./adapters/slack/manifest-cli.js');
      return slackManifestCli(args);
    }
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case undefined:
    case 'start': {
      const { start } = await import('./start.js');
      return start();
    }
    default:
      return usageError(`Unknown command "${cmd}".`);
  }
}

// `say … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    // undefined: a long-running mode that sets the exit code itself when it stops.
    if (code !== undefined) process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
