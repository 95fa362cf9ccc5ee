// Environment → typed Config, validated with zod. Every problem is reported at once, one line each, naming
// the variable and what it expects. Fields are checked one by one (not as one object) so that the rules
// between variables are checked even when a single value is malformed: the operator sees the whole list.
import { z } from 'zod';
import { parseEncryptionKey } from './storage/crypto.js';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** A whole number within bounds, or the default when unset. */
const int = (fallback: number, min: number, max: number) =>
  optional
    .transform((v) => (v === undefined ? fallback : /^-?\d+$/.test(v) ? Number(v) : Number.NaN))
    .pipe(
      z
        .number({ error: `expected a whole number from ${min} to ${max}` })
        .int(`expected a whole number from ${min} to ${max}`)
        .min(min, `expected a whole number from ${min} to ${max}`)
        .max(max, `expected a whole number from ${min} to ${max}`),
    );

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  optional.pipe(z.enum(values, { error: `expected one of ${values.join(', ')}` }).default(fallback as never));

const httpUrl = (fallback: string) =>
  optional.pipe(
    z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).default(fallback),
  );

/** 32 bytes, as 64 hex characters or standard base64; the key that encrypts stored workspace tokens. */
/** The public base URL: an origin and optional path, no query or fragment, no trailing slash kept. */
const publicUrl = optional.pipe(
  z
    .url({
      protocol: /^https?$/,
      error: 'expected the public http(s) base URL, e.g. https://bot.example.org',
    })
    .refine((v) => !/[?#]/.test(v), 'expected no query or fragment')
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const fields = {
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional.pipe(
    z
      .string()
      .regex(/^\d{17,20}$/, 'expected the numeric application id (17 to 20 digits)')
      .optional(),
  ),
  DISCORD_MODE: oneOf(['gateway', 'http'], 'gateway'),
  DISCORD_PUBLIC_KEY: optional.pipe(
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'expected 64 hex characters (the application public key)')
      .optional(),
  ),
  DISCORD_API_URL: httpUrl('https://discord.com/api'),
  DISCORD_REST_REQUESTS_PER_SECOND: int(50, 1, 10_000),
  DISCORD_SHARD_COUNT: optional.transform((v, ctx) => {
    if (v === undefined || v === 'auto') return 'auto' as const;
    if (/^\d{1,5}$/.test(v) && Number(v) >= 1) return Number(v);
    ctx.addIssue({ code: 'custom', message: 'expected auto or a whole number of shards from 1' });
    return z.NEVER;
  }),
  DISCORD_SHARD_IDS: optional.transform((v, ctx) => {
    if (v === undefined || v === 'all') return 'all' as const;
    if (/^\d{1,5}(\s*,\s*\d{1,5})*$/.test(v))
      return [...new Set(v.split(',').map((id) => Number(id.trim())))].sort((a, b) => a - b);
    ctx.addIssue({ code: 'custom', message: 'expected all or shard ids separated by commas, e.g. 0,1' });
    return z.NEVER;
  }),
  SLACK_BOT_TOKEN: optional.pipe(
    z.string().startsWith('xoxb-', 'expected a bot token starting with xoxb-').optional(),
  ),
  SLACK_APP_TOKEN: optional.pipe(
    z.string().startsWith('xapp-', 'expected an app-level token starting with xapp-').optional(),
  ),
  SLACK_SIGNING_SECRET: optional,
  SLACK_API_URL: httpUrl('https://slack.com/api/'),
  SLACK_CLIENT_ID: optional.pipe(
    z
      .string()
      .regex(/^\d+\.\d+$/, 'expected the client id from Basic Information (digits.digits)')
      .optional(),
  ),
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional.pipe(
    z.string().min(16, 'expected at least 16 random characters (it signs the OAuth state)').optional(),
  ),
  PUBLIC_URL: publicUrl,
  SLACK_REMINDER_MANAGERS: oneOf(['admins', 'everyone'], 'admins'),
  HTTP_HOST: optional.pipe(z.string().default('0.0.0.0')),
  HTTP_PORT: int(3000, 0, 65535),
  DATABASE_PATH: optional.pipe(z.string().default('./data/bot.sqlite')),
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'expected a postgres:// URL (postgres://user:password@host:5432/db)')
      .optional(),
  ),
  REDIS_URL: optional.pipe(
    z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'expected a redis:// or rediss:// URL (redis://host:6379)')
      .optional(),
  ),
  ENCRYPTION_KEY: optional.pipe(
    z
      .string()
      .transform((v, c) => {
        const key = parseEncryptionKey(v);
        if (!key)
          c.addIssue({ code: 'custom', message: 'expected 32 bytes as 64 hex characters or as base64' });
        return key ?? z.NEVER;
      })
      .optional(),
  ),
  LOG_LEVEL: oneOf(LOG_LEVELS, 'info'),
  STALE_AFTER_DAYS: int(180, 1, 3650),
  RATE_LIMIT_PER_MINUTE: int(10, 1, 10_000),
  // For tests: the first wait of the start-up retries (doubling up to 60 times it).
  STARTUP_RETRY_INITIAL_MS: int(1_000, 10, 60_000),
  // Drills and tests: a short lease makes a killed replica's reminders go to another one sooner.
  REMINDER_LEASE_SECONDS: int(120, 1, 3600),
  REMINDER_TICK_SECONDS: int(60, 1, 3600),
};

