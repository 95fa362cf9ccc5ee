// pino JSON logs with secrets redacted by configuration; pretty-ish output is left to the reader's tools.
import pino, { type Logger } from 'pino';

export type { Logger };

/** Paths pino blanks wherever they appear in a log object (one level of nesting covered by the wildcards). */
export const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'publicKey',
  'secret',
  'password',
  'authorization',
  'userId',
  'user_id',
  'text',
  'question',
  'headers.authorization',
  'headers["x-signature-ed25519"]',
  'headers["x-slack-signature"]',
  'req.headers.authorization',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.secret',
  '*.authorization',
  '*.userId',
  '*.user_id',
  '*.text',
  '*.question',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'linkedin-optout-bot' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
