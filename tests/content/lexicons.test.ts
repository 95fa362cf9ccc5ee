// Every locale's `ask` lexicon is data: checked here like the English one (tests/ask/lexicon.test.ts) for
// shape, and for leading somewhere in that locale's own content.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/ask/answer.js';
import { indexFor } from '../../src/ask/retrieve.js';
import { contentVersion, getContent, locales } from '../../src/content/index.js';
import { lexicons } from '../../src/content/lexicons.js';
import { lexiconSchema, validateKnowledge } from '../../src/content/schema.js';
import type { Locale } from '../../src/content/types.js';
import { testContext } from '../helpers.js';

/** Requests outside what the bot knows, one per kind of off-topic marker, written for this test. */
const OFF_TOPIC: Partial<Record<Locale, readonly string[]>> = {
  de: [
    'erzähl mir bitte einen witz',
    'schreib mir einen linkedin post über meinen neuen job',
    'wie wird das wetter am wochenende',
    'wie lösche ich mein instagram',
  ],
  fr: [
    'raconte-moi une blague',
    'écris-moi une lettre de motivation pour linkedin',
    'quelle est la météo demain',
    'comment supprimer mon compte tiktok',
  ],
  it: [
    'raccontami una barzelletta',
    'scrivimi una lettera di presentazione',
    'che tempo fa oggi a roma',
    'come cancello il mio account instagram',
  ],
  nl: [
    'vertel eens een mop',
    'schrijf een sollicitatiebrief voor mij',
    'wat voor weer wordt het vandaag',
    'hoe verwijder ik mijn tiktok',
  ],
  'pt-BR': [
    'me conta uma piada',
    'escreve uma carta de apresentação pra mim',
    'qual a previsão do tempo pra amanhã',
    'como excluo minha conta do instagram',
  ],
  es: [
    'cuéntame un chiste',
    'escríbeme una carta de presentación',
    'qué tiempo hace hoy en sevilla',
    'como borro mi cuenta de tiktok',
  ],
  pl: [
    'opowiedz mi kawał',
    'napisz mi list motywacyjny',
    'jaka jest dzisiaj pogoda',
    'jak usunąć konto na instagramie',
  ],
};

describe('ask: a lexicon per locale', () => {
  it('has one for every locale with content, and all are valid', () => {
    for (const locale of locales) expect(lexicons[locale], locale).toBeDefined();
    expect(() => validateKnowledge()).not.toThrow();
  });

  for (const locale of locales.filter((l) => l !== 'en')) {
    const lexicon = lexicons[locale];
    const { df } = indexFor(getContent(locale), contentVersion(locale));

    it(`${locale}: has the expected shape`, () => {
      expect(lexiconSchema.safeParse(lexicon.SYNONYMS).error?.issues ?? []).toEqual([]);
      expect(lexicon.STOP_WORDS.size).toBeGreaterThan(50);
      expect(lexicon.HOW_WORDS.size).toBeGreaterThan(3);
    });

    it(`${locale}: maps every phrase to terms its content holds, or to an off-topic marker`, () => {
      const orphans = Object.entries(lexicon.SYNONYMS)
        .filter(([, terms]) => terms.some((t) => !df.has(t) && !lexicon.OFF_TOPIC_TERMS.has(t)))
        .map(([phrase]) => phrase);
      expect(orphans).toEqual([]);
      // A marker the content holds would stop pointing away from it; a generic term it lacks says nothing.
      expect([...lexicon.OFF_TOPIC_TERMS].filter((t) => df.has(t))).toEqual([]);
      expect([...lexicon.GENERIC].filter((t) => !df.has(t))).toEqual([]);
    });

    it(`${locale}: keeps filler phrases and the word lists apart`, () => {
      for (const p of lexicon.FILLER_PHRASES) {
        expect(p.split(' ').length, p).toBeGreaterThanOrEqual(2);
        expect(p.split(' ').length, p).toBeLessThanOrEqual(3);
        expect(lexicon.SYNONYMS[p], p).toBeUndefined();
      }
      for (const w of lexicon.OTHER_PLATFORMS) expect(lexicon.STOP_WORDS.has(w), w).toBe(false);
      for (const w of lexicon.HOW_WORDS) expect(w).toMatch(/^[a-z]+$/);
    });

    it(`${locale}: answers none of the requests it knows nothing about`, () => {
      const ctx = testContext({ locale });
      const answered = (OFF_TOPIC[locale] ?? []).filter((q) => answerQuestion(ctx, q).topic !== null);
      expect(OFF_TOPIC[locale]?.length).toBeGreaterThanOrEqual(4);
      expect(answered).toEqual([]);
    });
  }
});
