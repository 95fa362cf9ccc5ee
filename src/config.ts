// Environment → typed Config, validated with zod. Every problem is reported at once, one line each.
import { z } from 'zod';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** A whole number within bounds, or the default when unset. */
const int = (fallback: number, min: number, max: number) =>
  optional
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(z.number().int().min(min).max(max));

const env = z
  .object({
    DISCORD_TOKEN: optional,
    DISCORD_APPLICATION_ID: optional.pipe(
      z
        .string()
        .regex(/^\d{17,20}$/, 'a numeric Discord application id (snowflake)')
        .optional(),
    ),
    DISCORD_MODE: optional.pipe(z.enum(['gateway', 'http']).default('gateway')),
    DISCORD_PUBLIC_KEY: optional.pipe(
      z
        .string()
        .regex(/^[0-9a-fA-F]{64}$/, '64 hex characters (the application public key)')
        .optional(),
    ),
    DISCORD_API_URL: optional.pipe(z.url({ protocol: /^https?$/ }).default('https://discord.com/api')),
    SLACK_BOT_TOKEN: optional.pipe(
      z.string().startsWith('xoxb-', 'a bot token starting with xoxb-').optional(),
    ),
    SLACK_APP_TOKEN: optional.pipe(
      z.string().startsWith('xapp-', 'an app-level token starting with xapp-').optional(),
    ),
    SLACK_SIGNING_SECRET: optional,
    SLACK_API_URL: optional.pipe(z.url({ protocol: /^https?$/ }).default('https://slack.com/api/')),
    HTTP_HOST: optional.pipe(z.string().default('0.0.0.0')),
    HTTP_PORT: int(3000, 0, 65535),
    DATABASE_PATH: optional.pipe(z.string().default('./data/bot.sqlite')),
    LOG_LEVEL: optional.pipe(
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    STALE_AFTER_DAYS: int(180, 1, 3650),
    RATE_LIMIT_PER_MINUTE: int(10, 1, 10_000),
  })
  .superRefine((e, ctx) => {
    if (e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID && e.DISCORD_MODE === 'http') {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_APPLICATION_ID'],
        message: 'required when DISCORD_MODE=http',
      });
    }
    if (e.DISCORD_MODE === 'http' && e.DISCORD_TOKEN && !e.DISCORD_PUBLIC_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['DISCORD_PUBLIC_KEY'],
        message: 'required when DISCORD_MODE=http (64 hex characters)',
      });
    }
    if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'required for Slack over HTTP (or set SLACK_APP_TOKEN for Socket Mode)',
      });
    }
    if (!e.SLACK_BOT_TOKEN && (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message: 'required when other SLACK_* variables are set (xoxb-…)',
      });
    }
  });

export type Env = z.output<typeof env>;

export interface Config {
  discord?: {
    token: string;
    applicationId?: string;
    mode: 'gateway' | 'http';
    publicKey?: string;
    apiUrl: string;
  };
  slack?: {
    botToken: string;
    appToken?: string;
    signingSecret?: string;
    apiUrl: string;
  };
  http: { host: string; port: number };
  databasePath: string;
  logLevel: Env['LOG_LEVEL'];
  staleAfterDays: number;
  rateLimitPerMinute: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError with one line per problem (variable name first). */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? 'environment');
        const got =
          typeof source[name] === 'string' && !/TOKEN|SECRET|KEY/.test(name)
            ? ` (got "${source[name]}")`
            : '';
        return `${name}: ${i.message}${got}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    ...(e.DISCORD_TOKEN
      ? {
          discord: {
            token: e.DISCORD_TOKEN,
            mode: e.DISCORD_MODE,
            apiUrl: e.DISCORD_API_URL,
            ...(e.DISCORD_APPLICATION_ID ? { applicationId: e.DISCORD_APPLICATION_ID } : {}),
            ...(e.DISCORD_PUBLIC_KEY ? { publicKey: e.DISCORD_PUBLIC_KEY.toLowerCase() } : {}),
          },
        }
      : {}),
    ...(e.SLACK_BOT_TOKEN
      ? {
          slack: {
            botToken: e.SLACK_BOT_TOKEN,
            apiUrl: e.SLACK_API_URL,
            ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
            ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
          },
        }
      : {}),
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT },
    databasePath: e.DATABASE_PATH,
    logLevel: e.LOG_LEVEL,
    staleAfterDays: e.STALE_AFTER_DAYS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
  };
}
