// Turns text (a question, or content being indexed) into search terms: lowercase words, everyday phrases
// rewritten to canonical terms (the language's lexicon, src/content/lexicon-<code>.ts), stop words dropped,
// a light stemmer. The same pipeline runs on both sides, so only its consistency matters, not linguistic
// perfection. Each locale has its own `Language` (src/ask/language.ts); English is the default.

import type { Lexicon } from '../content/lexicon.js';
import * as lexiconEn from '../content/lexicon-en.js';
import type { Locale } from '../content/types.js';
import { editDistance } from '../core/text.js';

const MAX_PHRASE = 3;

/** What the analyser needs to know about a language. */
export interface Language {
  locale: Locale;
  lexicon: Lexicon;
  /** Maps a folded, lowercase word to its stem. */
  stem: (word: string) => string;
  /** Apostrophes split words ("l'IA" → "l", "ia") instead of joining them ("don't" → "dont"). */
  elision: boolean;
}

/** Lookups worked out once per language from its lexicon. */
interface Tables {
  phraseKeys: Map<string, readonly string[]>;
  singleKeys: string[];
  /**
   * Every word of a synonym key or a filler phrase: a real word, never a misspelt function word ("salgo" is
   * not "algo"; "short" in "long story short" is not "sort").
   */
  phraseWords: Set<string>;
  /** Each stop word of 3+ letters with one letter left out → the stop word ("wat" → "what"); first wins. */
  stopWordDeletions: Map<string, string>;
  /** Stems already worked out (bounded): the same words come back in every question and reading. */
  stems: Map<string, string>;
}

const tables = new WeakMap<Language, Tables>();

function tablesOf(lang: Language): Tables {
  let t = tables.get(lang);
  if (t) return t;
  const phraseKeys = new Map<string, readonly string[]>(Object.entries(lang.lexicon.SYNONYMS));
  const singleKeys = [...phraseKeys.keys()].filter((k) => !k.includes(' ') && k.length >= 5);
  const stopWordDeletions = new Map<string, string>();
  for (const w of new Set([...lang.lexicon.QUESTION_WORDS, ...lang.lexicon.STOP_WORDS])) {
    if (w.length < 3) continue;
    for (const d of deletions(w)) if (!stopWordDeletions.has(d)) stopWordDeletions.set(d, w);
  }
  const phraseWords = new Set(
    [...phraseKeys.keys(), ...lang.lexicon.FILLER_PHRASES].flatMap((k) => k.split(' ')),
  );
  t = { phraseKeys, singleKeys, phraseWords, stopWordDeletions, stems: new Map() };
  tables.set(lang, t);
  return t;
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
function fuzzyStopWord(lang: Language, word: string): string | undefined {
  if (word.length < 2) return undefined;
  const stopWords = lang.lexicon.STOP_WORDS;
  const missing = tablesOf(lang).stopWordDeletions.get(word);
  if (missing) return missing;
  for (const d of deletions(word)) if (d.length >= 3 && stopWords.has(d)) return d;
  for (let k = 0; k + 1 < word.length; k++) {
    const swapped = word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2);
    if (swapped !== word && stopWords.has(swapped)) return swapped;
  }
  return undefined;
}

