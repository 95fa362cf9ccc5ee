// The language of a message, when it is clear: measured on the `ask` evaluation sets (questions as people type
// them in each language). A wrong language is worse than none, so none may be wrong; most must be recognised.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/content/types.js';
import { messageLanguage } from '../../src/core/message-language.js';
import { onTopic } from '../ask/questions.js';
import * as de from '../ask/questions-de.js';
import * as es from '../ask/questions-es.js';
import * as fr from '../ask/questions-fr.js';
import * as itq from '../ask/questions-it.js';
import * as nl from '../ask/questions-nl.js';
import * as pl from '../ask/questions-pl.js';
import * as pt from '../ask/questions-pt-BR.js';

const both = (set: { tuning: readonly { q: string }[]; heldOut: readonly { q: string }[] }) =>
  [...set.tuning, ...set.heldOut].map((q) => q.q);

const SETS: Record<Locale, string[]> = {
  en: onTopic.map((q) => q.q),
  de: both(de),
  fr: both(fr),
  it: both(itq),
  nl: both(nl),
  'pt-BR': both(pt),
  es: both(es),
  pl: both(pl),
};

describe('messageLanguage', () => {
  it.each(Object.entries(SETS))(
    'never takes a %s question for another language, and recognises most',
    (locale, qs) => {
      const found = qs.map((q) => [q, messageLanguage(q)] as const);
      expect(found.filter(([, l]) => l !== undefined && l !== locale)).toEqual([]);
      // Measured 2026-11-30: en 92/101, de 45/48, fr 45/48, it 43/48, nl 44/48, pt-BR 40/48, es 33/48, pl 42/48.
      expect(found.filter(([, l]) => l === locale).length / qs.length).toBeGreaterThan(0.65);
    },
  );

  it('says nothing about a message too short or too mixed to tell', () => {
    for (const text of ['hi', 'danke', 'opt out', 'DSGVO?', '', 'LinkedIn AI'])
      expect(messageLanguage(text)).toBeUndefined();
  });

  it('recognises a plain question in each language', () => {
    expect(messageLanguage('Werden meine Nachrichten für das KI-Training genutzt?')).toBe('de');
    expect(messageLanguage('Est-ce que LinkedIn utilise mes messages privés ?')).toBe('fr');
    expect(messageLanguage('czy LinkedIn używa moich wiadomości do trenowania AI?')).toBe('pl');
    expect(messageLanguage('how do I turn it off on my phone')).toBe('en');
  });
});
