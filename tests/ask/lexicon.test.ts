// The synonym lexicon is data: checked here like the content is (shape, and that it leads somewhere).
import { describe, expect, it } from 'vitest';
import { indexFor } from '../../src/ask/retrieve.js';
import { GENERIC, OTHER_PLATFORMS, STOP_WORDS, SYNONYMS } from '../../src/content/lexicon-en.js';
import { lexiconSchema, validateKnowledge } from '../../src/content/schema.js';
import { testContext } from '../helpers.js';

const ctx = testContext();

describe('ask: lexicon', () => {
  it('has the expected shape', () => {
    expect(lexiconSchema.safeParse(SYNONYMS).error?.issues ?? []).toEqual([]);
    expect(() => validateKnowledge()).not.toThrow();
    expect(lexiconSchema.safeParse({ 'Turn Off': ['optout'] }).success).toBe(false);
  });

  it('maps every phrase to terms the content actually holds', () => {
    const { df } = indexFor(ctx.content, ctx.contentVersion);
    const orphans = [...new Set(Object.values(SYNONYMS).flat())].filter((t) => !df.has(t));
    expect(orphans).toEqual([]);
  });

  it('keeps the word lists disjoint where it matters', () => {
    for (const w of OTHER_PLATFORMS) expect(STOP_WORDS.has(w), w).toBe(false);
    for (const w of GENERIC) expect(OTHER_PLATFORMS.has(w), w).toBe(false);
    for (const w of ['when', 'why', 'off', 'other']) expect(STOP_WORDS.has(w), w).toBe(false);
  });
});
