// Retrieval for free-text questions: one MiniSearch index per locale and content version, built on first
// use, with a document per topic and per guide. Ranking is MiniSearch's BM25 with field boosts, prefix and
// fuzzy matching; confidence comes from how much of the question the best entry explains (coverage,
// weighted by how specific each word is) and how clearly it beats the runner-up.
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Content, Entry, Fact } from '../content/types.js';
import { editDistance } from '../core/text.js';
import { analyze as analyzeText, analyzeWordGroups, type Language, words } from './analyze.js';
import { botTopicsFor } from './bot-topics.js';
import { type Domain, domainOf } from './domain-gate.js';
import { languageFor } from './language.js';

/** `bot`: a question about the bot itself, answered with the about or sources reply. */
export type EntryKind = 'topic' | 'guide' | 'bot';

export interface IndexedEntry {
  id: string;
  kind: EntryKind;
  entry: Entry;
}

interface Doc {
  id: string;
  title: string;
  summary: string;
  facts: string;
  examples: string;
  keywords: string;
}

export const FIELD_BOOST = { title: 2, summary: 1.5, facts: 1, examples: 1.5, keywords: 3 } as const;

/** Below this the bot says it only knows LinkedIn's AI settings; below `SURE` it says it is not sure. */
export const THRESHOLD = { NONE: 0.3, SURE: 0.5 } as const;

export interface AskIndex {
  /** The content's language: its analyser and lexicon, used on the questions too. */
  language: Language;
  search: MiniSearch<Doc>;
  entries: Map<string, IndexedEntry>;
  /** Every term the content holds, with the number of entries holding it. */
  df: Map<string, number>;
  /** Analysed terms of each fact text, for picking the facts that answer a question. */
  factTerms: Map<Fact, Set<string>>;
  /** Index terms by length, for correcting typos in questions. */
  termsByLength: Map<number, string[]>;
  /** Typo corrections already worked out (bounded): question word → index term, or null for none. */
  corrections: Map<string, string | null>;
}

export interface Ranked {
  id: string;
  kind: EntryKind;
  entry: Entry;
  score: number;
  /** Share of the question's (weighted) terms this entry matches, 0..1. */
  coverage: number;
  /** A specific question word (not "linkedin", "ai", "data"…) is exactly in its title, summary or hints. */
  strong: boolean;
  /** The question's terms it holds exactly in its title, summary or hints. */
  strongTerms: string[];
}

export interface Retrieval {
  /** The question's terms, grouped by the word or phrase they came from. */
  groups: string[][];
  terms: string[];
  weights: Map<string, number>;
  ranked: Ranked[];
  /** 0..1, two decimals. */
  confidence: number;
  verdict: 'answer' | 'unsure' | 'none';
  /** The question names another platform or asks for something out of scope ("write me…"). */
  elsewhere: boolean;
  /** Whether the question is about this domain at all (domain-gate.ts). */
  domain: Domain;
}

const APPROX_CREDIT = 0.6;
const FACTS_ONLY_CREDIT = 0.5;
/** Weight of a question word the content does not know: it says the question is about something else. */
const UNKNOWN_WEIGHT = 1;
/** Weight of a word almost every entry is about ("linkedin", "ai", "data"). */
const GENERIC_WEIGHT = 0.2;
/** Weight of another platform's name or an out-of-scope request ("write me", "weather") in a question. */
const OFF_TOPIC_WEIGHT = 2.5;
/** Coverage kept when no specific question word matched exactly, only by prefix or fuzzily. */
const UNANCHORED_FACTOR = 0.4;

const cache = new Map<string, AskIndex>();

function factsOf(entry: Entry): Fact[] {
  return [...(entry.intro ? [entry.intro] : []), ...entry.sections.flatMap((s) => s.facts)];
}

