// Messages to the bot through the fake gateway and real discord.js: a DM and a mention are answered as replies
// that ping nobody; other bots, the bot itself, webhooks, system messages, edits and server messages that do
// not mention it are ignored; nothing a person types can ping anyone; the text never reaches the logs. Each
// message goes through the pipeline as free text, one conversation per DM or channel, so follow-ups work.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlatformRuntime, Services } from '../../../src/app.js';
import { DEFAULT_CHANNEL_MESSAGES_PER_MINUTE } from '../../../src/core/rate-limit.js';
import type { PipelineOutcome, PipelineRequest } from '../../../src/core/request.js';
import { createLogger } from '../../../src/log.js';
import { BOT_ID, FakeDiscordGateway, messagePayload, userPayload } from '../../fakes/discord-gateway.js';
import { FakeDiscordRest, type RecordedRequest } from '../../fakes/discord-rest.js';
import { allStrings, CHANNEL_ID, GUILD_ID, startDiscordGatewayRuntime, until } from './helpers.js';

const DM_CHANNEL = '1100000000000000006';
const CANARY = 'zebracanary';

let rest: FakeDiscordRest;
let gateway: FakeDiscordGateway;
let services: Services;
let runtime: PlatformRuntime;
const logLines: string[] = [];
/** What the adapter handed the pipeline, and what came back, in order. */
let handled: { request: PipelineRequest; outcome: PipelineOutcome }[] = [];
const lines = () => handled.map((h) => h.request.line);

