// /healthz and /metrics on a running app (alone, and with Discord and Slack both over HTTP against their
// fakes), and the label guards of the metrics registry.
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { commands } from '../../src/commands/index.js';
import { Health } from '../../src/http/health.js';
import { Metrics } from '../../src/http/metrics.js';
import { fixture as discordFixture } from '../adapters/discord/helpers.js';
import { slashBody } from '../adapters/slack/helpers.js';
import { httpCall, type PlatformsApp, platformsApp, runningApp } from '../ops/support.js';

const apps: App[] = [];
async function app(): Promise<App> {
  const a = await runningApp();
  apps.push(a);
  return a;
}
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.stop()));
});

describe('/healthz', () => {
  it('is ok with no platform, and reports each platform state', async () => {
    const a = await app();
    const port = a.address.port;
    const first = await httpCall(port, { path: '/healthz' });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/json');
    expect(JSON.parse(first.body)).toEqual({ status: 'ok', platforms: {} });

    a.services.health.set('discord', 'gateway', 'connected');
    a.services.health.set('slack', 'socket', 'reconnecting');
    const degraded = await httpCall(port, { path: '/healthz' });
    expect(degraded.status).toBe(200);
    const body = JSON.parse(degraded.body);
    expect(body.status).toBe('degraded');
    expect(body.platforms.discord).toMatchObject({ state: 'connected', mode: 'gateway' });
    expect(body.platforms.slack).toMatchObject({ state: 'reconnecting', mode: 'socket' });

    a.services.health.set('slack', 'socket', 'down');
    const down = await httpCall(port, { path: '/healthz' });
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body).status).toBe('down');
  });

  it('follows the platform states', () => {
    const h = new Health(() => new Date('2026-01-01T00:00:00Z'));
    expect(h.report().status).toBe('ok');
    h.set('discord', 'http', 'starting');
    expect(h.report().status).toBe('degraded');
    h.set('discord', 'http', 'ready');
    expect(h.report()).toEqual({
      status: 'ok',
      platforms: { discord: { state: 'ready', mode: 'http', since: '2026-01-01T00:00:00.000Z' } },
    });
    h.shuttingDown();
    expect(h.report()).toMatchObject({ status: 'down', shuttingDown: true });
    expect(Health.httpStatus(h.report())).toBe(503);
  });
});

