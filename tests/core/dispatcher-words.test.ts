// The dispatcher's words: every locale has them all, and input it cannot parse is answered in the reply language.
import { describe, expect, it } from 'vitest';
import { DISPATCHER_WORDS } from '../../src/core/dispatcher-words.js';
import { ask, expectWordsParity, sectionLines } from '../helpers.js';

describe('dispatcher words', () => {
  it('have every key in every locale, with the placeholders English has', () => {
    expectWordsParity(DISPATCHER_WORDS, 'dispatcher');
  });

  it('answer an unknown command, subcommand or option value in the reply language', async () => {
    expect((await ask('/linkedin-nope', { locale: 'fr' })).title).toBe(
      '« /linkedin-nope » ne fait pas partie de mes commandes.',
    );
    const sub = await ask('/linkedin-ai wat-data', { locale: 'de' });
    expect(sub.title).toBe('„wat-data“ gibt es bei /linkedin-ai nicht.');
    // The choices are described in German too (the content's own summaries).
    expect(sectionLines(sub.sections[0]).join(' ')).not.toMatch(/What LinkedIn|Which data/);
    const option = await ask('/linkedin-reminder pin every:daily', { locale: 'pl' });
    expect(option.title).toBe('„daily” nie jest prawidłową wartością dla every.');
  });

  it('keeps English as it was', async () => {
    expect((await ask('/linkedin-nope')).title).toBe('"/linkedin-nope" is not one of my commands.');
    expect((await ask('/linkedin-ai ask')).title).toBe('/linkedin-ai ask needs a question.');
  });

  it('says what an option needs in the reply language', async () => {
    const reply = await ask('/linkedin-ai ask', { locale: 'es' });
    expect(reply.title).toBe('/linkedin-ai ask necesita un valor para question.');
    expect(sectionLines(reply.sections[0])[0]).toMatch(/^Por ejemplo: \/linkedin-ai ask Tu pregunta/);
  });
});
