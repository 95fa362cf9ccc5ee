// Helpers for the operations tests: an in-memory log, a config without platforms, a running app, raw HTTP,
// and the app with both platforms over HTTP against their local fakes.
import { request } from 'node:http';
import { connect } from 'node:net';
import type { App } from '../../src/app.js';
import { startApp } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/log.js';
import { APP_ID, makeSigner } from '../adapters/discord/helpers.js';
import { SIGNING_SECRET, sign as slackSign } from '../adapters/slack/helpers.js';
import { FakeDiscordRest } from '../fakes/discord-rest.js';
import { FakeSlack } from '../fakes/slack-api.js';

export interface MemoryLog {
  log: Logger;
  lines: string[];
  text(): string;
  entries(): Record<string, unknown>[];
}

/** A real pino logger (redaction, masking and all) writing into memory. */
export function memoryLog(level = 'trace', secrets: readonly string[] = []): MemoryLog {
  const lines: string[] = [];
  const log = createLogger(level, { destination: { write: (s: string) => void lines.push(s) }, secrets });
  return {
    log,
    lines,
    text: () => lines.join(''),
    entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export function baseConfig(env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: '0',
    LOG_LEVEL: 'silent',
    DATABASE_PATH: ':memory:',
    ...env,
  });
}

export async function runningApp(config: Config = baseConfig(), log: Logger = memoryLog().log): Promise<App> {
  return startApp(config, log);
}

export interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function httpCall(
  port: number,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path ?? '/',
        // Framed explicitly: Node's client sends a GET body unframed, which is a different (raw) test.
        headers:
          opts.body === undefined
            ? opts.headers
            : { ...opts.headers, 'content-length': String(Buffer.byteLength(opts.body)) },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** Writes raw bytes on a fresh connection; resolves with the status line ('' when the server just closed). */
export function rawCall(port: number, bytes: Buffer | string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let settled = false;
    const done = () => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1').split('\r\n')[0] ?? '');
    };
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      if (Buffer.concat(chunks).includes('\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.on('connect', () => {
      socket.write(bytes);
      // Half-close: a request the parser still waits on gets answered or dropped, never left hanging.
      socket.end();
    });
  });
}

// ---------------------------------------------------------------- both platforms over HTTP

export interface PlatformsApp {
  app: App;
  port: number;
  discord: FakeDiscordRest;
  slack: FakeSlack;
  /** Headers Discord would send with this body (Ed25519 over timestamp + body). */
  signDiscord(body: string | Buffer, timestamp?: number): Record<string, string>;
  /** Headers Slack would send with this body (HMAC-SHA256 over `v0:<ts>:<body>`). */
  signSlack(body: string | Buffer, contentType?: string, timestamp?: number): Record<string, string>;
  stop(): Promise<void>;
}

/**
 * The real app with Discord (DISCORD_MODE=http) and Slack (HTTP receiver) both configured, each against its
 * local fake, storage in memory and the command limit out of the way.
 */
export async function platformsApp(log: Logger = memoryLog().log, env: NodeJS.ProcessEnv = {}) {
  const discord = await FakeDiscordRest.start();
  const slack = await new FakeSlack().start();
  const signer = makeSigner();
  const config = baseConfig({
    DISCORD_TOKEN: 'ops-test-discord-token',
    DISCORD_MODE: 'http',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_PUBLIC_KEY: signer.publicKeyHex,
    DISCORD_API_URL: discord.api,
    SLACK_BOT_TOKEN: 'xoxb-ops-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    RATE_LIMIT_PER_MINUTE: '10000',
    ...env,
  });
  const app = await runningApp(config, log);
  const result: PlatformsApp = {
    app,
    port: app.address.port,
    discord,
    slack,
    signDiscord: (body, timestamp) =>
      signer.headers(body, timestamp === undefined ? undefined : String(timestamp)),
    signSlack(body, contentType = 'application/x-www-form-urlencoded', ts = Math.floor(Date.now() / 1000)) {
      return {
        'content-type': contentType,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': slackSign(Buffer.from(body).toString('utf8'), ts),
      };
    },
    async stop() {
      await app.stop();
      await Promise.all([discord.close(), slack.close()]);
    },
  };
  return result;
}
