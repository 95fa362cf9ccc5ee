// Which language each source maps to: Discord's codes, Slack's users.info locales, POSIX LANG and the flag.
import { describe, expect, it } from 'vitest';
import { consoleLocale, localeFromDiscord, localeFromPosix, localeFromSlack } from '../../src/core/locale.js';

describe('localeFromDiscord', () => {
  it.each([
    ['de', 'de'],
    ['fr', 'fr'],
    ['it', 'it'],
    ['nl', 'nl'],
    ['pt-BR', 'pt-BR'],
    ['es-ES', 'es'],
    ['es-419', 'es'],
    ['pl', 'pl'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['ja', 'en'],
    ['sv-SE', 'en'],
    ['zh-TW', 'en'],
  ])('%s → %s', (code, locale) => {
    expect(localeFromDiscord(code)).toBe(locale);
  });

  it('answers English when Discord sends no locale', () => {
    expect(localeFromDiscord(null)).toBe('en');
    expect(localeFromDiscord(undefined)).toBe('en');
    expect(localeFromDiscord('')).toBe('en');
  });
});

describe('localeFromSlack', () => {
  it.each([
    ['de-DE', 'de'],
    ['fr-FR', 'fr'],
    ['fr-CA', 'fr'],
    ['it-IT', 'it'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'en'],
    ['es-ES', 'es'],
    ['es-LA', 'es'],
    ['en-US', 'en'],
    ['ko-KR', 'en'],
  ])('%s → %s', (code, locale) => {
    expect(localeFromSlack(code)).toBe(locale);
  });
});

describe('console', () => {
  it('reads LANG the POSIX way, LC_ALL first', () => {
    expect(localeFromPosix('de_DE.UTF-8')).toBe('de');
    expect(localeFromPosix('pt_BR.UTF-8')).toBe('pt-BR');
    expect(localeFromPosix('pl_PL')).toBe('pl');
    expect(localeFromPosix('C.UTF-8')).toBe('en');
    expect(localeFromPosix('POSIX')).toBe('en');
    expect(consoleLocale(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(consoleLocale(undefined, { LANG: 'fr_FR.UTF-8', LC_ALL: 'nl_NL.UTF-8' })).toBe('nl');
    expect(consoleLocale(undefined, {})).toBe('en');
  });

  it('lets --locale win over LANG, and falls back to English on a code it does not know', () => {
    expect(consoleLocale('de', { LANG: 'fr_FR.UTF-8' })).toBe('de');
    expect(consoleLocale('es-419', {})).toBe('es');
    expect(consoleLocale('klingon', { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(consoleLocale('', {})).toBe('en');
  });
});