// biome-ignore lint/suspicious/noExplicitAny: message bodies are inspected field by field.
const bodyOf = (r: RecordedRequest) => r.body as any;
const posted = (channelId: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${channelId}/messages`;
const postsTo = (channelId: string) => rest.requests.filter(posted(channelId));

beforeAll(async () => {
  gateway = await FakeDiscordGateway.start({ guilds: [{ id: GUILD_ID, channelId: CHANNEL_ID }] });
  rest = (await FakeDiscordRest.start()).useGateway(gateway);
  const log = createLogger('trace', { write: (line: string) => logLines.push(line) });
  ({ services, runtime } = await startDiscordGatewayRuntime({ apiUrl: rest.api, log }));
  const handle = services.pipeline.handle.bind(services.pipeline);
  vi.spyOn(services.pipeline, 'handle').mockImplementation(async (request, check) => {
    const outcome = await handle(request, check);
    handled.push({ request, outcome });
    return outcome;
  });
});

beforeEach(() => {
  rest.reset();
  handled = [];
});

afterAll(async () => {
  await runtime?.stop();
  await gateway?.close();
  await rest?.close();
});

describe('messages to the bot', () => {
  it('answers a DM as a reply to it, as a normal message that pings nobody', async () => {
    const dm = messagePayload({ content: `what data do they use for ${CANARY}?`, channelId: DM_CHANNEL });
    expect(gateway.message(dm)).toBe(0);
    const body = bodyOf(await rest.waitFor(posted(DM_CHANNEL)));
    expect(body.message_reference).toEqual({
      message_id: dm.id,
      channel_id: DM_CHANNEL,
      fail_if_not_exists: false,
    });
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.flags).toBeUndefined();
    expect(body.embeds).toHaveLength(1);
    expect(body.embeds[0].title.length).toBeGreaterThan(0);
    expect(lines()).toEqual([`what data do they use for ${CANARY}?`]);
    expect(handled[0]?.request).toMatchObject({
      origin: 'free-text',
      conversationKey: `discord:dm:${DM_CHANNEL}`,
    });
    // A DM has no channel: only the per-user limit applies.
    expect(handled[0]?.request.channel).toBeUndefined();
  });

  it('answers a server message that mentions it, with the mention taken out of the question', async () => {
    const mention = messagePayload({
      content: `<@${BOT_ID}> how do I turn off the ${CANARY} setting on desktop?`,
      channelId: CHANNEL_ID,
      guildId: GUILD_ID,
    });
    gateway.message(mention);
    const body = bodyOf(await rest.waitFor(posted(CHANNEL_ID)));
    expect(body.message_reference).toEqual({
      message_id: mention.id,
      channel_id: CHANNEL_ID,
      guild_id: GUILD_ID,
      fail_if_not_exists: false,
    });
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.flags).toBeUndefined();
    expect(lines()).toEqual([`how do I turn off the ${CANARY} setting on desktop?`]);
    expect(handled[0]?.request).toMatchObject({
      origin: 'free-text',
      conversationKey: `discord:${GUILD_ID}:${CHANNEL_ID}`,
      channel: { id: CHANNEL_ID, workspaceId: GUILD_ID },
    });
  });

  it('answers a mention in a thread it has never seen (threads are not cached)', async () => {
    const thread = '1100000000000000300';
    gateway.message(
      messagePayload({
        content: `<@${BOT_ID}> is my profile picture used?`,
        channelId: thread,
        guildId: GUILD_ID,
        channelType: 11,
      }),
    );
    const body = bodyOf(await rest.waitFor(posted(thread)));
    expect(body.message_reference).toMatchObject({ channel_id: thread, guild_id: GUILD_ID });
    expect(handled[0]?.request.conversationKey).toBe(`discord:${GUILD_ID}:${thread}`);
  });

  it('answers a follow-up in the same DM from the previous topic', async () => {
    const dm = '1100000000000000016';
    gateway.message(messagePayload({ content: 'where is the setting on my laptop?', channelId: dm }));
    await rest.waitFor(posted(dm));
    gateway.message(messagePayload({ content: 'and on my phone?', channelId: dm }));
    await rest.waitFor(() => postsTo(dm).length === 2);
    expect(handled.map((h) => h.outcome.reply.topic)).toEqual(['desktop', 'mobile']);
    const [first, second] = postsTo(dm).map(bodyOf);
    expect(second.embeds[0].title).not.toBe(first.embeds[0].title);
  });

  it('answers a flood of mentions in one channel with one polite notice, then silence', async () => {
    const channel = '1100000000000000400';
    const flood = DEFAULT_CHANNEL_MESSAGES_PER_MINUTE + 3;
    for (let i = 0; i < flood; i++)
      gateway.message(
        messagePayload({
          content: `<@${BOT_ID}> is my profile picture used?`,
          channelId: channel,
          guildId: GUILD_ID,
          author: userPayload(`11000000000000005${String(i).padStart(2, '0')}`),
        }),
      );
    await until(() => handled.length === flood);
    // Six answers and one notice reach the channel; the quiet refusals post nothing.
    await rest.waitFor(() => postsTo(channel).length === DEFAULT_CHANNEL_MESSAGES_PER_MINUTE + 1);
    // Refusals come back synchronously and answers asynchronously, so count them rather than rely on order.
    const tally = (status: string, quiet: boolean) =>
      handled.filter((h) => h.outcome.status === status && (h.outcome.quiet ?? false) === quiet).length;
    expect([tally('ok', false), tally('rate-limited', false), tally('rate-limited', true)]).toEqual([
      DEFAULT_CHANNEL_MESSAGES_PER_MINUTE,
      1,
      2,
    ]);
    const titles = postsTo(channel).map((r) => bodyOf(r).embeds[0].title as string);
    expect(titles.filter((t) => /channel/.test(t))).toHaveLength(1);
    expect(postsTo(channel)).toHaveLength(DEFAULT_CHANNEL_MESSAGES_PER_MINUTE + 1);
  });

  it('answers a bare mention with the short introduction', async () => {
    gateway.message(messagePayload({ content: `<@!${BOT_ID}>`, channelId: CHANNEL_ID, guildId: GUILD_ID }));
    const body = bodyOf(await rest.waitFor(posted(CHANNEL_ID)));
    expect(lines()).toEqual(['']);
    expect(handled[0]?.outcome.status).toBe('ok');
    expect(body.embeds[0].title.length).toBeGreaterThan(0);
  });

  it('lets nothing a person types ping anyone', async () => {
    const m = messagePayload({
      content: `<@${BOT_ID}> @everyone @here <@1100000000000000777> <@&1100000000000000888> is my data used?`,
      channelId: CHANNEL_ID,
      guildId: GUILD_ID,
    });
    gateway.message(m);
    const body = bodyOf(await rest.waitFor(posted(CHANNEL_ID)));
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    for (const s of allStrings(body)) {
      expect(s).not.toMatch(/<@[!&]?\d+>/);
      expect(s).not.toMatch(/@(everyone|here)/);
    }
  });

  it('ignores other bots, itself, webhooks, system messages, edits and server messages without a mention', async () => {
    const inServer = { channelId: CHANNEL_ID, guildId: GUILD_ID };
    const ignored = [
      messagePayload({ ...inServer, content: 'what data is used?' }),
      messagePayload({
        ...inServer,
        content: `<@${BOT_ID}> hi`,
        author: userPayload('1100000000000000050', { bot: true }),
      }),
      messagePayload({
        content: 'hi from another bot',
        channelId: DM_CHANNEL,
        author: userPayload('1100000000000000051', { bot: true }),
      }),
      messagePayload({ ...inServer, content: `<@${BOT_ID}> echo`, author: userPayload(BOT_ID) }),
      messagePayload({
        ...inServer,
        content: `<@${BOT_ID}> from a webhook`,
        webhookId: '1100000000000000052',
      }),
      // A member joining (type 7) and a pin notice (type 6), which can carry a mention of the bot.
      messagePayload({ ...inServer, content: `<@${BOT_ID}>`, type: 7 }),
      messagePayload({ ...inServer, content: `<@${BOT_ID}>`, type: 6 }),
      // @everyone is not a mention of the bot.
      messagePayload({ ...inServer, content: '@everyone what data is used?' }),
    ];
    for (const m of ignored) gateway.message(m);
    const edited = messagePayload({ ...inServer, content: `<@${BOT_ID}> edited question` });
    gateway.dispatch(
      'MESSAGE_UPDATE',
      { ...edited, edited_timestamp: '2026-11-29T12:01:00.000000+00:00' },
      GUILD_ID,
    );

    // Dispatches arrive in order on one connection: once this DM is answered, the ones before were handled.
    const last = messagePayload({ content: 'is my profile picture used?', channelId: DM_CHANNEL });
    gateway.message(last);
    await rest.waitFor(posted(DM_CHANNEL));
    expect(postsTo(CHANNEL_ID)).toHaveLength(0);
    expect(postsTo(DM_CHANNEL)).toHaveLength(1);
    expect(bodyOf(postsTo(DM_CHANNEL)[0] as RecordedRequest).message_reference.message_id).toBe(last.id);
    expect(lines()).toEqual(['is my profile picture used?']);
  });

  it('keeps message text out of the logs', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.some((l) => l.includes('discord message'))).toBe(true);
    expect(logLines.filter((l) => l.includes(CANARY))).toEqual([]);
  });
});