/** Letters NFKD does not split into a base letter and an accent. */
const UNFOLDED: Readonly<Record<string, string>> = { ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd' };

/**
 * Lowercase words, accents folded ("Einstellungen für KI" → "einstellungen", "fur", "ki"; "ł" → "l"),
 * apostrophes dropped ("don't" → "dont") or, with `elision`, splitting ("l'IA" → "l", "ia").
 */
export function words(text: string, elision = false): string[] {
  const lower = text.toLowerCase();
  // Plain ASCII has nothing to fold: most questions skip the normalisation.
  const folded = ASCII.test(lower) ? lower : fold(lower);
  return folded
    .replace(/['’‘`]/g, elision ? ' ' : '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Printable ASCII and line breaks: nothing NFKD or the accent stripping would change. */
const ASCII = /^[\t\n\r -~]*$/;

function fold(lower: string): string {
  return lower
    .replace(/[łßæœøđ]/g, (c) => UNFOLDED[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
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

function fuzzySynonym(lang: Language, word: string): readonly string[] | undefined {
  if (word.length < 5) return undefined;
  const key = `${lang.locale}:${word}`;
  const cached = fuzzySynonymCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const found = closestSynonym(lang, word);
  // Bounded: questions bring an endless variety of words, the same few typos come back often.
  if (fuzzySynonymCache.size >= MAX_CACHED) fuzzySynonymCache.clear();
  fuzzySynonymCache.set(key, found ?? null);
  return found;
}

function closestSynonym(lang: Language, word: string): readonly string[] | undefined {
  const { singleKeys, phraseKeys } = tablesOf(lang);
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
  /** The language of the text; English when not given. */
  language?: Language;
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
  return analyzeWordGroups(words(text, (opts.language ?? english).elision), opts);
}

/**
 * `analyzeGroups` of a text already split by `words` in the same language: the groups depend on the words
 * alone, so a caller holding them does not split the text again.
 */
export function analyzeWordGroups(textWords: readonly string[], opts: AnalyzeOptions = {}): string[][] {
  const lang = opts.language ?? english;
  const { STOP_WORDS, FILLER_PHRASES } = lang.lexicon;
  const { phraseKeys, phraseWords, stems } = tablesOf(lang);
  const stem = (w: string): string => {
    let s = stems.get(w);
    if (s === undefined) {
      s = lang.stem(w);
      if (stems.size >= MAX_CACHED) stems.clear();
      stems.set(w, s);
    }
    return s;
  };
  const ws = [...textWords];
  // Misspelt function words are put right first, so that the phrases they belong to still match.
  if (opts.fuzzy) {
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k]!;
      if (STOP_WORDS.has(w) || phraseWords.has(w) || opts.known?.(stem(w))) continue;
      const fixed = fuzzyStopWord(lang, w);
      if (fixed) ws[k] = fixed;
    }
  }
  const out: string[][] = [];
  let i = 0;
  while (i < ws.length) {
    let matched = false;
    for (let n = Math.min(MAX_PHRASE, ws.length - i); n >= 1; n--) {
      // A phrase of a word no key or filler holds cannot match: no string built for it.
      if (n > 1 && !allIn(phraseWords, ws, i, n)) continue;
      const phrase = n === 1 ? ws[i]! : ws.slice(i, i + n).join(' ');
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
    // Another platform's name ("whatsapp's") is kept whole: never stemmed ("whatsap") nor taken for a typo.
    const platform = platformName(lang.lexicon.OTHER_PLATFORMS, w);
    if (platform) {
      out.push([platform]);
      continue;
    }
    const stemmed = stem(w);
    if (!opts.fuzzy || opts.known?.(stemmed)) {
      out.push([stemmed]);
      continue;
    }
    const fuzzy = fuzzySynonym(lang, w);
    out.push(fuzzy ? [...fuzzy] : [opts.correct?.(stemmed) ?? stemmed]);
  }
  return out;
}

function allIn(set: ReadonlySet<string>, ws: readonly string[], from: number, n: number): boolean {
  for (let k = from; k < from + n; k++) if (!set.has(ws[k]!)) return false;
  return true;
}

/** The platform a word names, as itself or without a final "s". */
function platformName(platforms: ReadonlySet<string>, w: string): string | undefined {
  if (platforms.has(w)) return w;
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  return singular !== w && platforms.has(singular) ? singular : undefined;
}

/** English: the lexicon in src/content/lexicon-en.ts and the suffix stripper above. */
export const english: Language = { locale: 'en', lexicon: lexiconEn, stem, elision: false };