type Fields = typeof fields;
export type Env = { [K in keyof Fields]: z.output<Fields[K]> };

/** Variables whose values are never printed, even when malformed. URLs may carry credentials. */
const SECRET = /TOKEN|SECRET|KEY|URL/;

function shown(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a value echoed to a terminal must not carry escapes.
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

function crossChecks(e: Partial<Env>): [keyof Env, string][] {
  const out: [keyof Env, string][] = [];
  const discordHttp = e.DISCORD_TOKEN && e.DISCORD_MODE === 'http';
  if (discordHttp && !e.DISCORD_APPLICATION_ID)
    out.push(['DISCORD_APPLICATION_ID', 'required when DISCORD_MODE=http (the numeric application id)']);
  if (discordHttp && !e.DISCORD_PUBLIC_KEY)
    out.push(['DISCORD_PUBLIC_KEY', 'required when DISCORD_MODE=http (64 hex characters)']);
  const count = e.DISCORD_SHARD_COUNT;
  const ids = e.DISCORD_SHARD_IDS;
  if (typeof count === 'number' && Array.isArray(ids) && ids.some((id) => id >= count))
    out.push([
      'DISCORD_SHARD_IDS',
      `expected shard ids below DISCORD_SHARD_COUNT (${count}): 0 to ${count - 1}`,
    ]);
  const oauth = Boolean(e.SLACK_CLIENT_ID || e.SLACK_CLIENT_SECRET);
  if (oauth) {
    if (!e.SLACK_CLIENT_ID)
      out.push(['SLACK_CLIENT_ID', 'required with SLACK_CLIENT_SECRET (Basic Information)']);
    if (!e.SLACK_CLIENT_SECRET)
      out.push(['SLACK_CLIENT_SECRET', 'required with SLACK_CLIENT_ID (Basic Information)']);
    if (e.SLACK_BOT_TOKEN)
      out.push([
        'SLACK_BOT_TOKEN',
        'leave it unset with SLACK_CLIENT_ID/SLACK_CLIENT_SECRET: each workspace gets its token by installing',
      ]);
    const needs = 'required for Slack OAuth (SLACK_CLIENT_ID/SLACK_CLIENT_SECRET)';
    if (!e.SLACK_STATE_SECRET) out.push(['SLACK_STATE_SECRET', `${needs}: a long random string`]);
    if (!e.ENCRYPTION_KEY) out.push(['ENCRYPTION_KEY', `${needs}: 32 random bytes, hex or base64`]);
    if (!e.SLACK_SIGNING_SECRET) out.push(['SLACK_SIGNING_SECRET', `${needs}: Basic Information`]);
    if (!e.PUBLIC_URL) out.push(['PUBLIC_URL', `${needs}: the https base URL Slack redirects back to`]);
  } else {
    if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET)
      out.push([
        'SLACK_SIGNING_SECRET',
        'required for Slack over HTTP (or set SLACK_APP_TOKEN, xapp-…, for Socket Mode)',
      ]);
    if (!e.SLACK_BOT_TOKEN && (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_STATE_SECRET))
      out.push([
        'SLACK_BOT_TOKEN',
        'required when other SLACK_* variables are set (a bot token starting with xoxb-, or, for OAuth, SLACK_CLIENT_ID and the client secret)',
      ]);
  }
  return out;
}

/** Checks every variable; returns the typed values or one line per problem. */
export function parseEnv(
  source: NodeJS.ProcessEnv,
): { ok: true; env: Env } | { ok: false; problems: string[] } {
  const values: Partial<Record<keyof Env, unknown>> = {};
  const problems: string[] = [];
  for (const name of Object.keys(fields) as (keyof Fields)[]) {
    const raw = source[name];
    const r = fields[name].safeParse(raw);
    if (r.success) {
      values[name] = r.data;
      continue;
    }
    const got = typeof raw === 'string' && !SECRET.test(name) ? ` (got "${shown(raw)}")` : '';
    const messages = [...new Set(r.error.issues.map((i) => i.message))];
    problems.push(`${name}: ${messages.join('; ')}${got}`);
  }
  // Cross-variable rules only need to know what is present, so they run on raw presence when a value failed.
  const present = Object.fromEntries(
    Object.keys(fields).map((n) => [
      n,
      values[n as keyof Env] ?? (source[n]?.trim() ? source[n] : undefined),
    ]),
  ) as Partial<Env>;
  for (const [name, message] of crossChecks(present)) problems.push(`${name}: ${message}`);
  return problems.length ? { ok: false, problems } : { ok: true, env: values as Env };
}

