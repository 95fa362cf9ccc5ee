// The REST channel port against the fake Discord server: routes, bodies, and each Discord error mapped to a kind.
import { REST } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DiscordChannelPort } from '../../../src/adapters/discord/channel-port.js';
import { restOptions } from '../../../src/adapters/discord/gateway.js';
import { PlatformError } from '../../../src/core/ports.js';
import { FakeDiscordRest } from '../../fakes/discord-rest.js';
import { ask } from '../../helpers.js';
import { allStrings, CHANNEL_ID, GUILD_ID } from './helpers.js';

const AT = { workspaceId: GUILD_ID, channelId: CHANNEL_ID };

let fake: FakeDiscordRest;
let port: DiscordChannelPort;
const MESSAGE_ID = '1100000000000000099';

beforeAll(async () => {
  fake = await FakeDiscordRest.start();
  port = new DiscordChannelPort(new REST(restOptions(fake.api)).setToken('test-token'));
});
beforeEach(() => fake.reset());
afterAll(() => fake?.close());

async function caught(p: Promise<unknown>): Promise<PlatformError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(PlatformError);
    return err as PlatformError;
  }
  throw new Error('expected a PlatformError');
}

describe('Discord channel port', () => {
  it('posts a public, never-pinging embed message and returns its id', async () => {
    const reply = await ask('/linkedin-optout desktop');
    const posted = await port.post(AT, { ...reply, title: 'Hi @everyone' });
    expect(posted.id).toMatch(/^\d+$/);
    const req = fake.requests[0];
    expect(req?.method).toBe('POST');
    expect(req?.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(req?.headers.authorization).toBe('Bot test-token');
    // biome-ignore lint/suspicious/noExplicitAny: request body inspected field by field.
    const body = req?.body as any;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.flags).toBeUndefined();
    expect(body.embeds).toHaveLength(1);
    for (const s of allStrings(body)) expect(s).not.toMatch(/@everyone/);
    const ids = body.components.flatMap((r: { components: { custom_id?: string }[] }) =>
      r.components.map((b) => b.custom_id ?? ''),
    );
    expect(ids.some((id: string) => id.startsWith('share:'))).toBe(false);
  });

  it('edits, pins and unpins on the current (non-deprecated) routes', async () => {
    const reply = await ask('/linkedin-ai what-data');
    await port.edit(AT, MESSAGE_ID, reply);
    await port.pin(AT, MESSAGE_ID);
    await port.unpin(AT, MESSAGE_ID);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /channels/${CHANNEL_ID}/messages/${MESSAGE_ID}`,
      `PUT /channels/${CHANNEL_ID}/messages/pins/${MESSAGE_ID}`,
      `DELETE /channels/${CHANNEL_ID}/messages/pins/${MESSAGE_ID}`,
    ]);
  });

  it('maps 50013 to missing-permission naming the permission', async () => {
    fake.fail('PUT', /\/pins\//, 403, { code: 50013, message: 'Missing Permissions' });
    const err = await caught(port.pin(AT, MESSAGE_ID));
    expect(err.kind).toBe('missing-permission');
    expect(err.permission).toBe('Pin Messages');
    expect(err.code).toBe(50013);

    fake.fail('POST', /\/messages$/, 403, { code: 50013, message: 'Missing Permissions' });
    const post = await caught(port.post(AT, await ask('/linkedin-optout link')));
    expect(post.permission).toBe('Send Messages and Embed Links');
  });

  it('maps 30003 to the 250-pin limit', async () => {
    fake.fail('PUT', /\/pins\//, 400, { code: 30003, message: 'Maximum number of pins reached (250)' });
    const err = await caught(port.pin(AT, MESSAGE_ID));
    expect(err.kind).toBe('missing-permission');
    expect(err.reason).toBe('pin-limit');
    expect(err.code).toBe(30003);
  });

  it('maps 10003 and 10008 to not-found', async () => {
    fake.fail('POST', /\/messages$/, 404, { code: 10003, message: 'Unknown Channel' });
    const channel = await caught(port.post(AT, await ask('/linkedin-optout link')));
    expect(channel.kind).toBe('not-found');
    expect(channel.code).toBe(10003);
    fake.fail('PATCH', /\/messages\/\d+$/, 404, { code: 10008, message: 'Unknown Message' });
    const message = await caught(port.edit(AT, MESSAGE_ID, await ask('/linkedin-optout link')));
    expect(message.kind).toBe('not-found');
    expect(message.code).toBe(10008);
  });

  it('maps a long 429 to rate-limited instead of queueing behind it', async () => {
    fake.fail(
      'DELETE',
      /\/pins\//,
      429,
      { message: 'You are being rate limited.', retry_after: 60, global: false },
      1,
      {
        'retry-after': '60',
        'x-ratelimit-scope': 'user',
      },
    );
    const err = await caught(port.unpin(AT, MESSAGE_ID));
    expect(err.kind).toBe('rate-limited');
  });

  it('maps 5xx (after the library’s retry) to unavailable', async () => {
    fake.fail('POST', /\/messages$/, 502, { message: 'Bad Gateway' }, 5);
    const err = await caught(port.post(AT, await ask('/linkedin-optout link')));
    expect(err.kind).toBe('unavailable');
    expect(fake.requests.length).toBe(2);
  });

  it('maps a network failure to unavailable', async () => {
    const dead = await FakeDiscordRest.start();
    const api = dead.api;
    await dead.close();
    const offline = new DiscordChannelPort(new REST({ ...restOptions(api), retries: 0 }).setToken('t'));
    const err = await caught(offline.pin(AT, MESSAGE_ID));
    expect(err.kind).toBe('unavailable');
  });
});
