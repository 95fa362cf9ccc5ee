// /healthz and /metrics on a running app, and the label guards of the metrics registry.
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { commands } from '../../src/commands/index.js';
import { Health } from '../../src/http/health.js';
import { Metrics } from '../../src/http/metrics.js';
import { httpCall, runningApp } from './support.js';

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
