// The analyser per locale (src/ask/language.ts): folding, elision, stemming and the lexicon of each
// language, and English left exactly as it was.
import { describe, expect, it } from 'vitest';
import { analyze, english, stem, words } from '../../src/ask/analyze.js';
import { languageFor } from '../../src/ask/language.js';
import { locales } from '../../src/content/index.js';

const terms = (locale: Parameters<typeof languageFor>[0], text: string) =>
  analyze(text, { language: languageFor(locale) });

describe('ask: the analyser of each language', () => {
  it('has one per locale, English being the default one', () => {
    for (const locale of locales) expect(languageFor(locale).locale).toBe(locale);
    expect(languageFor('en')).toBe(english);
    expect(analyze('Turn off AI training')).toEqual(terms('en', 'Turn off AI training'));
    expect(stem('settings')).toBe(stem('setting'));
  });

  it('folds accents and the letters NFKD leaves alone (ł, ß, œ)', () => {
    expect(words('Włączone ŁÓDŹ')).toEqual(['wlaczone', 'lodz']);
    expect(words('Straße Cœur Ærø')).toEqual(['strasse', 'coeur', 'aero']);
    expect(words('Einstellungen für KI')).toEqual(['einstellungen', 'fur', 'ki']);
  });

  it('splits French and Italian elisions, and keeps English contractions whole', () => {
    expect(words("l'IA dell'addestramento", true)).toEqual(['l', 'ia', 'dell', 'addestramento']);
    expect(words("don't")).toEqual(['dont']);
    expect(terms('fr', "l'entraînement de l'IA")).toEqual(terms('fr', 'entrainement ia'));
  });

  it('gives the inflected forms of a word one stem, in every language', () => {
    const same: [Parameters<typeof languageFor>[0], string, string][] = [
      ['de', 'Einstellungen', 'Einstellung'],
      ['fr', 'paramètres', 'paramètre'],
      ['it', 'impostazioni', 'impostazione'],
      ['nl', 'instellingen', 'instelling'],
      ['pt-BR', 'configurações', 'configuracoes'],
      ['es', 'configuración', 'configuracion'],
      ['pl', 'ustawieniach', 'ustawienia'],
      ['pl', 'danych', 'dane'],
    ];
    for (const [locale, a, b] of same)
      expect(terms(locale, a), `${locale}: ${a} / ${b}`).toEqual(terms(locale, b));
    expect(terms('de', 'Einstellungen')).not.toEqual(terms('de', 'Datenschutz'));
  });

  it("drops each language's function words and applies its phrases", () => {
    expect(terms('de', 'wie kann ich das bei linkedin ausschalten')).toEqual(['linkedin', 'optout']);
    expect(terms('es', 'cuéntame un chiste')).toContain('joke');
    expect(terms('pl', 'jaka jest dzisiaj pogoda')).toContain('weather');
  });

  it('does not take a word of a phrase for a misspelt function word ("salgo" is not "algo")', () => {
    const es = languageFor('es');
    expect(analyze('como me salgo del entrenamiento', { language: es, fuzzy: true })).toContain('optout');
  });
});
