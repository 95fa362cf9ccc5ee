// Shared by the Slack OAuth tests: the real app started with OAuth against the fake Slack, and the install
// flow driven the way a browser follows it (redirects, the state cookie, the fake's "Allow" link).
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '../../../src/app.js';
import { type StartOptions, startApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import type { FakeSlack, FakeWorkspace } from '../../fakes/slack-api.js';
import { SIGNING_SECRET } from './helpers.js';

export const ENCRYPTION_KEY = 'a3f1c2d4e5b60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

export const TEAM_A: FakeWorkspace = {
  teamId: 'T0AAAAAA1',
  teamName: 'Acme',
  botToken: 'xoxb-acme-1111-secret',
};
export const TEAM_B: FakeWorkspace = {
  teamId: 'T0BBBBBB2',
  teamName: 'Beta <Co>',
  botToken: 'xoxb-beta-2222-secret',
};

/** A port that was free a moment ago: PUBLIC_URL must name it before the app listens. */
export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((resolve) => srv.close(() => resolve()));
  return port;
}

export interface OAuthBot {
  app: App;
  base: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

export function oauthEnv(fake: FakeSlack, port: number, databasePath: string): Record<string, string> {
  return {
    SLACK_CLIENT_ID: '1111111111.2222222222',
    SLACK_CLIENT_SECRET: 'client-secret-for-tests',
    SLACK_STATE_SECRET: 'state-secret-for-tests-0123456789',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    ENCRYPTION_KEY,
    SLACK_API_URL: fake.apiUrl,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: String(port),
    LOG_LEVEL: 'silent',
    DATABASE_PATH: databasePath,
    RATE_LIMIT_PER_MINUTE: '10000',
  };
}

export async function startOAuthBot(env: Record<string, string>, opts: StartOptions = {}): Promise<OAuthBot> {
  const app = await startApp(loadConfig(env), createLogger('silent'), opts);
  return { app, env, base: `http://127.0.0.1:${app.address.port}`, stop: () => app.stop() };
}

export function tempDatabase(): { path: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'slack-oauth-'));
  return { path: join(dir, 'bot.sqlite'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface InstallRun {
  status: number;
  html: string;
  /** The redirect back to the app, with code and state, as the browser followed it. */
  callbackUrl: string;
  cookie: string;
}

/** Follows "Add to Slack" to the fake authorize page, clicks Allow, and returns the app's answer. */
export async function installThrough(base: string, fake: FakeSlack, ws: FakeWorkspace): Promise<InstallRun> {
  fake.installQueue.push(ws);
  const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`/slack/install answered ${start.status}`);
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const page = await (await fetch(start.headers.get('location') ?? '')).text();
  const allow = /id="allow" href="([^"]+)"/.exec(page)?.[1]?.replaceAll('&amp;', '&');
  if (!allow) throw new Error('no Allow link on the authorize page');
  const back = await fetch(allow, { headers: { cookie }, redirect: 'manual' });
  return { status: back.status, html: await back.text(), callbackUrl: allow, cookie };
}
