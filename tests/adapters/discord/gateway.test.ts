// Gateway mode end to end: the app's Discord runtime with real discord.js connects to the fake gateway (found
// through GET /gateway/bot on the fake REST server), identifies, heartbeats, answers slash commands and buttons
// through the interaction callback route, and resumes after a resumable close without missing an interaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformRuntime, Services } from '../../../src/app.js';
import { FakeDiscordGateway } from '../../fakes/discord-gateway.js';
import { FakeDiscordRest, type RecordedRequest } from '../../fakes/discord-rest.js';
import { CHANNEL_ID, fixture, GUILD_ID, startDiscordGatewayRuntime, until } from './helpers.js';

let rest: FakeDiscordRest;
let gateway: FakeDiscordGateway;
let services: Services;
let runtime: PlatformRuntime;

// biome-ignore lint/suspicious/noExplicitAny: callback bodies are inspected field by field.
const bodyOf = (r: RecordedRequest) => r.body as any;
let nextId = 1_210_000_000_000_000_000n;
/** A fixture with a fresh interaction id, so each callback can be told apart. */
function interaction(name: string) {
  nextId += 1n;
  return { ...fixture(name), id: String(nextId) };
}
const callbackFor = (payload: { id: string }) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path.startsWith(`/interactions/${payload.id}/`) && r.path.endsWith('/callback');

const GUILDS = 1 << 0;
const GUILD_MEMBERS = 1 << 1;
const GUILD_PRESENCES = 1 << 8;
const GUILD_MESSAGES = 1 << 9;
const DIRECT_MESSAGES = 1 << 12;
const MESSAGE_CONTENT = 1 << 15;

beforeAll(async () => {
  gateway = await FakeDiscordGateway.start({
    heartbeatIntervalMs: 100,
    guilds: [{ id: GUILD_ID, channelId: CHANNEL_ID }],
  });
  rest = (await FakeDiscordRest.start()).useGateway(gateway);
  ({ services, runtime } = await startDiscordGatewayRuntime({ apiUrl: rest.api }));
});

afterAll(async () => {
  await runtime?.stop();
  await gateway?.close();
  await rest?.close();
});

describe('gateway mode through the fake gateway', () => {
  it('finds the gateway through GET /gateway/bot and identifies once, as shard [0, 1], in plain JSON', () => {
    expect(
      rest.requests.filter((r) => r.method === 'GET' && r.path === '/gateway/bot').length,
    ).toBeGreaterThan(0);
    expect(gateway.identifies).toHaveLength(1);
    const identify = gateway.identifies[0];
    expect(identify).toMatchObject({ shard: [0, 1], token: 'gateway-test-token', compress: false });
    expect(gateway.queries[0]?.get('v')).toBe('10');
    expect(gateway.queries[0]?.get('encoding')).toBe('json');
    expect(gateway.queries[0]?.has('compress')).toBe(false);
  });

  it('asks for servers, server messages and DMs, and for no privileged intent', () => {
    const intents = gateway.identifies[0]?.intents ?? 0;
    expect(intents).toBe(GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES);
    expect(intents & (MESSAGE_CONTENT | GUILD_MEMBERS | GUILD_PRESENCES)).toBe(0);
  });

  it('heartbeats and gets acknowledged, and shows its shard ready in health', async () => {
    await gateway.until(() => gateway.heartbeats >= 2);
    expect(services.health.report().platforms.discord).toMatchObject({
      mode: 'gateway',
      state: 'ready',
      shards: { '0': { state: 'ready' } },
    });
  });

  it('answers a slash command from INTERACTION_CREATE through the callback route', async () => {
    const payload = interaction('command-optout-desktop');
    expect(gateway.interaction(payload)).toBe(0);
    const body = bodyOf(await rest.waitFor(callbackFor(payload)));
    expect(body.type).toBe(4);
    expect(body.data.embeds[0].title).toMatch(/desktop/i);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers a button click and a command in a DM', async () => {
    const button = interaction('button-run-mobile');
    gateway.interaction(button);
    const clicked = bodyOf(await rest.waitFor(callbackFor(button)));
    expect(clicked.data.embeds[0].title).toMatch(/mobile|app/i);

    const dm = interaction('command-dm-optout-mobile');
    gateway.interaction(dm);
    const inDm = bodyOf(await rest.waitFor(callbackFor(dm)));
    expect(inDm.type).toBe(4);
    expect(inDm.data.embeds[0].title).toMatch(/mobile|app/i);
  });

  it('refuses a pin from a user install in a server without the bot, and still answers its guides', async () => {
    const guide = interaction('context-user-install-guild');
    gateway.interaction(guide);
    const answered = bodyOf(await rest.waitFor(callbackFor(guide)));
    expect(answered.data.embeds[0].title).toMatch(/desktop/i);
    expect(answered.data.flags).toBe(64);

    const pin = interaction('context-user-install-guild');
    pin.data = { ...pin.data, name: 'linkedin-reminder', options: [{ type: 1, name: 'pin' }] };
    gateway.interaction(pin);
    const refused = bodyOf(await rest.waitFor(callbackFor(pin)));
    expect(refused.data.embeds[0].title).toBe('Reminders need the bot in this server.');
    expect(JSON.stringify(refused.data.components)).toContain('integration_type=0');
    expect(rest.requests.some((r) => r.path.includes('/pins/'))).toBe(false);
  });

  it('resumes after a resumable close, receives what it missed, and keeps answering', async () => {
    const resumesBefore = gateway.resumes.length;
    gateway.disconnect(0, 4000);
    await gateway.until(() => gateway.liveShards().length === 0);
    // Sent while the connection is down: Discord keeps it for the session and replays it on RESUME.
    const missed = interaction('command-ai-what-data');
    gateway.interaction(missed);
    await gateway.until(() => gateway.resumes.length > resumesBefore);
    expect(gateway.resumes.at(-1)).toMatchObject({ shardId: 0, sessionId: 'session-1' });
    expect(gateway.identifies).toHaveLength(1);
    expect(bodyOf(await rest.waitFor(callbackFor(missed))).type).toBe(4);

    const after = interaction('command-optout-desktop');
    gateway.interaction(after);
    expect(bodyOf(await rest.waitFor(callbackFor(after))).data.embeds[0].title).toMatch(/desktop/i);
    await until(() => services.health.report().platforms.discord?.state === 'ready');
    expect(services.health.report().platforms.discord?.shards).toMatchObject({ '0': { state: 'ready' } });
  });
});
