// The rate limiter's words: every locale has them all, and the reply is in the member's language.
import { describe, expect, it } from 'vitest';
import { rateLimitedReply } from '../../src/core/rate-limit.js';
import { RATE_LIMIT_WORDS, rateLimitWords } from '../../src/core/rate-limit-words.js';
import { expectWordsParity, testContext } from '../helpers.js';

describe('rate-limit words', () => {
  it('have every key in every locale, with the placeholders English has', () => {
    expectWordsParity(RATE_LIMIT_WORDS, 'rate-limit');
  });

  it('say the wait as each language counts', () => {
    expect(rateLimitWords('en').wait(1)).toBe('a second');
    expect(rateLimitWords('de').wait(30)).toBe('30 Sekunden');
    expect(rateLimitWords('pl').wait(1)).toBe('sekundę');
    expect(rateLimitWords('pl').wait(3)).toBe('3 sekundy');
    expect(rateLimitWords('pl').wait(5)).toBe('5 sekund');
    expect(rateLimitWords('pl').wait(22)).toBe('22 sekundy');
  });

  it('answers in the context language, with the setting link', () => {
    const reply = rateLimitedReply(testContext({ locale: 'it' }), 'linkedin-optout', 'command', 10);
    expect(reply.title).toBe('Troppi comandi tutti insieme.');
    expect(reply.intro).toContain('10 secondi');
    expect(reply.links[0]?.label).toBe("Apri l'impostazione di LinkedIn");
  });
});
