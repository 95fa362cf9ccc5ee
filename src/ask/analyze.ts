// Turns text (a question, or content being indexed) into search terms: lowercase words, everyday phrases
// rewritten to canonical terms (content/lexicon-en.ts), stop words dropped, a light suffix stemmer. The same pipeline
// runs on both sides, so only its consistency matters, not linguistic perfection.

import { STOP_WORDS, SYNONYMS } from '../content/lexicon-en.js';
import { editDistance } from '../core/text.js';

const MAX_PHRASE = 3;
const phraseKeys = new Map<string, readonly string[]>(Object.entries(SYNONYMS));
const singleKeys = [...phraseKeys.keys()].filter((k) => !k.includes(' ') && k.length >= 5);

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
function fuzzySynonym(word: string): readonly string[] | undefined {
  if (word.length < 5) return undefined;
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
  const out: string[][] = [];
  let i = 0;
  while (i < ws.length) {
    let matched = false;
    for (let n = Math.min(MAX_PHRASE, ws.length - i); n >= 1; n--) {
      const canon = phraseKeys.get(ws.slice(i, i + n).join(' '));
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
    const fuzzy = opts.fuzzy && !opts.known?.(stemmed) ? fuzzySynonym(w) : undefined;
    out.push(fuzzy ? [...fuzzy] : [stemmed]);
  }
  return out;
}
