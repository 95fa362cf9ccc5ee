// Real discord.js: raw gateway payloads become real interactions, and the fake REST server receives the
// interaction callbacks with the same bodies the HTTP endpoint returns.
import { type Client, Events, type Interaction } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayClient } from '../../../src/adapters/discord/gateway.js';
import type { Services } from '../../../src/app.js';
import type { ReminderPort } from '../../../src/core/ports.js';
import { FakeDiscordRest, type RecordedRequest } from '../../fakes/discord-rest.js';
import { APP_ID, fixture, makeServices } from './helpers.js';

let fake: FakeDiscordRest;
let services: Services;
let client: Client;

function inject(c: Client, payload: unknown): void {
  // What the WebSocket manager does for an INTERACTION_CREATE dispatch.
  (
    c as unknown as { actions: { InteractionCreate: { handle(d: unknown): void } } }
  ).actions.InteractionCreate.handle(payload);
}

const callbackFor = (payload: { id: string }) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path.startsWith(`/interactions/${payload.id}/`) && r.path.endsWith('/callback');

// biome-ignore lint/suspicious/noExplicitAny: callback bodies are inspected field by field.
const bodyOf = (r: RecordedRequest) => r.body as any;

beforeAll(async () => {
  fake = await FakeDiscordRest.start();
  services = makeServices({ DISCORD_TOKEN: 'test-token', DISCORD_API_URL: fake.api, LOG_LEVEL: 'silent' });
  client = createGatewayClient(services, { deferMs: 2_000 });
});

afterEach(() => {
  services.reminders = undefined;
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe('gateway mode', () => {
  it('turns a raw command payload into a ChatInputCommandInteraction and answers through the callback route', async () => {
    const seen: Interaction[] = [];
    client.once(Events.InteractionCreate, (i) => seen.push(i));
    const payload = fixture('command-optout-desktop');
    inject(client, payload);
    const req = await fake.waitFor(callbackFor(payload));
    expect(seen[0]?.isChatInputCommand()).toBe(true);
    expect(req.path).toBe(`/interactions/${payload.id}/${payload.token}/callback`);
    const body = bodyOf(req);
    expect(body.type).toBe(4);
    expect(body.data.embeds[0].title).toMatch(/desktop/i);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers a button click with the command it carries', async () => {
    const payload = fixture('button-run-mobile');
    const seen: Interaction[] = [];
    client.once(Events.InteractionCreate, (i) => seen.push(i));
    inject(client, payload);
    const body = bodyOf(await fake.waitFor(callbackFor(payload)));
    expect(seen[0]?.isButton()).toBe(true);
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds[0].title).toMatch(/mobile|app/i);
  });

  it('answers in a DM (no guild, user instead of member)', async () => {
    const payload = fixture('command-dm-optout-mobile');
    inject(client, payload);
    const body = bodyOf(await fake.waitFor(callbackFor(payload)));
    expect(body.type).toBe(4);
    expect(body.data.embeds[0].title).toMatch(/mobile|app/i);
  });

  it('answers autocomplete with example questions', async () => {
    const payload = fixture('autocomplete-ask');
    inject(client, payload);
    const body = bodyOf(await fake.waitFor(callbackFor(payload)));
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
  });

  it('shows the ✅/❌ permission list instead of pinning when Pin Messages is missing', async () => {
    let called = false;
    services.reminders = {
      pin: async () => {
        called = true;
        return {
          kind: 'pinned',
          channel: { name: 'general' },
          refreshed: false,
          schedule: 'off',
          nextPostAt: null,
          confirmations: 0,
        } as const;
      },
    } as unknown as ReminderPort;
    const payload = fixture('command-reminder-pin-missing-perms');
    inject(client, payload);
    const body = bodyOf(await fake.waitFor(callbackFor(payload)));
    expect(body.data.embeds[0].description).toContain('❌ Pin Messages');
    expect(called).toBe(false);
  });

  it('defers a slow reply and delivers it by editing the original response', async () => {
    const slowClient = createGatewayClient(services, { deferMs: 1 });
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const targets: unknown[] = [];
    services.reminders = {
      pin: async (target: unknown, schedule: string) => {
        targets.push({ target, schedule });
        await gate;
        return {
          kind: 'pinned',
          channel: { name: 'general' },
          refreshed: false,
          schedule: 'off',
          nextPostAt: null,
          confirmations: 0,
        } as const;
      },
    } as unknown as ReminderPort;
    const payload = fixture('command-reminder-pin');
    inject(slowClient, payload);
    const first = bodyOf(await fake.waitFor(callbackFor(payload)));
    expect(first).toEqual({ type: 5, data: { flags: 64 } });
    release();
    const edit = await fake.waitFor(
      (r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${payload.token}/messages/@original`,
    );
    expect(bodyOf(edit).embeds[0].title).toBe('Reminder pinned in #general.');
    expect(bodyOf(edit).flags).toBeUndefined();
    expect(targets[0]).toEqual({
      target: {
        platform: 'discord',
        channel: { id: payload.channel_id, workspaceId: payload.guild_id, locale: 'en' },
        userId: payload.member.user.id,
        // The server's language (guild_locale en-US) when no language is asked for.
        locale: 'en',
      },
      schedule: 'weekly',
    });
    await slowClient.destroy();
  });

  it('keeps no members, users or messages cached after handling interactions', () => {
    expect(client.users.cache.size).toBe(0);
    expect(client.channels.cache.filter((c) => c.isTextBased() && c.messages.cache.size > 0).size).toBe(0);
  });

  it('reports gateway state changes to health', () => {
    const state = () => services.health.report().platforms.discord?.state;
    client.emit(Events.ShardReconnecting, 0);
    expect(state()).toBe('reconnecting');
    client.emit(Events.ShardResume, 0, 1);
    expect(state()).toBe('ready');
    client.emit(Events.ShardDisconnect, { code: 4004, reason: '', wasClean: true } as never, 0);
    expect(state()).toBe('down');
  });

  it('registers its channel port', async () => {
    const { createDiscordRuntime } = await import('../../../src/adapters/discord/runtime.js');
    const s = makeServices({ DISCORD_TOKEN: 'test-token', DISCORD_API_URL: fake.api, LOG_LEVEL: 'silent' });
    const runtime = await createDiscordRuntime(s);
    expect(s.channels.get('discord')).toBeDefined();
    expect(s.health.report().platforms.discord).toMatchObject({ mode: 'gateway', state: 'starting' });
    await runtime.stop();
  });
});