describe('/metrics', () => {
  it('serves Prometheus text with the registry content type, counting requests by route', async () => {
    const a = await app();
    const port = a.address.port;
    await httpCall(port, { path: '/healthz' });
    await httpCall(port, { path: '/does-not-exist?token=abc' });
    a.services.metrics.commandHandled(
      {
        command: 'linkedin-optout',
        subcommand: 'desktop',
        platform: 'discord',
        outcome: 'ok',
      },
      0.02,
    );
    a.services.metrics.reminderPinned('slack');
    a.services.metrics.reminderConfirmed('slack');
    a.services.metrics.platformError('discord', 'missing-permission');
    const res = await httpCall(port, { path: '/metrics' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(a.services.metrics.contentType);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;
    expect(text).toContain('http_requests_total{route="GET /healthz",status="200"} 1');
    expect(text).toContain('http_requests_total{route="unknown",status="404"} 1');
    expect(text).not.toContain('does-not-exist');
    expect(text).toContain(
      'bot_commands_total{command="linkedin-optout",subcommand="desktop",platform="discord",outcome="ok"} 1',
    );
    expect(text).toContain('bot_reply_seconds_count{platform="discord",command="linkedin-optout"} 1');
    expect(text).toContain('bot_reminders_pinned_total{platform="slack"} 1');
    expect(text).toContain('bot_reminder_confirmations_total{platform="slack"} 1');
    expect(text).toContain('bot_platform_errors_total{platform="discord",kind="missing-permission"} 1');
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });

  it('counts rate-limited requests from the services limits', async () => {
    const a = await app();
    for (let i = 0; i < 11; i++) a.services.limits.allow('command', 'discord:spammer');
    expect(await a.services.metrics.text()).toContain('bot_rate_limited_total{kind="command"} 1');
  });

  it('never lets outside values become label values', async () => {
    const m = new Metrics(
      commands.map((c) => c.spec),
      { defaultMetrics: false },
    );
    m.commandHandled({ command: 'evil<script>', subcommand: 'x', platform: 'discord', outcome: 'ok' });
    m.commandHandled({ command: 'linkedin-ai', subcommand: 'what\nthe', platform: 'slack', outcome: 'ok' });
    m.commandHandled({
      command: 'linkedin-ai',
      subcommand: null,
      platform: 'irc' as 'slack',
      outcome: 'not-understood',
    });
    m.platformError('slack', 'made-up-kind');
    const text = await m.text();
    expect(text).toContain(
      'bot_commands_total{command="other",subcommand="other",platform="discord",outcome="ok"} 1',
    );
    expect(text).toContain(
      'bot_commands_total{command="linkedin-ai",subcommand="other",platform="slack",outcome="ok"} 1',
    );
    expect(text).toContain(
      'bot_commands_total{command="linkedin-ai",subcommand="none",platform="other",outcome="not-understood"} 1',
    );
    expect(text).toContain('bot_platform_errors_total{platform="slack",kind="other"} 1');
    expect(text).not.toMatch(/evil|what|irc|made-up/);
  });

  it('counts a reply by its understood flag', async () => {
    const m = new Metrics(
      commands.map((c) => c.spec),
      { defaultMetrics: false },
    );
    const { ask } = await import('../helpers.js');
    m.replied(await ask('/linkedin-ai what-data'), 'console', 0.001);
    m.replied(await ask('/linkedin-ai nonsense'), 'console', 0.001);
    const text = await m.text();
    expect(text).toContain('command="linkedin-ai",subcommand="what-data",platform="console",outcome="ok"} 1');
    expect(text).toContain(
      'command="linkedin-ai",subcommand="none",platform="console",outcome="not-understood"} 1',
    );
  });
});

describe('with Discord and Slack both over HTTP', () => {
  let p: PlatformsApp;
  beforeAll(async () => {
    p = await platformsApp();
  });
  afterAll(async () => {
    await p?.stop();
  });

  const discord = (payload: unknown) => {
    const body = JSON.stringify(payload);
    return httpCall(p.port, {
      method: 'POST',
      path: '/discord/interactions',
      headers: p.signDiscord(body),
      body,
    });
  };
  const slack = (body: string) =>
    httpCall(p.port, { method: 'POST', path: '/slack/events', headers: p.signSlack(body), body });

  it('/healthz is 200 with both platforms ready', async () => {
    const res = await httpCall(p.port, { path: '/healthz' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      status: 'ok',
      platforms: {
        discord: { mode: 'http', state: 'ready', since: expect.any(String) },
        slack: { mode: 'http', state: 'ready', since: expect.any(String) },
      },
    });
  });

  it('/metrics counts commands by platform, and reminders', async () => {
    for (const name of ['command-optout-desktop', 'command-ai-what-data', 'command-reminder-pin']) {
      expect((await discord(discordFixture(name))).status).toBe(200);
    }
    for (const name of ['slash-optout-desktop.form', 'slash-ai-what-data.form', 'slash-reminder-pin.form']) {
      expect((await slack(slashBody(name, p.slack))).status).toBe(200);
    }
    // Same command twice: the second answer comes from the adapters' caches and must still be counted.
    expect((await discord(discordFixture('command-optout-desktop'))).status).toBe(200);
    expect((await slack(slashBody('slash-optout-desktop.form', p.slack))).status).toBe(200);

    const text = (await httpCall(p.port, { path: '/metrics' })).body;
    const counted = (labels: string) =>
      Number(text.match(new RegExp(`^bot_commands_total\\{${labels}\\} (\\d+)$`, 'm'))?.[1] ?? 0);
    for (const platform of ['discord', 'slack']) {
      expect(
        counted(`command="linkedin-optout",subcommand="desktop",platform="${platform}",outcome="ok"`),
        platform,
      ).toBe(2);
      expect(
        counted(`command="linkedin-ai",subcommand="what-data",platform="${platform}",outcome="ok"`),
        platform,
      ).toBe(1);
      expect(text).toContain(`bot_reply_seconds_count{platform="${platform}",command="linkedin-optout"} 2`);
      expect(text).toContain(`bot_reminders_pinned_total{platform="${platform}"} 1`);
    }
    for (const name of [
      'bot_reminders_pinned_total',
      'bot_reminders_unpinned_total',
      'bot_reminder_confirmations_total',
      'bot_platform_errors_total',
    ]) {
      expect(text).toContain(`# TYPE ${name} counter`);
    }
    expect(text).toContain('http_requests_total{route="POST /discord/interactions",status="200"} 4');
    expect(text).toContain('http_requests_total{route="POST /slack/events",status="200"} 4');
  });

  it('/healthz answers 503 once the app has begun to stop', async () => {
    // A request whose body is still arriving when stop begins: it is in flight, so it is still answered.
    const socket = connect({ host: '127.0.0.1', port: p.port });
    const answer = new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('close', () => resolve(Buffer.concat(chunks).toString()));
    });
    socket.write('GET /healthz HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\n\r\n{');
    while (p.app.services.http.active === 0) await new Promise((r) => setImmediate(r));
    const stopped = p.app.stop();
    socket.end('}');
    const raw = await answer;
    expect(raw).toMatch(/^HTTP\/1\.1 503 /);
    const body = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'down', shuttingDown: true });
    await stopped;
    // And nothing is listening any more.
    const late = await httpCall(p.port, { path: '/healthz' }).then(
      (r) => r.status,
      (err: NodeJS.ErrnoException) => err.code,
    );
    expect(late).toBe('ECONNREFUSED');
  });
});
