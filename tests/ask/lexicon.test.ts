// The synonym lexicon is data: checked here like the content is (shape, and that it leads somewhere).
import { describe, expect, it } from 'vitest';
import { indexFor } from '../../src/ask/retrieve.js';
import {
  ANCHOR_TERMS,
  FILLER_PHRASES,
  GENERIC,
  OFF_TOPIC_TERMS,
  OTHER_PLATFORMS,
  STOP_WORDS,
  SYNONYMS,
} from '../../src/content/lexicon-en.js';
import { lexiconSchema, validateKnowledge } from '../../src/content/schema.js';
import { testContext } from '../helpers.js';

const ctx = testContext();

describe('ask: lexicon', () => {
  it('has the expected shape', () => {
    expect(lexiconSchema.safeParse(SYNONYMS).error?.issues ?? []).toEqual([]);
    expect(() => validateKnowledge()).not.toThrow();
    expect(lexiconSchema.safeParse({ 'Turn Off': ['optout'] }).success).toBe(false);
  });

  it('maps every phrase to terms the content actually holds, or to an off-topic marker or platform', () => {
    const { df } = indexFor(ctx.content, ctx.contentVersion);
    const orphans = [...new Set(Object.values(SYNONYMS).flat())].filter(
      (t) => !df.has(t) && !OFF_TOPIC_TERMS.has(t) && !OTHER_PLATFORMS.has(t),
    );
    expect(orphans).toEqual([]);
    // An off-topic marker the content holds would stop pointing away from it.
    expect([...OFF_TOPIC_TERMS].filter((t) => df.has(t))).toEqual([]);
  });

  it('anchors the domain gate on terms the content holds', () => {
    const { df } = indexFor(ctx.content, ctx.contentVersion);
    expect([...ANCHOR_TERMS].filter((t) => !df.has(t))).toEqual([]);
  });

  it('has filler phrases of two or three words that are not also synonyms', () => {
    for (const p of FILLER_PHRASES) {
      expect(p.split(' ').length, p).toBeGreaterThanOrEqual(2);
      expect(p.split(' ').length, p).toBeLessThanOrEqual(3);
      expect(SYNONYMS[p], p).toBeUndefined();
    }
  });

  it('keeps the word lists disjoint where it matters', () => {
    for (const w of OTHER_PLATFORMS) expect(STOP_WORDS.has(w), w).toBe(false);
    for (const w of GENERIC) expect(OTHER_PLATFORMS.has(w), w).toBe(false);
    for (const w of ['when', 'why', 'off', 'other']) expect(STOP_WORDS.has(w), w).toBe(false);
  });
});
