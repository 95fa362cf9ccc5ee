// Shared by the Slack tests: fixtures, real HMAC signing, and the real app started against the fake Slack.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSlackRuntime, type SlackRuntimeOptions } from '../../src/adapters/slack/runtime.js';
import type { App, PlatformRuntime, Services } from '../../src/app.js';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import { FakeSlack } from '../fakes/slack-api.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789ab';

const fixtureDir = new URL('../fixtures/slack/', import.meta.url);

export function fixture(name: string): string {
  return readFileSync(new URL(name, fixtureDir), 'utf8');
}

/** A slash-command body from a fixture, with the response_url at the fake and fields overridden. */
export function slashBody(name: string, fake: FakeSlack, overrides: Record<string, string> = {}): string {
  const form = new URLSearchParams(
    fixture(name).replace('__RESPONSE_URL__', encodeURIComponent(fake.responseUrl())),
  );
  for (const [k, v] of Object.entries(overrides)) form.set(k, v);
  return form.toString();
}

/** An interaction body (`payload=<json>`) from a JSON fixture, with `patch` applied on top. */
export function interactionBody(
  name: string,
  fake: FakeSlack,
  patch: (p: Record<string, unknown>) => void = () => {},
) {
  const payload = JSON.parse(fixture(name).replace('__RESPONSE_URL__', fake.responseUrl())) as Record<
    string,
    unknown
  >;
  patch(payload);
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface PostOptions {
  contentType?: string;
  timestamp?: number;
  signature?: string | null;
  headers?: Record<string, string>;
}

/** POSTs to /slack/events, signed for real unless told otherwise. */
export async function postSlack(base: string, body: string, opts: PostOptions = {}) {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    ...opts.headers,
  };
  const signature = opts.signature === undefined ? sign(body, timestamp) : opts.signature;
  if (signature !== null) headers['x-slack-signature'] = signature;
  const res = await fetch(`${base}/slack/events`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

export interface Bot {
  app: App;
  fake: FakeSlack;
  base: string;
  stop(): Promise<void>;
}

/** The real app, as `npm start` builds it, with Slack over HTTP against the fake. */
export async function startSlackBot(env: Record<string, string> = {}): Promise<Bot> {
  const fake = await new FakeSlack().start({ socket: true });
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    HTTP_PORT: '0',
    HTTP_HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATABASE_PATH: ':memory:',
    // One test user sends many commands; the limit itself has its own test.
    RATE_LIMIT_PER_MINUTE: '10000',
    ...env,
  });
  const app = await startApp(config, createLogger('silent'));
  return {
    app,
    fake,
    base: `http://127.0.0.1:${app.address.port}`,
    async stop() {
      await app.stop();
      await fake.close();
    },
  };
}

/** Every `<!` (a broadcast mention) or `<@` left unescaped anywhere in a Block Kit payload. */
export function unescapedMentions(value: unknown): string[] {
  return (JSON.stringify(value).match(/<[!@#][^>]*>?/g) ?? []).filter(Boolean);
}

export interface AttachedSlack {
  app: App;
  services: Services;
  runtime: PlatformRuntime;
  fake: FakeSlack;
  base: string;
  stop(): Promise<void>;
}

/**
 * The app started with no platform, then the Slack runtime attached by hand with test-only options
 * (a clock, shorter budgets) that `npm start` never sets.
 */
export async function attachSlack(
  env: Record<string, string>,
  opts: SlackRuntimeOptions = {},
): Promise<AttachedSlack> {
  const fake = await new FakeSlack().start({ socket: true });
  const app = await startApp(
    loadConfig({
      HTTP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      DATABASE_PATH: ':memory:',
      RATE_LIMIT_PER_MINUTE: '10000',
    }),
    createLogger('silent'),
  );
  const slack = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_API_URL: fake.apiUrl, ...env }).slack;
  if (!slack) throw new Error('no Slack config');
  // The same services object the app's core reads, so a test's stub reminder port reaches the pipeline.
  const services: Services = app.services;
  services.config = { ...services.config, slack };
  const runtime = await createSlackRuntime(services, { retryConfig: { retries: 0 }, ...opts });
  await runtime.start();
  return {
    app,
    services,
    runtime,
    fake,
    base: `http://127.0.0.1:${app.address.port}`,
    async stop() {
      await app.stop();
      await runtime.stop();
      await fake.close();
    },
  };
}
