// The analyser of each locale: its lexicon (src/content/lexicon-<code>.ts) and its stemmer. The Snowball
// stemmers come from @orama/stemmers; Polish has none there, so it has a light suffix stripper of its own
// (stem-pl.ts). Words reach a stemmer lowercase and with accents folded, on the content and the questions
// alike: people often type without accents, and the same form on both sides is what matters.

import { createRequire } from 'node:module';
import { lexicons } from '../content/lexicons.js';
import type { Locale } from '../content/types.js';
import { english, type Language } from './analyze.js';
import { stemPl } from './stem-pl.js';

/** Synchronous, for a stemmer loaded on first use: the package ships a CommonJS build of each stemmer. */
const require = createRequire(import.meta.url);
type Stemmer = (word: string) => string;

/**
 * A Snowball stemmer loaded on first use, so that a process holds only the stemmers of the languages it has
 * been asked in. The module id is one of @orama/stemmers' exports.
 */
function snowball(id: string): Stemmer {
  let stemmer: Stemmer | undefined;
  return (word) => {
    stemmer ??= (require(id) as { stemmer: Stemmer }).stemmer;
    return stemmer(word);
  };
}

/** Numbers and very short words are kept as they are: a stemmer would only blur them. */
const guarded =
  (stemmer: Stemmer) =>
  (word: string): string =>
    word.length <= 3 || /\d/.test(word) ? word : stemmer(word);

const languages: Readonly<Record<Locale, Language>> = {
  en: english,
  de: {
    locale: 'de',
    lexicon: lexicons.de,
    stem: guarded(snowball('@orama/stemmers/german')),
    elision: false,
  },
  fr: {
    locale: 'fr',
    lexicon: lexicons.fr,
    stem: guarded(snowball('@orama/stemmers/french')),
    elision: true,
  },
  it: {
    locale: 'it',
    lexicon: lexicons.it,
    stem: guarded(snowball('@orama/stemmers/italian')),
    elision: true,
  },
  nl: {
    locale: 'nl',
    lexicon: lexicons.nl,
    stem: guarded(snowball('@orama/stemmers/dutch')),
    elision: false,
  },
  'pt-BR': {
    locale: 'pt-BR',
    lexicon: lexicons['pt-BR'],
    stem: guarded(snowball('@orama/stemmers/portuguese')),
    elision: false,
  },
  es: {
    locale: 'es',
    lexicon: lexicons.es,
    stem: guarded(snowball('@orama/stemmers/spanish')),
    elision: false,
  },
  pl: { locale: 'pl', lexicon: lexicons.pl, stem: guarded(stemPl), elision: false },
};

export function languageFor(locale: Locale): Language {
  return languages[locale];
}
