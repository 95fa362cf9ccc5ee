// The App Home words: every locale has them all, and the tab speaks the member's language.
import { describe, expect, it } from 'vitest';
import { HOME_LANGUAGE_ACTION, homeView } from '../../../src/adapters/slack/home.js';
import { HOME_WORDS, LANGUAGE_NAMES } from '../../../src/adapters/slack/home-words.js';
import { LOCALES } from '../../../src/core/locale.js';
import { expectWordsParity, makeReply } from '../../helpers.js';

describe('App Home words', () => {
  it('have every key in every locale, with the placeholders English has', () => {
    expectWordsParity(HOME_WORDS, 'home');
    expect(Object.keys(LANGUAGE_NAMES).sort()).toEqual([...LOCALES].sort());
  });

  it('render the commands and the language setting in the reply language', () => {
    const view = homeView(makeReply({ locale: 'es' }), [], {
      showBack: true,
      language: { current: 'pl', canChoose: true, notice: 'N' },
    });
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Volver al resumen');
    expect(text).toContain('Idioma del espacio de trabajo: Polski');
    expect(text).toContain(HOME_LANGUAGE_ACTION);
  });
});
