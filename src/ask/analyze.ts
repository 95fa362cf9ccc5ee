// Turns text (a question, or content being indexed) into search terms: lowercase words, everyday phrases
// rewritten to canonical terms (content/lexicon-en.ts), stop words dropped, a light suffix stemmer. The same pipeline
// runs on both sides, so only its consistency matters, not linguistic perfection.

import { FILLER_PHRASES, STOP_WORDS, SYNONYMS } from '../content/lexicon-en.js';
import { editDistance } from '../core/text.js';

const MAX_PHRASE = 3;
const phraseKeys = new Map<string, readonly string[]>(Object.entries(SYNONYMS));
const singleKeys = [...phraseKeys.keys()].filter((k) => !k.includes(' ') && k.length >= 5);
// Question words first: "wat" is more often "what" than "want".
const QUESTION_WORDS = [
  'what',
  'where',
  'which',
  'when',
  'how',
  'does',
  'the',
  'this',
  'that',
  'they',
  'with',
];
/** Each stop word of 3+ letters with one letter left out → the stop word ("wat" → "what"); first wins. */
const stopWordDeletions = new Map<string, string>();
for (const w of new Set([...QUESTION_WORDS, ...STOP_WORDS])) {
  if (w.length < 3) continue;
  for (const d of deletions(w)) if (!stopWordDeletions.has(d)) stopWordDeletions.set(d, w);
}

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < w.length; k++) out.push(w.slice(0, k) + w.slice(k + 1));
  return out;
}

/**
 * The function word a misspelt one stands for ("wat" → "what", "exaclty" → "exactly", "whre" → "where"):
 * a letter missing, added or swapped in a stop word of 3+ letters. Not a changed letter: "life" is not a
 * typo of "like". Set lookups only, no edit distances: this runs on every unknown word.
 */
function fuzzyStopWord(word: string): string | undefined {
  if (word.length < 2) return undefined;
  const missing = stopWordDeletions.get(word);
  if (missing) return missing;
  for (const d of deletions(word)) if (d.length >= 3 && STOP_WORDS.has(d)) return d;
  for (let k = 0; k + 1 < word.length; k++) {
    const swapped = word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2);
    if (swapped !== word && STOP_WORDS.has(swapped)) return swapped;
  }
  return undefined;
}

/** Lowercase words, accents folded, apostrophes dropped ("don't" → "dont"), everything else splits. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A small suffix stripper: plural, -ing, -ed, -ly, a final e, US/UK -ize/-ise. */
/** Forms the suffix rules below would split apart from their base word. */
const IRREGULAR: Readonly<Record<string, string>> = {
  used: 'use',
  uses: 'use',
  using: 'use',
  user: 'use',
  users: 'use',
};

export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || /\d/.test(word)) return word;
  let s = word.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('ing') && s.length >= 6) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length >= 5) s = s.slice(0, -2);
  else if (s.endsWith('ly') && s.length >= 6) s = s.slice(0, -2);
  if (/([^aeiouls])\1$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
}

/** A misspelt synonym key ("dissable", "advertisment") still counts: one edit for 5+ letters, two for 10+. */
const MAX_CACHED = 10_000;
const fuzzySynonymCache = new Map<string, readonly string[] | null>();

function fuzzySynonym(word: string): readonly string[] | undefined {
  if (word.length < 5) return undefined;
  const cached = fuzzySynonymCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const found = closestSynonym(word);
  // Bounded: questions bring an endless variety of words, the same few typos come back often.
  if (fuzzySynonymCache.size >= MAX_CACHED) fuzzySynonymCache.clear();
  fuzzySynonymCache.set(word, found ?? null);
  return found;
}

function closestSynonym(word: string): readonly string[] | undefined {
  const max = word.length >= 10 ? 2 : 1;
  let best: string | undefined;
  let bestD = max + 1;
  for (const key of singleKeys) {
    if (Math.abs(key.length - word.length) > max) continue;
    const d = editDistance(word, key);
    if (d < bestD) {
      bestD = d;
      best = key;
    }
  }
  return best === undefined ? undefined : phraseKeys.get(best);
}

export interface AnalyzeOptions {
  /** Also map misspelt synonym keys; for questions only, content is spelt right. */
  fuzzy?: boolean;
  /** Words whose stem the index already knows are taken as spelt right, never "corrected". */
  known?: (term: string) => boolean;
  /** With `fuzzy`: the index term an unknown stem is a typo of, if any ("recomendation"). */
  correct?: (term: string) => string | undefined;
}

/** Search terms for a text, in order (duplicates kept: the index counts term frequency). */
export function analyze(text: string, opts: AnalyzeOptions = {}): string[] {
  return analyzeGroups(text, opts).flat();
}

/**
 * Like `analyze`, but keeps the terms that came from one word or phrase together ("France" gives
 * ["europe", "region"]): a question's coverage counts each group once, however many terms it expands to.
 */
export function analyzeGroups(text: string, opts: AnalyzeOptions = {}): string[][] {
  const ws = words(text);
  // Misspelt function words are put right first, so that the phrases they belong to still match.
  if (opts.fuzzy) {
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k]!;
      if (STOP_WORDS.has(w) || phraseKeys.has(w) || opts.known?.(stem(w))) continue;
      const fixed = fuzzyStopWord(w);
      if (fixed) ws[k] = fixed;
    }
  }
  const out: string[][] = [];
  let i = 0;
  while (i < ws.length) {
    let matched = false;
    for (let n = Math.min(MAX_PHRASE, ws.length - i); n >= 1; n--) {
      const phrase = ws.slice(i, i + n).join(' ');
      if (n > 1 && FILLER_PHRASES.has(phrase)) {
        i += n;
        matched = true;
        break;
      }
      const canon = phraseKeys.get(phrase);
      if (canon) {
        out.push([...canon]);
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const w = ws[i]!;
    i++;
    if (STOP_WORDS.has(w) || w.length < 2) continue;
    const stemmed = stem(w);
    if (!opts.fuzzy || opts.known?.(stemmed)) {
      out.push([stemmed]);
      continue;
    }
    const fuzzy = fuzzySynonym(w);
    out.push(fuzzy ? [...fuzzy] : [opts.correct?.(stemmed) ?? stemmed]);
  }
  return out;
}
