// The knowledge base by locale, with a version hash that changes whenever any text changes.
import { createHash } from 'node:crypto';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { ptBR } from './pt-BR.js';
import type { Content, Locale } from './types.js';

// Partial: a locale without its own translation falls back to English in getContent.
const byLocale: Partial<Record<Locale, Content>> = { en, de, fr, it, nl, 'pt-BR': ptBR, es, pl };
const versions = new Map<Locale, string>();

export const DEFAULT_LOCALE: Locale = 'en';

export function getContent(locale: Locale = DEFAULT_LOCALE): Content {
  return byLocale[locale] ?? en;
}

/** First 12 hex characters of the SHA-256 of a content object: changes whenever any text changes. */
export function hashContent(content: Content): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}

/** The locale's content version; stored with reminders to detect changes. */
export function contentVersion(locale: Locale = DEFAULT_LOCALE): string {
  let v = versions.get(locale);
  if (!v) {
    v = hashContent(getContent(locale));
    versions.set(locale, v);
  }
  return v;
}

/** The locales that have their own content (the others are answered in English). */
export const locales: readonly Locale[] = Object.keys(byLocale) as Locale[];
