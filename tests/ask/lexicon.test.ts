// The synonym lexicon is data: checked here like the content is (shape, and that it leads somewhere).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GENERIC, OTHER_PLATFORMS, STOP_WORDS, SYNONYMS } from '../../src/ask/lexicon.js';
import { indexFor } from '../../src/ask/retrieve.js';
import { testContext } from '../helpers.js';

const ctx = testContext();

const lexicon = z.record(
  z.string().regex(/^[a-z0-9]+( [a-z0-9]+){0,2}$/, 'lowercase words, single spaces, at most 3 words'),
  z.array(z.string().regex(/^[a-z0-9]+$/)).min(1),
);

describe('ask: lexicon', () => {
  it('has the expected shape', () => {
    expect(lexicon.safeParse(SYNONYMS).error?.issues ?? []).toEqual([]);
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
