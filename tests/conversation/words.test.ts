// The conversation's words: every locale has them all, and small talk is answered in the member's language.
import { describe, expect, it } from 'vitest';
import { Conversation } from '../../src/conversation/conversation.js';
import { CONVERSATION_WORDS, GUIDE_COMMANDS } from '../../src/conversation/words.js';
import { expectWordsParity, testContext } from '../helpers.js';

describe('conversation words', () => {
  it('have every key in every locale, with the placeholders English has', () => {
    expectWordsParity(CONVERSATION_WORDS, 'conversation');
  });

  it('answer small talk in the context language, with the same commands behind the buttons', () => {
    const reply = new Conversation().respond({ text: 'danke!' }, testContext({ locale: 'de' }));
    expect(reply.title).toBe('Gern geschehen!');
    expect(reply.actions.map((a) => a.label)).toEqual([...CONVERSATION_WORDS.de.guideButtons]);
    expect(reply.actions.map((a) => a.command)).toEqual([...GUIDE_COMMANDS]);
    expect(reply.actions[0]?.style).toBe('primary');
    expect(reply.links[0]?.label).toBe('LinkedIn-Einstellung öffnen');
  });

  it.each([
    ['bonjour', 'fr', 'greeting'],
    ['muchas gracias', 'es', 'thanks'],
    ['dzień dobry', 'pl', 'greeting'],
    ['olá', 'pt-BR', 'greeting'],
  ] as const)('recognises "%s" as small talk', (text, locale, kind) => {
    const reply = new Conversation().respond({ text }, testContext({ locale }));
    expect(reply.title).toBe(CONVERSATION_WORDS[locale].titles[kind]);
  });
});