export function buildIndex(content: Content): AskIndex {
  const language = languageFor(content.locale);
  const analyze = (text: string) => analyzeText(text, { language });
  const entries = new Map<string, IndexedEntry>();
  for (const entry of Object.values(content.topics))
    entries.set(entry.id, { id: entry.id, kind: 'topic', entry });
  for (const entry of Object.values(content.guides))
    entries.set(entry.id, { id: entry.id, kind: 'guide', entry });
  for (const entry of botTopicsFor(language.lexicon))
    entries.set(entry.id, { id: entry.id, kind: 'bot', entry });

  const search = new MiniSearch<Doc>({
    fields: ['title', 'summary', 'facts', 'examples', 'keywords'],
    tokenize: (text) => analyze(text),
    // Terms arrive analysed (from `analyze`), so MiniSearch must not change them again.
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => text.split(' ').filter(Boolean),
      processTerm: (term) => term,
      boost: FIELD_BOOST,
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      maxFuzzy: 2,
      weights: { prefix: 0.5, fuzzy: 0.4 },
      combineWith: 'OR',
    },
  });
  const df = new Map<string, number>();
  const factTerms = new Map<Fact, Set<string>>();
  const docs: Doc[] = [];
  for (const { id, entry } of entries.values()) {
    const facts = factsOf(entry);
    for (const f of facts) factTerms.set(f, new Set(analyze(f.text)));
    const doc: Doc = {
      id,
      title: entry.title,
      summary: entry.summary,
      facts: facts.map((f) => f.text).join('\n'),
      examples: (entry.ask?.examples ?? []).join('\n'),
      keywords: (entry.ask?.keywords ?? []).join('\n'),
    };
    docs.push(doc);
    const terms = new Set(
      analyze([doc.title, doc.summary, doc.facts, doc.examples, doc.keywords].join('\n')),
    );
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  search.addAll(docs);
  const termsByLength = new Map<number, string[]>();
  for (const t of df.keys()) {
    const list = termsByLength.get(t.length) ?? [];
    list.push(t);
    termsByLength.set(t.length, list);
  }
  return { language, search, entries, df, factTerms, termsByLength, corrections: new Map() };
}

/** The index for this content, built once per locale and content version. */
export function indexFor(content: Content, version: string): AskIndex {
  const key = `${content.locale}:${version}`;
  let index = cache.get(key);
  if (!index) {
    index = buildIndex(content);
    cache.set(key, index);
  }
  return index;
}

/** How much a question term says about which entry is meant. Unknown words count fully against coverage. */
function termWeight(index: AskIndex, term: string): number {
  const { OTHER_PLATFORMS, OFF_TOPIC_TERMS, GENERIC } = index.language.lexicon;
  if (OTHER_PLATFORMS.has(term) || OFF_TOPIC_TERMS.has(term)) return OFF_TOPIC_WEIGHT;
  if (GENERIC.has(term)) return GENERIC_WEIGHT;
  const df = index.df.get(term);
  if (df === undefined) return UNKNOWN_WEIGHT;
  const n = index.entries.size;
  return 0.5 + (0.5 * Math.log(n / df)) / Math.log(n);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

const MAX_CORRECTIONS = 10_000;

/** The index term an unknown question word is a typo of: one edit from 6 letters, two from 9. */
function correction(index: AskIndex, word: string): string | undefined {
  if (word.length < 6 || /\d/.test(word)) return undefined;
  const cached = index.corrections.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const max = word.length >= 9 ? 2 : 1;
  let best: string | null = null;
  let bestD = max + 1;
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const t of index.termsByLength.get(len) ?? []) {
      if (t[0] !== word[0]) continue;
      const d = editDistance(word, t);
      if (d < bestD) {
        bestD = d;
        best = t;
      }
    }
  }
  if (index.corrections.size >= MAX_CORRECTIONS) index.corrections.clear();
  index.corrections.set(word, best);
  return best ?? undefined;
}

/** The parts of a message worth reading on their own: its sentences, when it has more than one. */
function sentences(text: string): string[] {
  const parts = text
    .split(/[.!?;]+(?:\s+|$)|\n+/)
    .map((p) => p.trim())
    .filter((p) => /[a-z0-9]/i.test(p));
  return parts.length > 1 ? parts : [];
}

