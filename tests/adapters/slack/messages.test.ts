// Messages to the Slack app through real Bolt against the fake Slack, over HTTP (signed event_callbacks) and
// over Socket Mode: a DM is answered in the DM, a mention in its thread, a follow-up in the same thread leans on
// the previous topic; bot messages, the app's own, edits and other subtypes are ignored; nothing typed pings.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addressedSlackMessage, slackMessageRequest } from '../../../src/adapters/slack/messages.js';
import type { PipelineOutcome, PipelineRequest } from '../../../src/core/request.js';
import type { RecordedCall } from '../../fakes/slack-api.js';
import { type Bot, postSlack, startSlackBot, unescapedMentions } from './helpers.js';

const TEAM = 'T0TEAM001';
const BOT_USER = 'UBOT0001';
const USER = 'U0USER001';
const DM = 'D0DM00001';
const CHANNEL = 'C0CHAN001';

let seq = 0;
/** An Events API envelope as Slack sends it, around `event`. */
function envelope(event: Record<string, unknown>): Record<string, unknown> {
  seq += 1;
  return {
    token: 'verification-token',
    team_id: TEAM,
    api_app_id: 'A0APP001',
    event: { event_ts: event.ts ?? `1764420000.${String(seq).padStart(6, '0')}`, ...event },
    type: 'event_callback',
    event_id: `Ev0MSG${seq}`,
    event_time: 1764420000 + seq,
    authorizations: [
      { enterprise_id: null, team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false },
    ],
  };
}

const nextTs = () => `1764420000.${String(++seq).padStart(6, '0')}`;

function dm(text: string, extra: Record<string, unknown> = {}) {
  return { type: 'message', channel_type: 'im', channel: DM, user: USER, text, ts: nextTs(), ...extra };
}

function mention(text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'app_mention',
    channel: CHANNEL,
    user: USER,
    text: `<@${BOT_USER}> ${text}`,
    ts: nextTs(),
    ...extra,
  };
}

describe('which Slack events are messages for the app', () => {
  it('takes a DM and a mention, with every mention taken out of the text', () => {
    expect(addressedSlackMessage({ ...dm('hi there'), ts: '1.1' }, TEAM, BOT_USER)).toEqual({
      text: 'hi there',
      userId: USER,
      teamId: TEAM,
      channelId: DM,
      isDM: true,
      threadTs: undefined,
    });
    const m = addressedSlackMessage(
      { ...mention('ask <@U0OTHER01|bob> about it'), ts: '1.2' },
      TEAM,
      BOT_USER,
    );
    expect(m).toMatchObject({ text: 'ask about it', isDM: false, threadTs: '1.2' });
    const inThread = addressedSlackMessage({ ...mention('x'), ts: '1.3', thread_ts: '1.0' }, TEAM, BOT_USER);
    expect(inThread?.threadTs).toBe('1.0');
  });

  it('ignores bots, itself, edits, other subtypes, channel messages and mentions inside a DM', () => {
    const ignored = [
      dm('hi', { bot_id: 'B0OTHER01' }),
      dm('hi', { subtype: 'bot_message' }),
      dm('hi', { subtype: 'message_changed' }),
      dm('hi', { subtype: 'file_share' }),
      dm('hi', { user: BOT_USER }),
      dm('hi', { channel_type: 'channel', channel: CHANNEL }),
      mention('hi', { channel: DM }),
      mention('hi', { user: undefined }),
      { type: 'reaction_added', channel: DM, user: USER, ts: '1.1' },
    ];
    for (const e of ignored) expect(addressedSlackMessage(e, TEAM, BOT_USER)).toBeNull();
    expect(addressedSlackMessage(dm('hi'), undefined, BOT_USER)).toBeNull();
  });

  it('keys the conversation by DM or thread, and limits only channels', () => {
    const d = addressedSlackMessage({ ...dm('x'), ts: '1.1' }, TEAM, BOT_USER);
    const c = addressedSlackMessage({ ...mention('x'), ts: '1.2' }, TEAM, BOT_USER);
    if (!d || !c) throw new Error('not addressed');
    const dr = slackMessageRequest(d, 'workspace-admins');
    const cr = slackMessageRequest(c, 'workspace-admins');
    expect(dr).toMatchObject({
      origin: 'free-text',
      conversationKey: `slack:${TEAM}:${DM}:dm`,
      userScope: TEAM,
    });
    expect(dr.channel).toBeUndefined();
    expect(cr).toMatchObject({ conversationKey: `slack:${TEAM}:${CHANNEL}:1.2`, channel: { id: CHANNEL } });
  });
});

