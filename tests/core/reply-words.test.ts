// The words around the content and the dates, per locale, with English as the fallback.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locale.js';
import { REFUSAL_WORDS } from '../../src/core/refusal-words.js';
import { formatDate, REPLY_WORDS, replyWords } from '../../src/core/reply-words.js';
import { ask, expectWordsParity } from '../helpers.js';

describe('formatDate', () => {
  it('keeps the English short form and writes other languages their own way, in UTC', () => {
    expect(formatDate('2025-11-03')).toBe('3 Nov 2025');
    expect(formatDate('2025-09')).toBe('Sep 2025');
    expect(formatDate('2025-11-03', 'de')).toMatch(/^3\. Nov\.? 2025$/);
    expect(formatDate('2025-11-03', 'fr')).toMatch(/^3 nov\.? 2025$/);
    expect(formatDate('2025-11-03', 'pl')).toContain('2025');
    expect(formatDate('2025-11-03', 'pl')).not.toContain('Nov');
  });

  it('gives back what it cannot read', () => {
    expect(formatDate('2024', 'de')).toBe('2024');
    expect(formatDate('soon', 'fr')).toBe('soon');
  });
});

describe('replyWords', () => {
  it('has every word in every locale, and only English is English', () => {
    const en = replyWords('en');
    for (const locale of LOCALES) {
      const w = replyWords(locale);
      for (const v of [w.next, w.sources, w.shareInChannel, w.openLink, w.notConfirmed])
        expect(v).not.toBe('');
      expect(w.factsChecked('D', 'V')).toContain('D');
      expect(w.factsChecked('D', 'V')).toContain('V');
      expect(w.staleNotice('D')).toContain('D');
      if (locale !== 'en') expect(w.shareInChannel).not.toBe(en.shareInChannel);
    }
    expect(replyWords(undefined)).toBe(en);
  });
});

describe('the words tables', () => {
  it('have every key in every locale, with the placeholders English has', () => {
    expectWordsParity(REPLY_WORDS, 'reply');
    expectWordsParity(REFUSAL_WORDS, 'refusal');
  });

  it('are checked by a parity test that fails on a dropped placeholder, a missing key or a blank text', () => {
    const good = Object.fromEntries(LOCALES.map((l) => [l, { a: (x: string) => `A ${x}`, b: 'B' }]));
    expect(() => expectWordsParity(good)).not.toThrow();
    expect(() => expectWordsParity({ ...good, de: { a: () => 'A', b: 'B' } })).toThrow(/placeholders/);
    expect(() => expectWordsParity({ ...good, fr: { a: (x: string) => x } })).toThrow(/keys/);
    expect(() => expectWordsParity({ ...good, pl: { a: (x: string) => x, b: ' ' } })).toThrow(/blank/);
    const { es: _es, ...noSpanish } = good;
    expect(() => expectWordsParity(noSpanish)).toThrow(/no es entry/);
  });

  it('words choice replies in the reply language', async () => {
    const reply = await ask('/linkedin-optout dekstop', { locale: 'de' });
    expect(reply.sections[0]?.title).toBe(REPLY_WORDS.de.didYouMeanMany);
    expect(reply.sections[1]?.title).toBe('Alle Möglichkeiten');
  });
});