/**
 * The best reading of a question. A message of several sentences ("Hi! Long story short: I'm a recruiter.
 * Does it use my InMails?") that is not understood as a whole is also read sentence by sentence and by
 * pairs of neighbouring sentences, so the words around the question do not drown it. A part is worth only
 * as much of the message's meaning as it keeps: "can I turn that off?" after "I keep seeing ads with my
 * job title." is not a question about switching off AI training on its own, and "will they use her
 * profile?" after "my kid is 17." must not lose the kid. So each reading's confidence is weighed by the
 * share of the message's specific words (known to the content, not generic) that it holds.
 */
export function retrieve(index: AskIndex, question: string): Retrieval {
  const { elision } = index.language;
  const wholeWords = words(question, elision);
  const whole = retrieveOne(index, wholeWords);
  // A message that points elsewhere ("does gemini train on my gmail? how do i stop that") is not saved
  // by one of its sentences.
  if (whole.verdict === 'answer' || whole.elsewhere) return whole;
  const parts = sentences(question);
  if (parts.length === 0) return whole;
  const specific = (r: Retrieval) =>
    r.groups.reduce((sum, g) => {
      const w = maxOf(g, (t) => (index.df.has(t) ? (r.weights.get(t) ?? 0) : 0));
      return sum + (w > GENERIC_WEIGHT ? w : 0);
    }, 0);
  const all = specific(whole);
  const worth = (r: Retrieval) => r.confidence * (all > 0 ? Math.min(1, specific(r) / all) : 1);
  let best = whole;
  let bestWorth = worth(whole);
  const readings = [...parts, ...parts.slice(1).map((p, i) => `${parts[i]} ${p}`)];
  // A reading is read from its words alone, so one with the same words as the message or an earlier
  // reading (a pair of the only two sentences) would come out the same and cannot do better: skipped.
  const read = new Set([wholeWords.join(' ')]);
  for (const text of readings) {
    const ws = words(text, elision);
    const key = ws.join(' ');
    if (read.has(key)) continue;
    read.add(key);
    const r = retrieveOne(index, ws);
    const w = worth(r);
    if (w > bestWorth) {
      best = r;
      bestWorth = w;
    }
  }
  return best;
}

function retrieveOne(index: AskIndex, questionWords: readonly string[]): Retrieval {
  const seen = new Set<string>();
  const groups: string[][] = [];
  const opts = {
    fuzzy: true,
    known: (t: string) => index.df.has(t),
    correct: (t: string) => correction(index, t),
    language: index.language,
  };
  for (const g of analyzeWordGroups(questionWords, opts)) {
    const key = g.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(g);
  }
  const termSet = new Set<string>();
  for (const g of groups) for (const t of g) termSet.add(t);
  const terms = [...termSet];
  const known = (t: string) => index.df.has(t);
  const weights = new Map<string, number>();
  for (const t of terms) weights.set(t, termWeight(index, t));
  // Each group's weight once, not once per search result: this runs on every question.
  const groupWeights = groups.map((g) => maxOf(g, (t) => weights.get(t) ?? 0));
  let total = 0;
  for (const w of groupWeights) total += w;
  const { OTHER_PLATFORMS, OFF_TOPIC_TERMS } = index.language.lexicon;
  const elsewhere = terms.some((t) => (OTHER_PLATFORMS.has(t) || OFF_TOPIC_TERMS.has(t)) && !index.df.has(t));
  const empty = (): Retrieval => ({
    groups,
    terms,
    weights,
    ranked: [],
    confidence: 0,
    verdict: 'none',
    elsewhere,
    domain: gate(index, terms, [], known),
  });
  if (terms.length === 0 || total === 0) return empty();

  const results: SearchResult[] = index.search.search(terms.join(' '));
  const ranked: Ranked[] = [];
  for (const r of results) {
    const e = index.entries.get(String(r.id));
    if (!e) continue;
    // A term found as itself counts fully, one found only through prefix or fuzzy matching partly; and an
    // entry is about a word when its title, summary or hints hold it, not when a fact merely mentions it.
    // Whether any matched field is more than the facts is the same for every approximate term: worked out
    // once per result.
    const approxAboutIt = beyondFacts(r.match);
    let covered = 0;
    let anchored = false;
    const strongTerms: string[] = [];
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      const gw = groupWeights[k]!;
      let c = Number.NEGATIVE_INFINITY;
      for (const t of g) c = Math.max(c, credit(r, t, approxAboutIt));
      covered += gw * c;
      if (c >= FACTS_ONLY_CREDIT && g.some((t) => r.match[t]) && gw > 0.2) anchored = true;
      if (c === 1 && gw > 0.2) for (const t of g) if (credit(r, t, approxAboutIt) === 1) strongTerms.push(t);
    }
    // Only near-misses ("pasta" ~ "past"): a guess, not an answer, however well they cover the question.
    ranked.push({
      id: e.id,
      kind: e.kind,
      entry: e.entry,
      score: r.score,
      coverage: (covered / total) * (anchored ? 1 : UNANCHORED_FACTOR),
      strong: strongTerms.length > 0,
      strongTerms,
    });
  }
  // BM25 favours long entries that repeat a word; weighting by coverage favours the entry that explains
  // the whole question.
  ranked.sort((a, b) => b.score * b.coverage - a.score * a.coverage);
  const best = ranked[0];
  if (!best) return empty();

  const rank = (r: Ranked | undefined) => (r ? r.score * r.coverage : 0);
  const margin = rank(best) > 0 ? (rank(best) - rank(ranked[1])) / rank(best) : 0;
  const confidence = round2(Math.min(1, best.coverage * (0.75 + 0.25 * margin)));
  const domain = gate(index, terms, best.strongTerms, known);
  const verdict = verdictFor(domain, confidence, best.strong && !elsewhere);
  return {
    groups,
    terms,
    weights,
    ranked,
    confidence,
    verdict,
    elsewhere: elsewhere || domain === 'outside',
    domain,
  };
}