export interface Config {
  discord?: {
    token: string;
    applicationId?: string;
    mode: 'gateway' | 'http';
    publicKey?: string;
    apiUrl: string;
    /** This process's share of Discord's global REST limit per bot (50/s): replicas split it. */
    restRequestsPerSecond: number;
    /** Gateway shards: the total (`auto` asks Discord) and the ones this process runs (`all` of them by default). */
    shards: { count: number | 'auto'; ids: number[] | 'all' };
  };
  slack?: {
    /** Single-workspace mode; absent with OAuth, where every workspace's token comes from its installation. */
    botToken?: string;
    appToken?: string;
    signingSecret?: string;
    apiUrl: string;
    oauth?: { clientId: string; clientSecret: string; stateSecret: string };
    /** Who may pin, unpin and reschedule the channel reminder: workspace owners and admins, or any member. */
    reminderManagers: 'admins' | 'everyone';
  };
  /** The public base URL without a trailing slash (install page links, OAuth redirect). */
  publicUrl?: string;
  http: { host: string; port: number };
  databasePath: string;
  /** postgres://…: PostgreSQL instead of the SQLite file; replicas share it. */
  databaseUrl?: string;
  /** redis://…: rate limits shared by every replica; without it, each replica counts on its own. */
  redisUrl?: string;
  /** The 32 bytes of ENCRYPTION_KEY: the tally key and the workspace-token key are derived from it. */
  encryptionKey?: Buffer;
  logLevel: Env['LOG_LEVEL'];
  staleAfterDays: number;
  rateLimitPerMinute: number;
  /** The first wait between start-up attempts (doubling to 60 times it); only tests change it. Default 1 s. */
  startupRetryInitialMs?: number;
  /** How long a replica holds a reminder it is posting before another may take it over; how often due ones are looked for. */
  reminders?: { leaseMs: number; tickMs: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError with one line per problem (variable name first). */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = parseEnv(source);
  if (!parsed.ok) throw new ConfigError(parsed.problems);
  const e = parsed.env;
  return {
    ...(e.DISCORD_TOKEN
      ? {
          discord: {
            token: e.DISCORD_TOKEN,
            mode: e.DISCORD_MODE,
            apiUrl: e.DISCORD_API_URL,
            restRequestsPerSecond: e.DISCORD_REST_REQUESTS_PER_SECOND,
            shards: { count: e.DISCORD_SHARD_COUNT, ids: e.DISCORD_SHARD_IDS },
            ...(e.DISCORD_APPLICATION_ID ? { applicationId: e.DISCORD_APPLICATION_ID } : {}),
            ...(e.DISCORD_PUBLIC_KEY ? { publicKey: e.DISCORD_PUBLIC_KEY.toLowerCase() } : {}),
          },
        }
      : {}),
    ...(e.SLACK_BOT_TOKEN || (e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET)
      ? {
          slack: {
            apiUrl: e.SLACK_API_URL,
            ...(e.SLACK_BOT_TOKEN ? { botToken: e.SLACK_BOT_TOKEN } : {}),
            reminderManagers: e.SLACK_REMINDER_MANAGERS,
            ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
            ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
            ...(e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET
              ? {
                  oauth: {
                    clientId: e.SLACK_CLIENT_ID,
                    clientSecret: e.SLACK_CLIENT_SECRET,
                    stateSecret: e.SLACK_STATE_SECRET,
                  },
                }
              : {}),
          },
        }
      : {}),
    ...(e.PUBLIC_URL ? { publicUrl: e.PUBLIC_URL } : {}),
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT },
    databasePath: e.DATABASE_PATH,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    ...(e.REDIS_URL ? { redisUrl: e.REDIS_URL } : {}),
    ...(e.ENCRYPTION_KEY ? { encryptionKey: e.ENCRYPTION_KEY } : {}),
    logLevel: e.LOG_LEVEL,
    staleAfterDays: e.STALE_AFTER_DAYS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    startupRetryInitialMs: e.STARTUP_RETRY_INITIAL_MS,
    reminders: { leaseMs: e.REMINDER_LEASE_SECONDS * 1000, tickMs: e.REMINDER_TICK_SECONDS * 1000 },
  };
}

/** sysexits.h EX_CONFIG: the configuration must be fixed before a restart can help. */
export const EX_CONFIG = 78;

/** For CLI entry points: the Config, or EX_CONFIG after one line per problem on stderr (never a stack trace). */
export function loadConfigOrReport(source: NodeJS.ProcessEnv = process.env): Config | typeof EX_CONFIG {
  try {
    return loadConfig(source);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const line of err.problems) process.stderr.write(`config: ${line}\n`);
    return EX_CONFIG;
  }
}
