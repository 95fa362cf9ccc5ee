// Discord test helpers: fixtures, a real Ed25519 signer, and Services wired like startApp's (with a fixed clock).
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { Connections } from '../../../src/adapters/connection/policy.js';
import { type App, type PlatformRuntime, type Services, startApp } from '../../../src/app.js';
import { commands } from '../../../src/commands/index.js';
import { loadConfig } from '../../../src/config.js';
import { createCore } from '../../../src/core/factory.js';
import { Health } from '../../../src/http/health.js';
import { Metrics } from '../../../src/http/metrics.js';
import { HttpServer } from '../../../src/http/server.js';
import { createLogger, type Logger } from '../../../src/log.js';
import { FakeDiscordRest } from '../../fakes/discord-rest.js';
import { FIXED_NOW } from '../../helpers.js';

export const APP_ID = '1100000000000000004';
export const GUILD_ID = '1100000000000000001';
export const CHANNEL_ID = '1100000000000000002';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are raw JSON payloads, edited freely by tests.
export function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`../../fixtures/discord/${name}.json`, import.meta.url), 'utf8'));
}

export interface Signer {
  publicKeyHex: string;
  headers(body: string | Buffer, timestamp?: string): Record<string, string>;
}

/** A fresh key pair per suite; requests are signed exactly as Discord signs them (timestamp + body). */
export function makeSigner(): Signer {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  const publicKeyHex = Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
  return {
    publicKeyHex,
    headers(body, timestamp = String(Math.floor(Date.now() / 1000))) {
      const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), privateKey);
      return {
        'content-type': 'application/json',
        'x-signature-ed25519': signature.toString('hex'),
        'x-signature-timestamp': timestamp,
      };
    },
  };
}

export const silentLog = createLogger('silent');

/** Services as startApp builds them, minus listening; the context clock is fixed so replies are stable. */
export function makeServices(env: Record<string, string>): Services {
  const config = loadConfig(env);
  const metrics = new Metrics(
    commands.map((c) => c.spec),
    { defaultMetrics: false },
  );
  // Tests attach a stub reminder port by setting `services.reminders`; the core reads it per request.
  const core = createCore({
    commandsPerMinute: config.rateLimitPerMinute,
    staleAfterDays: config.staleAfterDays,
    now: () => FIXED_NOW,
    reminders: () => services.reminders,
    metrics,
    log: silentLog,
  });
  const health = new Health();
  const services: Services = {
    config,
    log: silentLog,
    dispatcher: core.dispatcher,
    pipeline: core.pipeline,
    http: new HttpServer({ log: silentLog }),
    health,
    connections: new Connections({ health, log: silentLog }),
    metrics,
    limits: core.limits,
    onStop: () => {},
    channels: new Map(),
    context: core.context,
  };
  return services;
}

/** Every string anywhere in a JSON value, for "nothing in this body can ping" checks. */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/**
 * The real app with Discord in HTTP mode against a fake REST server, as `npm start` builds it. Many requests
 * come from the same test members, so the per-user limit is lifted (it has its own test).
 */
export async function startDiscordHttpApp(opts: {
  publicKeyHex: string;
  apiUrl: string;
  databasePath?: string;
  env?: Record<string, string>;
}): Promise<{ app: App; url: string }> {
  const config = loadConfig({
    DISCORD_TOKEN: 'test-token',
    DISCORD_MODE: 'http',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_PUBLIC_KEY: opts.publicKeyHex,
    DISCORD_API_URL: opts.apiUrl,
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_PATH: opts.databasePath ?? ':memory:',
    RATE_LIMIT_PER_MINUTE: '10000',
    ...opts.env,
  });
  const app = await startApp(config, silentLog);
  return { app, url: `http://127.0.0.1:${app.address.port}/discord/interactions` };
}

/**
 * The app's Discord runtime in gateway mode (real discord.js) against a fake REST server and a fake gateway,
 * started and waited on until /healthz would show it ready.
 */
export async function startDiscordGatewayRuntime(opts: {
  apiUrl: string;
  env?: Record<string, string>;
  log?: Logger;
}): Promise<{ services: Services; runtime: PlatformRuntime }> {
  const { createDiscordRuntime } = await import('../../../src/adapters/discord/runtime.js');
  const services = makeServices({
    DISCORD_TOKEN: 'gateway-test-token',
    DISCORD_API_URL: opts.apiUrl,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '10000',
    ...opts.env,
  });
  if (opts.log) services.log = opts.log;
  const runtime = await createDiscordRuntime(services);
  await runtime.start();
  await until(() => services.health.report().platforms.discord?.state === 'ready');
  return { services, runtime };
}

/** Polls `check` every 20 ms until it holds; rejects after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition never held');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The app of `startDiscordHttpApp` for a whole test file: started before its tests and stopped after them. */
export interface DiscordHttpSuite {
  readonly signer: Signer;
  /** Set once the file's tests run. */
  fake: FakeDiscordRest;
  app: App;
  url: string;
}

export function useDiscordHttpApp(): DiscordHttpSuite {
  const suite = { signer: makeSigner() } as DiscordHttpSuite;
  beforeAll(async () => {
    suite.fake = await FakeDiscordRest.start();
    const { app, url } = await startDiscordHttpApp({
      publicKeyHex: suite.signer.publicKeyHex,
      apiUrl: suite.fake.api,
    });
    suite.app = app;
    suite.url = url;
  });
  afterAll(async () => {
    await suite.app?.stop();
    await suite.fake?.close();
  });
  return suite;
}