/**
 * The domain gate's word lists are English (src/content/lexicon-en.ts); the other languages rely on their own
 * off-topic markers (index.language.lexicon) until they have anchor lists of their own.
 */
/**
 * How much a question term counts for a search result: fully when found as itself, partly when found only
 * through prefix or fuzzy matching; and fully only when the entry's title, summary or hints hold it
 * (`approxAboutIt`: whether any matched field is, for a term not found as itself).
 */
function credit(r: SearchResult, t: string, approxAboutIt: boolean): number {
  if (!r.queryTerms.includes(t)) return 0;
  const exact = r.match[t];
  const aboutIt = exact ? exact.some((f) => f !== 'facts') : approxAboutIt;
  return (exact ? 1 : APPROX_CREDIT) * (aboutIt ? 1 : FACTS_ONLY_CREDIT);
}

/** Whether any field a result matched in is more than the facts. */
function beyondFacts(match: SearchResult['match']): boolean {
  for (const term in match) if (match[term]!.some((f) => f !== 'facts')) return true;
  return false;
}

/** The largest of `f` over `items` (-Infinity for none, as `Math.max()`), without an array per call. */
function maxOf<T>(items: readonly T[], f: (item: T) => number): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const v = f(item);
    if (v > max) max = v;
  }
  return max;
}

function gate(
  index: AskIndex,
  terms: readonly string[],
  strongTerms: readonly string[],
  known: (t: string) => boolean,
): Domain {
  return index.language.locale === 'en' ? domainOf(terms, strongTerms, known) : 'anchored';
}

/**
 * What to do with the best match. The domain gate (domain-gate.ts) comes first: a question outside the
 * domain, or one that holds only generic words, gets no answer however well they match; one that names the
 * domain only through a specific word is answered when confident, never guessed at. "Not sure, did you
 * mean…" is offered only for an anchored question whose specific word names the best entry.
 */
export function verdictFor(domain: Domain, confidence: number, strong: boolean): Retrieval['verdict'] {
  if (domain === 'outside' || domain === 'unanchored') return 'none';
  if (confidence < THRESHOLD.NONE) return 'none';
  if (confidence >= THRESHOLD.SURE) return 'answer';
  return domain === 'anchored' && strong ? 'unsure' : 'none';
}
