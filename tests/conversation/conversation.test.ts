import { describe, expect, it } from 'vitest';
import { Conversation } from '../../src/conversation/conversation.js';
import { TOPIC_MEMORY_TTL_MS } from '../../src/conversation/memory.js';
import { testContext } from '../helpers.js';

const ctx = testContext();

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('conversation: respond', () => {
  it.each([
    ['a greeting', 'hi there!'],
    ['thanks', 'thanks a lot'],
    ['"help"', 'help'],
    ['an empty mention', '<@U0BOT>'],
    ['an empty Discord mention', '<@!123456789012345678>  '],
  ])('answers %s with a short introduction and the guide buttons', (_what, text) => {
    const reply = new Conversation().respond({ text, conversationKey: 'slack:T1:C1:1.1' }, ctx);
    expect(reply.understood).toBe(true);
    expect(reply.topic).toBeNull();
    expect(reply.title).not.toMatch(/only know|not sure/i);
    expect(reply.actions.map((a) => a.command)).toEqual([
      '/linkedin-optout desktop',
      '/linkedin-optout mobile',
      '/linkedin-ai what-data',
      '/linkedin-ai opt-out-effect',
    ]);
    expect(reply.links[0]?.url).toBe(ctx.content.settingUrl);
  });

  it('says "you\'re welcome" to thanks and hello to a greeting', () => {
    const c = new Conversation();
    expect(c.respond({ text: 'thx!' }, ctx).title).toMatch(/welcome/i);
    expect(c.respond({ text: 'hello' }, ctx).title).toMatch(/^Hi/);
  });

  it('answers a question, with a mention around it', () => {
    const reply = new Conversation().respond({ text: '<@U0BOT> does linkedin read my DMs?' }, ctx);
    expect(reply).toMatchObject({ understood: true, topic: 'not-used', subcommand: 'ask' });
  });

  it('answers off-topic requests with "I only know about…", understood false', () => {
    for (const text of ['tell me a joke', 'how do I delete my facebook account', 'write me a cover letter']) {
      const reply = new Conversation().respond({ text, conversationKey: 'k' }, ctx);
      expect(reply.understood, text).toBe(false);
      expect(reply.topic, text).toBeNull();
      expect(reply.title).toMatch(/I only know about/);
    }
  });

  it('"and on my phone?" after the desktop guide gives the mobile guide', () => {
    const c = new Conversation();
    const key = 'slack:T1:C1:1700000000.000100';
    expect(c.respond({ text: 'where is the setting on my laptop?', conversationKey: key }, ctx).topic).toBe(
      'desktop',
    );
    expect(c.respond({ text: 'and on my phone?', conversationKey: key }, ctx).topic).toBe('mobile');
  });

  it('"what about Canada?" after regions gives the regions answer', () => {
    const c = new Conversation();
    const key = 'discord:dm:42';
    expect(c.respond({ text: 'is training paused in the EU?', conversationKey: key }, ctx).topic).toBe(
      'regions',
    );
    const reply = c.respond({ text: 'what about Canada?', conversationKey: key }, ctx);
    expect(reply.topic).toBe('regions');
    expect(JSON.stringify(reply.sections)).toMatch(/Canad/);
  });

  it('leans on the previous topic when the follow-up fits it as well as anything else', () => {
    const c = new Conversation();
    const key = 'discord:dm:7';
    // Alone, "what about the UK?" is about regions; after the Microsoft topic it is about Microsoft's UK row.
    expect(new Conversation().respond({ text: 'what about the UK?' }, ctx).topic).toBe('regions');
    expect(
      c.respond({ text: 'does microsoft use my linkedin data for its AI?', conversationKey: key }, ctx).topic,
    ).toBe('microsoft');
    expect(c.respond({ text: 'what about the UK?', conversationKey: key }, ctx).topic).toBe('microsoft');
    // "tell me more" names nothing: it is about the topic before.
    expect(c.respond({ text: 'tell me more', conversationKey: key }, ctx).topic).toBe('microsoft');
  });

  it('does not take "no" or "lol" for a follow-up', () => {
    const c = new Conversation();
    c.respond({ text: 'is training paused in the EU?', conversationKey: 'k' }, ctx);
    for (const text of ['no', 'lol', 'nope.']) {
      const reply = c.respond({ text, conversationKey: 'k' }, ctx);
      expect(reply.topic, text).toBeNull();
      expect(reply.understood, text).toBe(false);
    }
  });

  it('answers a follow-up with no previous topic as a normal question', () => {
    const c = new Conversation();
    expect(c.respond({ text: 'what about Canada?', conversationKey: 'fresh' }, ctx).topic).toBe('regions');
    const more = c.respond({ text: 'tell me more', conversationKey: 'fresh2' }, ctx);
    expect(more.understood).toBe(false);
  });

  it('keeps conversations apart, and forgets them after 30 minutes', () => {
    const c0 = clock();
    const c = new Conversation({ now: c0.now });
    c.respond({ text: 'does microsoft get my linkedin data?', conversationKey: 'a' }, ctx);
    expect(c.respond({ text: 'tell me more', conversationKey: 'b' }, ctx).understood).toBe(false);
    c0.advance(TOPIC_MEMORY_TTL_MS);
    expect(c.respond({ text: 'tell me more', conversationKey: 'a' }, ctx).understood).toBe(false);
  });

  it('does not let an off-topic follow-up lean on the previous topic', () => {
    const c = new Conversation();
    c.respond({ text: 'is training paused in the EU?', conversationKey: 'k' }, ctx);
    expect(c.respond({ text: 'and tell me a joke', conversationKey: 'k' }, ctx).topic).toBeNull();
    // The off-topic message does not wipe the topic either.
    expect(c.respond({ text: 'what about Canada?', conversationKey: 'k' }, ctx).topic).toBe('regions');
  });

  it("finds the bot's own topics", () => {
    const c = new Conversation();
    expect(c.respond({ text: 'do you store what I type?' }, ctx)).toMatchObject({
      topic: 'about',
      understood: true,
    });
    expect(c.respond({ text: 'what are your sources?' }, ctx)).toMatchObject({
      topic: 'sources',
      understood: true,
    });
  });
});
