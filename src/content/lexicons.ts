// Every locale's `ask` lexicon, by locale: read by the analyser (src/ask/language.ts) and checked at start-up
// (schema.ts, validateKnowledge).
import type { Lexicon } from './lexicon.js';
import * as de from './lexicon-de.js';
import * as en from './lexicon-en.js';
import * as es from './lexicon-es.js';
import * as fr from './lexicon-fr.js';
import * as it from './lexicon-it.js';
import * as nl from './lexicon-nl.js';
import * as pl from './lexicon-pl.js';
import * as ptBR from './lexicon-pt-BR.js';
import type { Locale } from './types.js';

export const lexicons: Readonly<Record<Locale, Lexicon>> = { en, de, fr, it, nl, 'pt-BR': ptBR, es, pl };
