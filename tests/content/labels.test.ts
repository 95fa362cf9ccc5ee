// The menu names a member is told to click must be the ones their LinkedIn screen shows. A label a public
// source quotes without doubt is given in the language alone; an uncertain label (or one no source quotes)
// carries LinkedIn's English label beside it. These pin the desktop and app paths for each translated locale.
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content/index.js';
import type { Locale } from '../../src/content/types.js';

interface Path {
  /** Each desktop step must contain these, in order: one list per step. */
  desktop: string[][];
  /** Each app step must contain these. */
  mobile: string[][];
}

const PATHS: Partial<Record<Locale, Path>> = {
  de: {
    desktop: [
      ['„Sie“'],
      ['„Einstellungen & Datenschutz“'],
      ['„Datenschutz“'],
      ['„So verwendet LinkedIn Ihre Daten“', '„Daten zur Verbesserung generativer KI“'],
      ['„Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen“'],
    ],
    mobile: [
      [],
      ['„Einstellungen“'],
      ['„Datenschutz“'],
      ['„Daten zur Verbesserung generativer KI“'],
      ['„Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen“'],
    ],
  },
  fr: {
    desktop: [
      ['« Vous »'],
      ['« Préférences et confidentialité »'],
      ['« Confidentialité des données »'],
      [
        '« Comment LinkedIn utilise vos données » (How LinkedIn uses your data)',
        "« Données pour l'amélioration de l'IA générative »",
      ],
      ['(Use my data for training content creation AI models)'],
    ],
    mobile: [
      [],
      ['« Préférences » (Settings)'],
      ['« Confidentialité des données »'],
      ["« Données pour l'amélioration de l'IA générative »"],
      ['(Use my data for training content creation AI models)'],
    ],
  },
  it: {
    desktop: [
      ['“Tu”'],
      ['“Impostazioni e privacy”'],
      ['“Privacy dei dati”'],
      [
        '“Come LinkedIn utilizza i tuoi dati” (How LinkedIn uses your data)',
        '“Dati per migliorare l’IA generativa”',
      ],
      ['“Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti”'],
    ],
    mobile: [
      [],
      ['“Impostazioni”'],
      ['“Privacy dei dati”'],
      ['“Dati per migliorare l’IA generativa”'],
      ['“Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti”'],
    ],
  },
  nl: {
    desktop: [
      ['“Ik” (Me)'],
      ['“Instellingen en privacy” (Settings & Privacy)'],
      ['“Gegevensprivacy”'],
      [
        '“Hoe LinkedIn je gegevens gebruikt” (How LinkedIn uses your data)',
        '“Gegevens voor verbetering van generatieve AI”',
      ],
      ['“Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt”'],
    ],
    mobile: [
      [],
      ['“Instellingen”'],
      ['“Gegevensprivacy”'],
      ['“Gegevens voor verbetering van generatieve AI”'],
      ['“Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt”'],
    ],
  },
  'pt-BR': {
    desktop: [
      ['“Eu”'],
      ['“Configurações e privacidade”'],
      ['“Privacidade dos dados”'],
      [
        '“Como o LinkedIn utiliza seus dados”',
        '“Dados para aprimoramento da IA generativa” (Data for Generative AI Improvement)',
      ],
      ['“Usar meus dados para treinar modelos de IA para criar conteúdos”'],
    ],
    mobile: [
      [],
      ['“Configurações”'],
      ['“Privacidade dos dados”'],
      ['“Dados para aprimoramento da IA generativa” (Data for Generative AI Improvement)'],
      ['“Usar meus dados para treinar modelos de IA para criar conteúdos”'],
    ],
  },
  es: {
    desktop: [
      ['«Yo»'],
      ['«Configuración y privacidad» (Settings & Privacy)'],
      ['«Privacidad de datos»'],
      [
        '(How LinkedIn uses your data)',
        '«Datos para mejorar la IA generativa» (Data for Generative AI Improvement)',
      ],
      ['(Use my data for training content creation AI models)'],
    ],
    mobile: [
      [],
      ['«Configuración» (Settings)'],
      ['«Privacidad de datos»'],
      ['«Datos para mejorar la IA generativa» (Data for Generative AI Improvement)'],
      ['(Use my data for training content creation AI models)'],
    ],
  },
  pl: {
    desktop: [
      ['(Me)'],
      ['„Ustawienia i prywatność”'],
      ['„Prywatność danych”'],
      [
        '„Jak LinkedIn wykorzystuje Twoje dane”',
        '„Dane na potrzeby ulepszania generatywnej sztucznej inteligencji” (Data for Generative AI Improvement)',
      ],
      ['(Use my data for training content creation AI models)'],
    ],
    mobile: [
      [],
      ['„Ustawienia”'],
      ['„Prywatność danych”'],
      [
        '„Dane na potrzeby ulepszania generatywnej sztucznej inteligencji” (Data for Generative AI Improvement)',
      ],
      ['(Use my data for training content creation AI models)'],
    ],
  },
};

describe('localised menu labels', () => {
  for (const [locale, path] of Object.entries(PATHS) as [Locale, Path][]) {
    const c = getContent(locale);

    it(`${locale}: the desktop and app steps name the menus as LinkedIn shows them, in order`, () => {
      expect(c.locale).toBe(locale);
      for (const [guide, want] of [
        ['desktop', path.desktop],
        ['mobile', path.mobile],
      ] as const) {
        const steps = c.guides[guide]!.sections.find((s) => s.kind === 'steps')!.facts.map((f) => f.text);
        expect(steps).toHaveLength(want.length);
        want.forEach((labels, i) => {
          let from = 0;
          for (const label of labels) {
            const at = steps[i]!.indexOf(label, from);
            expect(at, `${guide} step ${i + 1} should name ${label}: ${steps[i]}`).toBeGreaterThanOrEqual(0);
            from = at + label.length;
          }
        });
      }
    });
  }
});
