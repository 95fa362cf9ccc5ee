// The Slack runtime's connection: Socket Mode reconnects are counted in /healthz and /metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AttachedSlack, attachSlack, fixture } from './helpers.js';

describe('Socket Mode connection state', () => {
  let bot: AttachedSlack;
  beforeAll(async () => {
    bot = await attachSlack(
      { SLACK_APP_TOKEN: 'xapp-1-test-app-token' },
      { socket: { clientPingTimeout: 50 } },
    );
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('gives listeners a client with SLACK_BOT_TOKEN (the Home tab is published with it)', async () => {
    const since = bot.fake.calls.length;
    const body = JSON.parse(fixture('event-app-home-opened.json')) as Record<string, unknown>;
    await bot.fake.envelope('events_api', body);
    const call = await bot.fake.next('views.publish', since);
    expect(call.headers.authorization).toBe('Bearer xoxb-test-token');
  });

  it('counts a reconnect in /healthz and /metrics once Slack asks it to reconnect', async () => {
    const before = bot.fake.callsTo('apps.connections.open').length;
    bot.fake.sockets.at(-1)?.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
    for (;;) {
      const slack = bot.services.health.report().platforms.slack;
      if (slack?.state === 'connected' && bot.fake.callsTo('apps.connections.open').length > before) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const health = (await (await fetch(`${bot.base}/healthz`)).json()) as {
      platforms: Record<string, { state: string; reconnects?: number }>;
    };
    expect(health.platforms.slack).toMatchObject({ state: 'connected', reconnects: 1 });
    const metrics = await (await fetch(`${bot.base}/metrics`)).text();
    expect(metrics).toContain('bot_platform_reconnects_total{platform="slack"} 1');
    expect(metrics).toContain('bot_platform_state{platform="slack",state="connected"} 1');
    // Stopped while the fake still answers, so no reconnect is left running against a closed server.
    await bot.runtime.stop();
    expect(bot.services.health.report().platforms.slack?.state).toBe('down');
  });
});
