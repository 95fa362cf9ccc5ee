// The Slack ChannelPort against the fake Web API: calls made, and each Slack error mapped to a PlatformError kind.
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SlackChannelPort } from '../../../src/adapters/slack/channel-port.js';
import { PlatformError } from '../../../src/core/ports.js';
import type { Reply } from '../../../src/core/reply.js';
import { FakeSlack } from '../../fakes/slack-api.js';
import { makeReply } from '../../helpers.js';

const at = (channelId: string) => ({ workspaceId: 'T0TEAM001', channelId });

const reply: Reply = makeReply({
  command: 'linkedin-reminder',
  subcommand: 'pin',
  title: 'Switch off LinkedIn AI training',
  sections: [{ kind: 'text', text: 'Reminder' }],
  visibility: 'public',
});

const fail = (error: string, extra: Record<string, unknown> = {}) => ({
  body: { ok: false, error, ...extra },
});

let fake: FakeSlack;
let port: SlackChannelPort;

function makePort(retries = 0): SlackChannelPort {
  const client = new webApi.WebClient('xoxb-test-token', {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries, minTimeout: 1, maxTimeout: 1 },
    logLevel: webApi.LogLevel.ERROR,
  });
  return new SlackChannelPort(client, { botName: 'linkedin-optout' });
}

async function platformError(p: Promise<unknown>): Promise<PlatformError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof PlatformError) return err;
    throw err;
  }
  throw new Error('expected a PlatformError');
}

beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.calls.length = 0;
  port = makePort();
});

describe('calls', () => {
  it('posts Block Kit and returns the message ts', async () => {
    expect(await port.post(at('C0CHAN001'), reply)).toEqual({ id: '1764410000.000100' });
    const [call] = fake.callsTo('chat.postMessage');
    expect(call?.body).toMatchObject({ channel: 'C0CHAN001', text: reply.title });
    expect((call?.body.blocks as { type: string }[] | undefined)?.[0]?.type).toBe('header');
  });

  it('edits, pins and unpins the same message', async () => {
    await port.edit(at('C0CHAN001'), '1.2', reply);
    await port.pin(at('C0CHAN001'), '1.2');
    await port.unpin(at('C0CHAN001'), '1.2');
    expect(fake.calls.map((c) => c.method)).toEqual(['chat.update', 'pins.add', 'pins.remove']);
    expect(fake.callsTo('chat.update')[0]?.body).toMatchObject({ channel: 'C0CHAN001', ts: '1.2' });
    expect(fake.callsTo('pins.add')[0]?.body).toMatchObject({ channel: 'C0CHAN001', timestamp: '1.2' });
  });
});

describe('errors', () => {
  it('joins a public channel once on not_in_channel, then posts', async () => {
    fake.script('chat.postMessage', fail('not_in_channel'));
    expect(await port.post(at('C0CHAN001'), reply)).toEqual({ id: '1764410000.000100' });
    expect(fake.calls.map((c) => c.method)).toEqual([
      'chat.postMessage',
      'conversations.join',
      'chat.postMessage',
    ]);
  });

  it('asks for /invite when it cannot join (private channel or no channels:join)', async () => {
    for (const joinError of ['method_not_supported_for_channel_type', 'missing_scope']) {
      fake.script('pins.add', fail('not_in_channel'));
      fake.script('conversations.join', fail(joinError));
      const err = await platformError(port.pin(at('G0PRIV001'), '1.2'));
      expect(err.kind).toBe('not-in-channel');
      expect(err.botHandle).toBe('linkedin-optout');
    }
  });

  it('does not loop when the call still fails after joining', async () => {
    fake.script('chat.postMessage', fail('not_in_channel'), fail('not_in_channel'));
    const err = await platformError(port.post(at('C0CHAN001'), reply));
    expect(err.kind).toBe('not-in-channel');
    expect(fake.callsTo('conversations.join')).toHaveLength(1);
  });

  it('maps channel_not_found to not-found', async () => {
    fake.script('chat.postMessage', fail('channel_not_found'));
    const err = await platformError(port.post(at('C0GONE001'), reply));
    expect(err.kind).toBe('not-found');
    expect(err.code).toBe('channel_not_found');
  });

  it('maps missing_scope to missing-permission naming the scope to add', async () => {
    fake.script('pins.add', fail('missing_scope', { needed: 'pins:write', provided: 'commands,chat:write' }));
    const err = await platformError(port.pin(at('C0CHAN001'), '1.2'));
    expect(err.kind).toBe('missing-permission');
    expect(err.scope).toBe('pins:write');
  });

  it('treats already_pinned as done', async () => {
    fake.script('pins.add', fail('already_pinned'));
    await expect(port.pin(at('C0CHAN001'), '1.2')).resolves.toBeUndefined();
  });

  it.each(['no_pin', 'not_pinned'])('treats %s on unpin as done', async (code) => {
    fake.script('pins.remove', fail(code));
    await expect(port.unpin(at('C0CHAN001'), '1.2')).resolves.toBeUndefined();
  });

  it('lets the WebClient retry after HTTP 429, then succeeds', async () => {
    port = makePort(1);
    fake.script('pins.add', { status: 429, headers: { 'retry-after': '0' }, body: fail('ratelimited').body });
    await expect(port.pin(at('C0CHAN001'), '1.2')).resolves.toBeUndefined();
    expect(fake.callsTo('pins.add')).toHaveLength(2);
  });

  it('maps a rate limit that outlasts the retries to rate-limited', async () => {
    fake.script('pins.add', { status: 429, headers: { 'retry-after': '0' }, body: fail('ratelimited').body });
    expect((await platformError(port.pin(at('C0CHAN001'), '1.2'))).kind).toBe('rate-limited');
    fake.script('chat.postMessage', fail('ratelimited'));
    expect((await platformError(port.post(at('C0CHAN001'), reply))).kind).toBe('rate-limited');
  });

  it('maps anything else to unavailable', async () => {
    fake.script('chat.update', fail('internal_error'));
    const err = await platformError(port.edit(at('C0CHAN001'), '1.2', reply));
    expect(err.kind).toBe('unavailable');
    expect(err.code).toBe('internal_error');
    fake.script('chat.update', { status: 500, body: {} });
    expect((await platformError(port.edit(at('C0CHAN001'), '1.2', reply))).kind).toBe('unavailable');
  });
});
