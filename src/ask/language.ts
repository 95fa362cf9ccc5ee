// The analyser of each locale: its lexicon (src/content/lexicon-<code>.ts) and its stemmer. The Snowball
// stemmers come from @orama/stemmers; Polish has none there, so it has a light suffix stripper of its own
// (stem-pl.ts). Words reach a stemmer lowercase and with accents folded, on the content and the questions
// alike: people often type without accents, and the same form on both sides is what matters.

import { stemmer as stemNl } from '@orama/stemmers/dutch';
import { stemmer as stemFr } from '@orama/stemmers/french';
import { stemmer as stemDe } from '@orama/stemmers/german';
import { stemmer as stemIt } from '@orama/stemmers/italian';
import { stemmer as stemPt } from '@orama/stemmers/portuguese';
import { stemmer as stemEs } from '@orama/stemmers/spanish';
import { lexicons } from '../content/lexicons.js';
import type { Locale } from '../content/types.js';
import { english, type Language } from './analyze.js';
import { stemPl } from './stem-pl.js';

/** Numbers and very short words are kept as they are: a stemmer would only blur them. */
const guarded =
  (stemmer: (w: string) => string) =>
  (word: string): string =>
    word.length <= 3 || /\d/.test(word) ? word : stemmer(word);

const languages: Readonly<Record<Locale, Language>> = {
  en: english,
  de: { locale: 'de', lexicon: lexicons.de, stem: guarded(stemDe), elision: false },
  fr: { locale: 'fr', lexicon: lexicons.fr, stem: guarded(stemFr), elision: true },
  it: { locale: 'it', lexicon: lexicons.it, stem: guarded(stemIt), elision: true },
  nl: { locale: 'nl', lexicon: lexicons.nl, stem: guarded(stemNl), elision: false },
  'pt-BR': { locale: 'pt-BR', lexicon: lexicons['pt-BR'], stem: guarded(stemPt), elision: false },
  es: { locale: 'es', lexicon: lexicons.es, stem: guarded(stemEs), elision: false },
  pl: { locale: 'pl', lexicon: lexicons.pl, stem: guarded(stemPl), elision: false },
};

export function languageFor(locale: Locale): Language {
  return languages[locale];
}
