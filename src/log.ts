// pino JSON logs with secrets redacted twice over: by key path (tokens, signatures, user ids, message text)
// and, as a last line of defence, by value (the configured secrets and token-shaped strings are masked in
// every line, so a token quoted inside an error message or a library's error object is masked too).
// Pretty output only on a TTY, and only when pino-pretty is installed (a devDependency): production images
// have neither a TTY nor dev dependencies, so they always write JSON lines.
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const CENSOR = '[redacted]';

/** Paths pino blanks wherever they appear in a log object. */
export const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'publicKey',
  'secret',
  'password',
  'authorization',
  'signature',
  'userId',
  'user_id',
  'text',
  'question',
  'content',
  'body',
  'rawBody',
  'payload',
  'options',
  'config.discord.token',
  'config.slack.botToken',
  'config.slack.appToken',
  'config.slack.signingSecret',
  'headers.authorization',
  'headers.cookie',
  'headers["x-signature-ed25519"]',
  'headers["x-slack-signature"]',
  'req.headers.authorization',
  'req.headers["x-signature-ed25519"]',
  'req.headers["x-slack-signature"]',
  // Library errors (axios in @slack/web-api, undici in discord.js) carry the request they failed on.
  'err.config.headers.Authorization',
  'err.config.headers.authorization',
  'err.config.data',
  'err.request',
  'err.requestBody',
  'err.rawError',
  'err.headers.authorization',
  'err.data.response_metadata',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.secret',
  '*.authorization',
  '*.signature',
  '*.userId',
  '*.user_id',
  '*.text',
  '*.question',
  '*.body',
  '*.payload',
  '*.options',
];

// Token shapes worth masking even when they are not the configured ones (a pasted token in an error).
const TOKEN_SHAPES = [
  /\bxox[abposr]-[A-Za-z0-9-]{8,}/g,
  /\bxapp-[A-Za-z0-9-]{8,}/g,
  // Discord bot tokens: base64 user id, timestamp, HMAC.
  /\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g,
  /\b(Bearer|Bot) [A-Za-z0-9._~+/=-]{16,}/g,
];

/** Masks the given secret values and token-shaped strings in one serialized log line. */
export function maskSecrets(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(CENSOR);
  for (const re of TOKEN_SHAPES) out = out.replace(re, CENSOR);
  return out;
}

export interface LoggerOptions {
  /** Where lines go; default stdout. Tests pass an in-memory stream. */
  destination?: DestinationStream;
  /** Secret values to mask wherever they appear (tokens, signing secret). Values shorter than 8 are ignored. */
  secrets?: readonly (string | undefined)[];
  /** Pretty-print for a person: default when stdout is a TTY and pino-pretty is installed. */
  pretty?: boolean;
}

function prettyStream(): DestinationStream | undefined {
  try {
    const require = createRequire(import.meta.url);
    const pretty = require('pino-pretty') as (o: object) => DestinationStream;
    return pretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,app' });
  } catch {
    return undefined;
  }
}

export function createLogger(level: string, options: LoggerOptions | DestinationStream = {}): Logger {
  const opts: LoggerOptions = 'write' in options ? { destination: options as DestinationStream } : options;
  // JSON-escaped, because that is how a secret appears inside a serialized line.
  const secrets = (opts.secrets ?? [])
    .filter((s): s is string => typeof s === 'string' && s.length >= 8)
    .flatMap((s) => [...new Set([s, JSON.stringify(s).slice(1, -1)])]);
  const destination =
    opts.destination ??
    ((opts.pretty ?? process.stdout.isTTY === true) ? prettyStream() : undefined) ??
    pino.destination({ dest: 1, sync: false });
  return pino(
    {
      level,
      base: { app: 'linkedin-optout-bot' },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      timestamp: pino.stdTimeFunctions.isoTime,
      hooks: { streamWrite: (line) => maskSecrets(line, secrets) },
    },
    destination,
  );
}
