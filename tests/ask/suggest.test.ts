import { describe, expect, it } from 'vitest';
import { MAX_SUGGESTIONS, suggestQuestions } from '../../src/ask/suggest.js';
import { getContent } from '../../src/content/index.js';

const content = getContent('en');
const entries = [...Object.values(content.topics), ...Object.values(content.guides)];
const examples = new Set(entries.flatMap((e) => e.ask?.examples ?? []));

describe('ask: suggestions for autocomplete', () => {
  it('offers one example per topic and guide before anything is typed', () => {
    const s = suggestQuestions('');
    expect(s.length).toBe(entries.length);
    expect(s.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });

  it('suggests examples that match what is typed, including a half-typed word', () => {
    expect(suggestQuestions('inmail').some((s) => /inmail/i.test(s))).toBe(true);
    expect(suggestQuestions('does it use my d').some((s) => /\bdms?\b/i.test(s))).toBe(true);
    expect(suggestQuestions('iphon').some((s) => /iphone/i.test(s))).toBe(true);
  });

  it("returns only content examples, within Discord's limits, never the typed text", () => {
    for (const typed of ['@everyone <!channel> hi', 'x'.repeat(5000), 'gdpr', '']) {
      const s = suggestQuestions(typed, 100);
      expect(s.length).toBeLessThanOrEqual(25);
      for (const x of s) {
        expect(examples).toContain(x);
        expect(x.length).toBeLessThanOrEqual(100);
      }
    }
    expect(suggestQuestions('opt out', 3)).toHaveLength(3);
  });

  it("suggests a locale's own examples, matched with its analyser (accents, inflections)", () => {
    const de = getContent('de');
    const deExamples = new Set(
      [...Object.values(de.topics), ...Object.values(de.guides)].flatMap((e) => e.ask?.examples ?? []),
    );
    const typed = suggestQuestions('datenschutzeinstellungen am handy', 25, 'de');
    expect(typed.length).toBeGreaterThan(0);
    for (const x of typed) expect(deExamples).toContain(x);
    expect(suggestQuestions('', 25, 'de')).toHaveLength(entries.length);
    // Typed without the accents the examples have, and half-typed: still the Polish examples on phones.
    expect(suggestQuestions('wylaczyc w aplikacji na telef', 25, 'pl').some((s) => /telefon/i.test(s))).toBe(
      true,
    );
    expect(
      suggestQuestions('wie schalte ich das am handy aus', 25, 'de').some((s) => /handy|app/i.test(s)),
    ).toBe(true);
  });
});