type Transport = 'http' | 'socket';

describe.each<Transport>(['http', 'socket'])('Slack DMs and mentions over %s', (transport) => {
  let bot: Bot;
  let handled: { request: PipelineRequest; outcome: PipelineOutcome }[] = [];

  beforeAll(async () => {
    bot = await startSlackBot(transport === 'socket' ? { SLACK_APP_TOKEN: 'xapp-1-test-app-token' } : {});
    const pipeline = bot.app.services.pipeline;
    const handle = pipeline.handle.bind(pipeline);
    vi.spyOn(pipeline, 'handle').mockImplementation(async (request, check) => {
      const outcome = await handle(request, check);
      handled.push({ request, outcome });
      return outcome;
    });
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => {
    handled = [];
  });

  async function send(event: Record<string, unknown>): Promise<void> {
    const body = envelope(event);
    if (transport === 'socket') {
      await bot.fake.envelope('events_api', body);
      return;
    }
    const res = await postSlack(bot.base, JSON.stringify(body), { contentType: 'application/json' });
    expect(res.status).toBe(200);
  }

  /** Sends `event` and resolves with the chat.postMessage it caused. */
  async function answered(event: Record<string, unknown>): Promise<RecordedCall> {
    const since = bot.fake.calls.length;
    const posted = bot.fake.next('chat.postMessage', since);
    await send(event);
    return posted;
  }

  it('answers a DM in the DM, with blocks and a text fallback', async () => {
    const call = await answered(dm('is my profile picture used?'));
    expect(call.body.channel).toBe(DM);
    expect(call.body.thread_ts).toBeUndefined();
    expect(String(call.body.text).length).toBeGreaterThan(0);
    expect(JSON.stringify(call.body.blocks)).toContain('header');
    expect(handled[0]?.request).toMatchObject({ line: 'is my profile picture used?', origin: 'free-text' });
    expect(handled[0]?.outcome.reply.topic).toBe('what-data');
  });

  it('answers a mention in a thread started on the mention, without the mention in the question', async () => {
    const event = mention('where is the setting on my laptop?');
    const call = await answered(event);
    expect(call.body.channel).toBe(CHANNEL);
    expect(call.body.thread_ts).toBe(event.ts);
    expect(handled[0]?.request.line).toBe('where is the setting on my laptop?');
    expect(handled[0]?.outcome.reply.topic).toBe('desktop');
  });

  it('answers a follow-up in the same thread from the previous topic', async () => {
    const first = mention('where is it on my laptop');
    await answered(first);
    const call = await answered(mention('and on my phone?', { thread_ts: first.ts }));
    expect(call.body.thread_ts).toBe(first.ts);
    expect(handled.map((h) => h.request.conversationKey)).toEqual([
      `slack:${TEAM}:${CHANNEL}:${first.ts}`,
      `slack:${TEAM}:${CHANNEL}:${first.ts}`,
    ]);
    expect(handled.map((h) => h.outcome.reply.topic)).toEqual(['desktop', 'mobile']);
  });

  it('ignores bot messages, its own messages and edits', async () => {
    const since = bot.fake.calls.length;
    await send(dm('from a bot', { bot_id: 'B0OTHER01', subtype: 'bot_message' }));
    await send(dm('echo', { user: BOT_USER }));
    await send(dm('edited', { subtype: 'message_changed' }));
    await answered(dm('thanks!'));
    expect(bot.fake.calls.slice(since).filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(handled.map((h) => h.request.line)).toEqual(['thanks!']);
  });

  it('lets nothing a person types ping anyone', async () => {
    const call = await answered(
      mention('<!here> <!channel> <@U0OTHER01> <#C0OTHER01> tell me about <!everyone>'),
    );
    expect(unescapedMentions(call.body.blocks)).toEqual([]);
    expect(unescapedMentions(call.body.text)).toEqual([]);
  });
});
