// Which language a request is answered in, one mapping per source. Anything not mapped is answered in English,
// so an unknown or missing code is never an error.
import type { Locale } from '../content/types.js';

export const DEFAULT_LOCALE: Locale = 'en';

/** Every locale the bot answers in, in the order menus list them. */
export const LOCALES: readonly Locale[] = ['en', 'de', 'fr', 'it', 'nl', 'pt-BR', 'es', 'pl'];

export function isLocale(code: string): code is Locale {
  return (LOCALES as readonly string[]).includes(code);
}

/**
 * Tags seen so far (null: a language the bot does not answer in); platforms use a few dozen, so a full map
 * means junk input: start over.
 */
const mapped = new Map<string, Locale | null>();
const MAPPED_MAX = 256;

/**
 * A BCP 47-ish tag (`de-DE`, `pt_BR`, `es-419`, `fr`) to a locale: Portuguese only as Brazil's (the one
 * translated), every other language by its primary subtag.
 */
export function localeFromTag(tag: string | null | undefined): Locale {
  return supportedLocale(tag) ?? DEFAULT_LOCALE;
}

/** The same mapping, but undefined for a language the bot does not answer in (so a default may apply). */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  // Every Discord interaction carries its tag: the few distinct ones are mapped once.
  const known = mapped.get(tag);
  if (known !== undefined) return known ?? undefined;
  const locale = mapTag(tag);
  if (mapped.size >= MAPPED_MAX) mapped.clear();
  mapped.set(tag, locale ?? null);
  return locale;
}

function mapTag(tag: string): Locale | undefined {
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const lang = parts[0] ?? '';
  if (lang === 'pt') return parts[1] === 'br' ? 'pt-BR' : undefined;
  return isLocale(lang) ? lang : undefined;
}

/** Discord's `locale`/`guild_locale` (`de`, `fr`, `es-ES`, `es-419`, `pt-BR`, `en-US` …). */
export function localeFromDiscord(code: string | null | undefined): Locale {
  return localeFromTag(code);
}

/** Slack's `users.info` locale (`de-DE`, `pt-BR`, `es-LA`, `en-US` …). */
export function localeFromSlack(code: string | null | undefined): Locale {
  return localeFromTag(code);
}

/** POSIX `LANG`/`LC_ALL` (`de_DE.UTF-8`, `C`, `POSIX`): the part before the encoding. */
export function localeFromPosix(value: string | null | undefined): Locale {
  if (!value) return DEFAULT_LOCALE;
  return localeFromTag(value.split('.')[0]?.split('@')[0]);
}

/**
 * The console's locale: `--locale <code>` wins, then `LC_ALL`, `LC_MESSAGES` and `LANG` as POSIX orders them.
 * An unknown flag value falls back to English like any other unknown code.
 */
export function consoleLocale(flag: string | undefined, env: NodeJS.ProcessEnv): Locale {
  if (flag !== undefined) return localeFromTag(flag);
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return localeFromPosix(posix);
}
