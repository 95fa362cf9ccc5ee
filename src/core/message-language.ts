// The language a free-text message is written in, when it is clearly recognisable: for platforms that send
// no locale with a message (Discord DMs and mentions). Two kinds of evidence must agree or one be decisive:
// the function words of each language the bot answers in (the `ask` lexicons' stop words), and franc-min's
// trigram guess. Short or mixed messages ("hi", "opt out", "DSGVO?") give undefined, so the caller's
// fallback (the server's language, else English) applies.
import { createRequire } from 'node:module';
import { words } from '../ask/analyze.js';
import { lexicons } from '../content/lexicons.js';
import type { Locale } from '../content/types.js';
import { LOCALES } from './locale.js';

/**
 * franc-min, loaded on first use: importing it (trigram tables for 80-odd languages) adds about 1.4 MB of
 * heap, and only a DM or mention whose function words leave the language open needs it. An ES module, loaded
 * synchronously through require (Node ^20.19 or 22.12 and later), so that this function stays synchronous.
 */
const require = createRequire(import.meta.url);
let franc: typeof import('franc-min') | undefined;
const francAll: typeof import('franc-min')['francAll'] = (text, options) => {
  franc ??= require('franc-min') as typeof import('franc-min');
  return franc.francAll(text, options);
};

/** franc's ISO 639-3 codes for the bot's locales. */
const ISO_639_3: Record<Locale, string> = {
  en: 'eng',
  de: 'deu',
  fr: 'fra',
  it: 'ita',
  nl: 'nld',
  'pt-BR': 'por',
  es: 'spa',
  pl: 'pol',
};
const BY_CODE = new Map(Object.entries(ISO_639_3).map(([locale, code]) => [code, locale as Locale]));
const ONLY = Object.values(ISO_639_3);

/** At least this many function words of the language: fewer is too little to go on. */
const MIN_HITS = 2;
/** A lead this large over the next language is decisive without the trigram guess. */
const DECISIVE_LEAD = 2;
/**
 * franc scores the best language 1 and the others relative to it; a runner-up this close means the trigrams
 * cannot tell either ("quanto custa o linkedin premium" is Italian 1, Portuguese 0.96).
 */
const TRIGRAM_MARGIN = 0.95;

/** The message's language, or undefined when it is not clear. */
export function messageLanguage(text: string): Locale | undefined {
  // Elision splits French and Italian "l'IA", "c'est" so their articles count.
  const tokens = words(text, true);
  if (tokens.length < 2) return undefined;
  const hits = LOCALES.map((locale) => ({
    locale,
    count: tokens.filter((t) => lexicons[locale].STOP_WORDS.has(t)).length,
  })).sort((a, b) => b.count - a.count);
  const [best, next] = hits;
  if (!best || best.count < MIN_HITS) return undefined;
  const lead = best.count - (next?.count ?? 0);
  if (lead >= DECISIVE_LEAD) return best.locale;
  // A tie is not clear, even when the trigram guess picks one of the tied (a wrong language is worse than the
  // fallback). A lead of one needs the trigram guess to agree.
  if (lead === 0) return undefined;
  const [top, second] = francAll(text, { only: ONLY, minLength: 3 });
  if (!top || BY_CODE.get(top[0]) !== best.locale) return undefined;
  return second && second[1] > TRIGRAM_MARGIN ? undefined : best.locale;
}
