// The provenance rule of the schema: the press (the seed article included) backs only what was reported at a
// date; how LinkedIn's interface or policy is today needs LinkedIn's or a regulator's word.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { validateContent } from '../../src/content/schema.js';
import type { Content, Fact } from '../../src/content/types.js';

/** The content with one extra fact appended to the `default` topic. */
function withFact(fact: Fact): Content {
  const c = structuredClone(en);
  c.topics.default!.sections[0]!.facts.push(fact);
  return c;
}

describe('content schema: who may back a statement about today', () => {
  it('rejects a fact on how the interface is today backed only by the seed article and a news report', () => {
    const bad = withFact({
      text: 'The toggle sits under Data privacy and is on by default.',
      sources: ['SEED', 'NEWS-2024-09-UK'],
    });
    expect(() => validateContent(bad)).toThrow(/topics\.default: backed by the press only/);
  });

  it('accepts the same claim once LinkedIn or a regulator backs it too', () => {
    for (const extra of ['HELP-SETTING', 'AP-2025'] as const) {
      const ok = withFact({
        text: 'The toggle sits under Data privacy and is on by default.',
        sources: ['SEED', 'NEWS-2024-09-UK', extra],
      });
      expect(() => validateContent(ok)).not.toThrow();
    }
  });

  it('accepts a press-only fact marked reported and dated, and rejects one that names no year', () => {
    const dated = withFact({
      text: 'Reported in 2024: the toggle sat under Data privacy.',
      sources: ['SEED', 'NEWS-2024-09-UK'],
      reported: true,
    });
    expect(() => validateContent(dated)).not.toThrow();
    const undated = withFact({
      text: 'Reported: the toggle sits under Data privacy.',
      sources: ['SEED', 'NEWS-2024-09-UK'],
      reported: true,
    });
    expect(() => validateContent(undated)).toThrow(/a reported fact names the year/);
  });

  it('still rejects a fact whose only source is the seed article, even marked reported', () => {
    const seedOnly = withFact({ text: 'Reported in 2024: it was on.', sources: ['SEED'], reported: true });
    expect(() => validateContent(seedOnly)).toThrow(/without an https source/);
  });

  it('rejects a source without a kind or with an unknown one', () => {
    const c = structuredClone(en) as unknown as { sources: Record<string, Record<string, unknown>> };
    delete c.sources['DPC-2025']!.kind;
    expect(() => validateContent(c)).toThrow(/sources\.DPC-2025\.kind/);
    const d = structuredClone(en) as unknown as { sources: Record<string, Record<string, unknown>> };
    d.sources.SEED!.kind = 'blog';
    expect(() => validateContent(d)).toThrow(/sources\.SEED\.kind/);
  });

  it('classes the seed article and news reports as press, never as LinkedIn or a regulator', () => {
    for (const key of ['SEED', 'NEWS-2025-09', 'NEWS-2024-09-UK', 'LAWSUIT-2025'] as const) {
      expect(en.sources[key].kind, key).toBe('press');
    }
  });
});
