// Example questions to offer while someone types (Discord autocomplete: at most 25 choices of at most
// 100 characters, answered within 3 s). Drawn from the content's `ask.examples`, searched with the same
// analyser as the answers, prefix matching on the word being typed.
import MiniSearch from 'minisearch';
import { contentVersion, getContent } from '../content/index.js';
import type { Content, Locale } from '../content/types.js';
import { cleanInput } from '../core/text.js';
import { analyze, words } from './analyze.js';
import { languageFor } from './language.js';

export const MAX_SUGGESTIONS = 25;
export const MAX_SUGGESTION_LENGTH = 100;

interface Examples {
  all: string[];
  /** One example per entry first, so an empty box shows every topic. */
  opening: string[];
  search: MiniSearch<{ id: number; text: string; raw: string }>;
  /** Reads what is typed the way the examples were read: the content's language. */
  terms: (typed: string) => string[];
}

const cache = new Map<string, Examples>();

function build(content: Content): Examples {
  const language = languageFor(content.locale);
  const entries = [...Object.values(content.topics), ...Object.values(content.guides)];
  const all: string[] = [];
  for (const e of entries) {
    for (const ex of e.ask?.examples ?? []) {
      if (ex.length <= MAX_SUGGESTION_LENGTH && !all.includes(ex)) all.push(ex);
    }
  }
  const opening = entries.map((e) => e.ask?.examples[0]).filter((x): x is string => x !== undefined);
  const search = new MiniSearch<{ id: number; text: string; raw: string }>({
    // `raw` keeps the words as typed, so a half-typed word ("d" of "dms") still finds its examples.
    fields: ['text', 'raw'],
    tokenize: (text, field) =>
      field === 'raw' ? words(text, language.elision) : analyze(text, { language }),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => text.split(' ').filter(Boolean),
      processTerm: (term) => term,
      prefix: true,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    },
  });
  search.addAll(all.map((text, id) => ({ id, text, raw: text })));
  const terms = (typed: string) => {
    const out = analyze(typed, { fuzzy: true, language });
    const last = /[\p{L}\p{N}]$/u.test(typed) ? words(typed, language.elision).at(-1) : undefined;
    if (last) out.push(last);
    return out;
  };
  return { all, opening, search, terms };
}

/**
 * Up to `limit` example questions for what has been typed so far, best first; with nothing typed yet,
 * one example per topic. Never returns the typed text itself.
 */
export function suggestQuestions(prefix: string, limit = MAX_SUGGESTIONS, locale: Locale = 'en'): string[] {
  const max = Math.max(0, Math.min(limit, MAX_SUGGESTIONS));
  const key = `${locale}:${contentVersion(locale)}`;
  let ex = cache.get(key);
  if (!ex) {
    ex = build(getContent(locale));
    cache.set(key, ex);
  }
  const typed = cleanInput(prefix).slice(0, MAX_SUGGESTION_LENGTH * 3);
  const terms = ex.terms(typed);
  if (terms.length === 0) return ex.opening.slice(0, max);
  const all = ex.all;
  return ex.search
    .search(terms.join(' '))
    .slice(0, max)
    .map((r) => all[Number(r.id)]!);
}
