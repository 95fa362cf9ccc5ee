// The language of a DM or mention on Discord, which carries no locale: the message's own language when clear,
// else the server's preferred language (discord.js guild cache), else English. Through the fake gateway and
// real discord.js.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PlatformRuntime } from '../../../src/app.js';
import { getContent } from '../../../src/content/index.js';
import { CONVERSATION_WORDS } from '../../../src/conversation/words.js';
import { BOT_ID, FakeDiscordGateway, messagePayload } from '../../fakes/discord-gateway.js';
import { FakeDiscordRest, type RecordedRequest } from '../../fakes/discord-rest.js';
import { CHANNEL_ID, GUILD_ID, startDiscordGatewayRuntime } from './helpers.js';

const GERMAN_GUILD = '1100000000000000701';
const GERMAN_CHANNEL = '1100000000000000702';
const DM = '1100000000000000703';

let rest: FakeDiscordRest;
let gateway: FakeDiscordGateway;
let runtime: PlatformRuntime;

// biome-ignore lint/suspicious/noExplicitAny: message bodies are inspected field by field.
const titleOf = (r: RecordedRequest) => (r.body as any).embeds[0].title as string;
const posted = (channelId: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${channelId}/messages`;

async function answer(content: string, channelId: string, guildId?: string): Promise<string> {
  rest.reset();
  gateway.message(messagePayload({ content, channelId, ...(guildId ? { guildId } : {}) }));
  return titleOf(await rest.waitFor(posted(channelId)));
}

beforeAll(async () => {
  gateway = await FakeDiscordGateway.start({
    guilds: [
      { id: GUILD_ID, channelId: CHANNEL_ID },
      { id: GERMAN_GUILD, channelId: GERMAN_CHANNEL, preferredLocale: 'de' },
    ],
  });
  rest = (await FakeDiscordRest.start()).useGateway(gateway);
  ({ runtime } = await startDiscordGatewayRuntime({ apiUrl: rest.api }));
});

beforeEach(() => rest.reset());

afterAll(async () => {
  await runtime?.stop();
  await gateway?.close();
  await rest?.close();
});

const mobile = (locale: 'en' | 'de' | 'fr') => getContent(locale).guides.mobile?.title ?? 'missing';

describe('the language of a Discord message', () => {
  it('answers a DM in the language it is written in', async () => {
    expect(await answer('comment je le désactive sur mon téléphone ?', DM)).toBe(mobile('fr'));
    expect(await answer('how do I turn it off on my phone?', DM)).toBe(mobile('en'));
  });

  it('answers a mention in a German server in German when the message does not say otherwise', async () => {
    expect(await answer(`<@${BOT_ID}>`, GERMAN_CHANNEL, GERMAN_GUILD)).toBe(
      CONVERSATION_WORDS.de.titles.empty,
    );
    // A message clearly in another language wins over the server's.
    expect(
      await answer(`<@${BOT_ID}> comment je le désactive sur mon téléphone ?`, GERMAN_CHANNEL, GERMAN_GUILD),
    ).toBe(mobile('fr'));
  });

  it('answers a short DM, whose language is not clear, in English', async () => {
    expect(await answer('hallo', DM)).toBe(CONVERSATION_WORDS.en.titles.greeting);
  });
});
