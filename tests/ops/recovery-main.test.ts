// Recovering on its own, black-box (`node dist/main.js`, as an operator runs it) against the local fakes:
// an API that is unreachable at start-up is retried until it answers, then the bot is healthy and answers;
// a refused token exits 78 with one line on stderr and no stack trace; a token revoked while running does too.
import { describe, expect, it, onTestFinished } from 'vitest';
import { APP_ID, fixture as discordFixture, makeSigner } from '../adapters/discord/helpers.js';
import { SIGNING_SECRET, sign as slackSign, slashBody } from '../adapters/slack/helpers.js';
import { FakeDiscordGateway } from '../fakes/discord-gateway.js';
import { FakeDiscordRest } from '../fakes/discord-rest.js';
import { FakeSlack } from '../fakes/slack-api.js';
import { healthOf, type MainProcess, startMain, until } from './main-process.js';
import { httpCall } from './support.js';

async function main(env: Record<string, string>): Promise<MainProcess> {
  // Short waits between attempts: 100 ms doubling, so a test sees several attempts in a second or two.
  return startMain({ STARTUP_RETRY_INITIAL_MS: '100', ...env });
}

async function discordFake(): Promise<FakeDiscordRest> {
  const fake = await FakeDiscordRest.start();
  onTestFinished(() => fake.close());
  return fake;
}

async function slackFake(socket = false): Promise<FakeSlack> {
  const fake = await new FakeSlack().start({ socket });
  onTestFinished(() => fake.close());
  return fake;
}

/** Exits 78, and stderr is exactly the one expected line: no stack trace, no second line. */
async function expectRefusedExit(m: MainProcess, line: string, refusedAt: () => number) {
  expect(await m.exited).toEqual({ code: 78, signal: null });
  // Within 5 s of Discord or Slack refusing the token (the node start-up before it is not counted).
  expect(Date.now() - refusedAt()).toBeLessThan(5_000);
  expect(m.stderr()).toBe(`${line}\n`);
  expect(m.stderr()).not.toMatch(/\n\s+at |Error:/);
  // Logged once at error too (a library may add its own line about the failed call).
  const errors = m.logs.filter((l) => l.level === 50 && l.msg === line);
  expect(errors).toHaveLength(1);
}

function slackHeaders(body: string) {
  const ts = Math.floor(Date.now() / 1000);
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': slackSign(body, ts),
  };
}

/** The start-up policy's warn lines (one per failed attempt), without the libraries' own. */
const warnings = (m: MainProcess) => m.logs.filter((l) => l.level === 40 && typeof l.call === 'string');

