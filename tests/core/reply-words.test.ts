// The words around the content and the dates, per locale, with English as the fallback.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/locale.js';
import { formatDate, replyWords } from '../../src/core/reply-words.js';

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
