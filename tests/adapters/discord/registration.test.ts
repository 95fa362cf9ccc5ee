// The registration's localisations: every localised name keeps to Discord's rules, descriptions fit, and
// every locale the bot speaks (Spanish as both es-ES and es-419) is there.
import { describe, expect, it } from 'vitest';
import { buildRegistration } from '../../../src/adapters/discord/registration.js';
import { getContent } from '../../../src/content/index.js';

// Discord's pattern for command, subcommand and option names (lowercase is checked separately).
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const CODES = ['de', 'fr', 'it', 'nl', 'pt-BR', 'es-ES', 'es-419', 'pl'];

interface Localised {
  name: string;
  description: string;
  name_localizations?: Record<string, string>;
  description_localizations?: Record<string, string>;
  options?: Localised[];
}

function walk(items: readonly Localised[], visit: (item: Localised, siblings: readonly Localised[]) => void) {
  for (const item of items) {
    visit(item, items);
    if (item.options) walk(item.options, visit);
  }
}

describe('registration localisations', () => {
  const registration = buildRegistration() as unknown as Localised[];

  it('gives every command, subcommand and option a description in every locale, within 100 characters', () => {
    let seen = 0;
    walk(registration, (item) => {
      expect(Object.keys(item.description_localizations ?? {}).sort(), item.name).toEqual([...CODES].sort());
      for (const d of Object.values(item.description_localizations ?? {})) {
        expect(d.length).toBeGreaterThanOrEqual(1);
        expect(d.length).toBeLessThanOrEqual(100);
        seen++;
      }
    });
    expect(seen).toBeGreaterThan(8 * 30);
  });

  it('keeps every localised name to Discord’s pattern, lowercase, and unique among its siblings', () => {
    walk(registration, (item, siblings) => {
      for (const [code, name] of Object.entries(item.name_localizations ?? {})) {
        expect(CODES, `${item.name} ${code}`).toContain(code);
        expect(name, `${item.name} ${code}`).toMatch(NAME);
        expect(name).toBe(name.toLowerCase());
        const shown = siblings.map((s) => s.name_localizations?.[code] ?? s.name);
        expect(
          shown.filter((n) => n === name),
          `${name} (${code})`,
        ).toHaveLength(1);
      }
    });
  });

  it('localises the command names and uses the content’s own summaries for guides and topics', () => {
    const optout = registration.find((c) => c.name === 'linkedin-optout');
    expect(optout?.name_localizations?.de).toBe('linkedin-ki-ausschalten');
    const desktop = optout?.options?.find((s) => s.name === 'desktop');
    expect(desktop?.description_localizations?.fr).toBe(getContent('fr').guides.desktop?.summary);
    expect(desktop?.description_localizations?.['es-419']).toBe(
      desktop?.description_localizations?.['es-ES'],
    );
  });

  it('offers the pin language option with the eight locales', () => {
    const pin = registration
      .find((c) => c.name === 'linkedin-reminder')
      ?.options?.find((s) => s.name === 'pin');
    const language = pin?.options?.find((o) => o.name === 'language') as
      | (Localised & { choices?: { value: string }[] })
      | undefined;
    expect(language?.choices?.map((c) => c.value)).toEqual([
      'en',
      'de',
      'fr',
      'it',
      'nl',
      'pt-BR',
      'es',
      'pl',
    ]);
    expect(language?.name_localizations?.de).toBe('sprache');
  });
});