describe('a refused token at start-up exits 78 with one line', () => {
  it('Discord gateway: 401 on GET /gateway/bot', async () => {
    const fake = await discordFake();
    fake.fail('GET', /^\/gateway\/bot$/, 401, { message: '401: Unauthorized', code: 0 }, 100);
    let refusedAt = 0;
    void fake
      .waitFor((r) => r.path === '/gateway/bot')
      .then(() => {
        refusedAt = Date.now();
      });
    const m = await main({ DISCORD_TOKEN: 'refused-discord-token', DISCORD_API_URL: fake.api });
    await expectRefusedExit(
      m,
      'DISCORD_TOKEN was refused by Discord (401): reset the token on the Bot page of the Discord Developer Portal and update .env',
      () => refusedAt,
    );
    // Refused once, not retried.
    expect(fake.requests.filter((r) => r.path === '/gateway/bot')).toHaveLength(1);
  });

  it('Discord HTTP mode: 401 on GET /users/@me', async () => {
    const fake = await discordFake();
    fake.fail('GET', /^\/users\/@me$/, 401, { message: '401: Unauthorized', code: 0 }, 100);
    let refusedAt = 0;
    void fake
      .waitFor((r) => r.path === '/users/@me')
      .then(() => {
        refusedAt = Date.now();
      });
    const m = await main({
      DISCORD_TOKEN: 'refused-discord-token',
      DISCORD_MODE: 'http',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_PUBLIC_KEY: makeSigner().publicKeyHex,
      DISCORD_API_URL: fake.api,
    });
    await expectRefusedExit(
      m,
      'DISCORD_TOKEN was refused by Discord (401): reset the token on the Bot page of the Discord Developer Portal and update .env',
      () => refusedAt,
    );
  });

  it('Slack over HTTP: auth.test answers invalid_auth', async () => {
    const fake = await slackFake();
    fake.script('auth.test', { body: { ok: false, error: 'invalid_auth' } });
    let refusedAt = 0;
    void fake.next('auth.test').then(() => {
      refusedAt = Date.now();
    });
    const m = await main({
      SLACK_BOT_TOKEN: 'xoxb-refused-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    await expectRefusedExit(
      m,
      'SLACK_BOT_TOKEN was refused by Slack (invalid_auth): reinstall the app on OAuth & Permissions at api.slack.com/apps, copy the new xoxb- token and update .env',
      () => refusedAt,
    );
    expect(fake.callsTo('auth.test')).toHaveLength(1);
  });

  it('Slack Socket Mode: apps.connections.open answers invalid_auth for the app token', async () => {
    const fake = await slackFake(true);
    fake.script('apps.connections.open', { body: { ok: false, error: 'invalid_auth' } });
    let refusedAt = 0;
    void fake.next('apps.connections.open').then(() => {
      refusedAt = Date.now();
    });
    const m = await main({
      SLACK_BOT_TOKEN: 'xoxb-good-token',
      SLACK_APP_TOKEN: 'xapp-refused-token',
      SLACK_API_URL: fake.apiUrl,
    });
    await expectRefusedExit(
      m,
      'SLACK_APP_TOKEN was refused by Slack (invalid_auth): generate an app-level token with connections:write on Basic Information at api.slack.com/apps and update .env',
      () => refusedAt,
    );
  });
});

describe('an API unreachable at start-up is retried until it answers', () => {
  it('Slack over HTTP: connections refused, then it comes up; healthy on its own and answers a command', async () => {
    const fake = await slackFake();
    await fake.down('refuse');
    const m = await main({
      SLACK_BOT_TOKEN: 'xoxb-recovery-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    // /healthz answers meanwhile: starting, with the failed attempts and what they ran into.
    const starting = await until(m, async () => {
      const h = await healthOf(m);
      // The warn lines arrive through a pipe: wait for them too.
      return (h?.platforms.slack?.attempts ?? 0) >= 2 && warnings(m).length >= 2 ? h : undefined;
    });
    expect(starting).toMatchObject({
      httpStatus: 200,
      status: 'degraded',
      platforms: { slack: { state: 'starting', mode: 'http', lastError: 'refused' } },
    });
    const warned = warnings(m);
    expect(warned.length).toBeGreaterThanOrEqual(2);
    expect(warned[0]).toMatchObject({ platform: 'slack', call: 'auth.test', attempt: 1, kind: 'refused' });
    expect(String(warned[0]?.msg)).toMatch(
      /^slack: auth\.test failed \(connection refused\); retrying in \d+ ms$/,
    );

    await fake.up();
    const ready = await until(m, async () => {
      const h = await healthOf(m);
      return h?.platforms.slack?.state === 'ready' ? h : undefined;
    });
    expect(ready).toMatchObject({ httpStatus: 200, status: 'ok' });
    expect(ready.platforms.slack).not.toHaveProperty('attempts');

    const body = slashBody('slash-optout-desktop.form', fake);
    const res = await httpCall(m.port, {
      method: 'POST',
      path: '/slack/events',
      headers: slackHeaders(body),
      body,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ response_type: 'ephemeral' });
    m.proc.kill('SIGTERM');
    expect(await m.exited).toEqual({ code: 0, signal: null });
    expect(m.stderr()).toBe('');
  });

  it('Discord HTTP mode: 503 for a while, then it comes up; healthy on its own and answers an interaction', async () => {
    const fake = await discordFake();
    await fake.down('unavailable');
    const signer = makeSigner();
    const m = await main({
      DISCORD_TOKEN: 'recovery-discord-token',
      DISCORD_MODE: 'http',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_API_URL: fake.api,
    });
    const starting = await until(m, async () => {
      const h = await healthOf(m);
      // The warn lines arrive through a pipe: wait for them too.
      return (h?.platforms.discord?.attempts ?? 0) >= 2 && warnings(m).length >= 2 ? h : undefined;
    });
    expect(starting?.platforms.discord).toMatchObject({ state: 'starting', mode: 'http', lastError: 'http' });
    expect(warnings(m)[0]).toMatchObject({
      platform: 'discord',
      call: 'GET /users/@me',
      kind: 'http',
      status: 503,
    });
    expect(String(warnings(m)[0]?.msg)).toMatch(
      /^discord: GET \/users\/@me failed \(HTTP 503\); retrying in/,
    );

    await fake.up();
    await until(m, async () => ((await healthOf(m))?.status === 'ok' ? true : undefined));
    const body = JSON.stringify(discordFixture('command-optout-desktop'));
    const res = await httpCall(m.port, {
      method: 'POST',
      path: '/discord/interactions',
      headers: signer.headers(body),
      body,
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ type: 4 });
    m.proc.kill('SIGTERM');
    expect(await m.exited).toEqual({ code: 0, signal: null });
  });

  it('Discord gateway: GET /gateway/bot failing with 503 is retried, shown in /healthz, and SIGTERM still stops cleanly', async () => {
    const fake = await discordFake();
    fake.fail('GET', /^\/gateway\/bot$/, 503, { message: '503: Service Unavailable', code: 0 }, 1_000);
    const m = await main({ DISCORD_TOKEN: 'gateway-recovery-token', DISCORD_API_URL: fake.api });
    const starting = await until(m, async () => {
      const h = await healthOf(m);
      // The warn lines arrive through a pipe: wait for them too.
      return (h?.platforms.discord?.attempts ?? 0) >= 2 && warnings(m).length >= 2 ? h : undefined;
    });
    expect(starting?.platforms.discord).toMatchObject({
      state: 'starting',
      mode: 'gateway',
      lastError: 'http',
    });
    expect(warnings(m)[0]).toMatchObject({ platform: 'discord', kind: 'http', status: 503 });
    m.proc.kill('SIGTERM');
    expect(await m.exited).toEqual({ code: 0, signal: null });
    expect(m.stderr()).toBe('');
  });
});

describe('Discord gateway comes up by itself once Discord answers', () => {
  it('started while GET /gateway/bot answers 503, it identifies through the gateway and turns ready', async () => {
    const gateway = await FakeDiscordGateway.start();
    onTestFinished(() => gateway.close());
    const fake = (await discordFake()).useGateway(gateway);
    fake.fail('GET', /^\/gateway\/bot$/, 503, { message: '503: Service Unavailable', code: 0 }, 3);
    const m = await main({ DISCORD_TOKEN: 'gateway-comes-back-token', DISCORD_API_URL: fake.api });
    const ready = await until(m, async () => {
      const h = await healthOf(m);
      return h?.platforms.discord?.state === 'ready' ? h : undefined;
    });
    expect(ready).toMatchObject({ status: 'ok', platforms: { discord: { mode: 'gateway' } } });
    // Three refused attempts, then one that went through: one IDENTIFY, no second connection.
    expect(fake.requests.filter((r) => r.path === '/gateway/bot').length).toBeGreaterThanOrEqual(4);
    expect(gateway.identifies).toHaveLength(1);
    m.proc.kill('SIGTERM');
    expect(await m.exited).toEqual({ code: 0, signal: null });
  });
});

describe('a token revoked while running exits 78 with the reason in the log', () => {
  it('Slack: token_revoked on chat.postMessage with SLACK_BOT_TOKEN', async () => {
    const fake = await slackFake();
    const m = await main({
      SLACK_BOT_TOKEN: 'xoxb-soon-revoked',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    });
    await until(m, async () => ((await healthOf(m))?.status === 'ok' ? true : undefined));
    fake.script('chat.postMessage', { body: { ok: false, error: 'token_revoked' } });
    let refusedAt = 0;
    void fake.next('chat.postMessage').then(() => {
      refusedAt = Date.now();
    });
    // Pinning a reminder posts with the bot token.
    const body = slashBody('slash-reminder-pin.form', fake);
    await httpCall(m.port, {
      method: 'POST',
      path: '/slack/events',
      headers: slackHeaders(body),
      body,
    }).catch(() => undefined);
    const line =
      'SLACK_BOT_TOKEN was refused by Slack while running (token_revoked): reinstall the app on OAuth & Permissions at api.slack.com/apps, copy the new xoxb- token and update .env';
    await expectRefusedExit(m, line, () => refusedAt);
    expect(m.logs.find((l) => l.msg === line)).toMatchObject({
      platform: 'slack',
      code: 'token_revoked',
      phase: 'running',
    });
    // It stopped through the lifecycle: in-flight work finished, then "stopped".
    expect(m.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  });

  it('Discord: 401 on a channel message with DISCORD_TOKEN', async () => {
    const fake = await discordFake();
    const signer = makeSigner();
    const m = await main({
      DISCORD_TOKEN: 'soon-revoked-discord-token',
      DISCORD_MODE: 'http',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_API_URL: fake.api,
    });
    await until(m, async () => ((await healthOf(m))?.status === 'ok' ? true : undefined));
    fake.fail('POST', /^\/channels\/\d+\/messages$/, 401, { message: '401: Unauthorized', code: 0 }, 10);
    let refusedAt = 0;
    void fake
      .waitFor((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path))
      .then(() => {
        refusedAt = Date.now();
      });
    const body = JSON.stringify(discordFixture('command-reminder-pin'));
    await httpCall(m.port, {
      method: 'POST',
      path: '/discord/interactions',
      headers: signer.headers(body),
      body,
    }).catch(() => undefined);
    const line =
      'DISCORD_TOKEN was refused by Discord while running (401): reset the token on the Bot page of the Discord Developer Portal and update .env';
    await expectRefusedExit(m, line, () => refusedAt);
    expect(m.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  });
});
