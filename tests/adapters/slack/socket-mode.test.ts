// Socket Mode end to end: the real SocketModeClient connects to the fake's WebSocket, receives envelopes and acks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../../src/content/index.js';
import { type AttachedSlack, attachSlack, type Bot, fixture, slashBody, startSlackBot } from './helpers.js';

type Block = { type: string; elements?: Record<string, unknown>[] };

function slashPayload(bot: { fake: Bot['fake'] }, overrides: Record<string, string> = {}) {
  return Object.fromEntries(new URLSearchParams(slashBody('slash-optout-desktop.form', bot.fake, overrides)));
}

async function health(base: string) {
  const res = await fetch(`${base}/healthz`);
  return ((await res.json()) as { platforms: Record<string, { state: string; mode: string }> }).platforms
    .slack;
}

describe('Socket Mode through npm start', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startSlackBot({ SLACK_APP_TOKEN: 'xapp-1-test-app-token' });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('opens the connection with the app token and reports connected', async () => {
    const open = bot.fake.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.headers.authorization).toBe('Bearer xapp-1-test-app-token');
    expect(await health(bot.base)).toMatchObject({ state: 'connected', mode: 'socket' });
    // No HTTP route for Slack in Socket Mode.
    const res = await fetch(`${bot.base}/slack/events`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(404);
  });

  it('acks a slash command envelope with the Block Kit reply', async () => {
    const ack = await bot.fake.envelope('slash_commands', slashPayload(bot, { text: 'mobile' }));
    expect(ack.payload?.response_type).toBe('ephemeral');
    const blocks = ack.payload?.blocks as Block[];
    expect(blocks[0]?.type).toBe('header');
    expect(JSON.stringify(blocks)).toContain('/linkedin-optout mobile');
  });

  it('escapes echoed text in Socket Mode too', async () => {
    const ack = await bot.fake.envelope('slash_commands', slashPayload(bot, { text: '<!channel>' }));
    expect(JSON.stringify(ack.payload)).not.toContain('<!');
  });

  it('publishes the Home tab for an app_home_opened event', async () => {
    const since = bot.fake.calls.length;
    const body = JSON.parse(fixture('event-app-home-opened.json')) as Record<string, unknown>;
    await bot.fake.envelope('events_api', body);
    const call = await bot.fake.next('views.publish', since);
    const view = call.body.view as { blocks: Block[] };
    const urls = view.blocks.flatMap((b) => b.elements ?? []).map((e) => e.url);
    expect(urls).toContain(getContent('en').settingUrl);
  });

  it('answers a button click through response_url', async () => {
    const since = bot.fake.calls.length;
    const payload = JSON.parse(
      fixture('block-actions-run.json').replace('__RESPONSE_URL__', bot.fake.responseUrl()),
    );
    await bot.fake.envelope('interactive', payload);
    const call = await bot.fake.next('response_url', since);
    expect(call.body.replace_original).toBe(false);
    expect(JSON.stringify(call.body.blocks)).toContain('/linkedin-optout mobile');
  });
});

describe('Socket Mode reconnects', () => {
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

  it('goes through reconnecting back to connected when Slack asks it to reconnect', async () => {
    const seen: string[] = [];
    const original = bot.services.health.set.bind(bot.services.health);
    const reconnected = new Promise<void>((resolve) => {
      bot.services.health.set = (name, mode, state) => {
        original(name, mode, state);
        seen.push(state);
        if (state === 'connected') resolve();
      };
    });
    bot.fake.sockets.at(-1)?.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
    await reconnected;
    expect(seen).toContain('reconnecting');
    expect(bot.fake.callsTo('apps.connections.open')).toHaveLength(2);
    expect(await health(bot.base)).toMatchObject({ state: 'connected', mode: 'socket' });
  });

  it('reports down once stopped', async () => {
    await bot.runtime.stop();
    expect(await health(bot.base)).toMatchObject({ state: 'down' });
  });
});
