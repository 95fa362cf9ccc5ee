// The reminder presenter's words: every locale has them all, and outcomes and failures read in the member's language.
import { describe, expect, it } from 'vitest';
import { MESSAGE_WORDS } from '../../src/reminders/message-words.js';
import { failureWords, presentReminder } from '../../src/reminders/presenter.js';
import { PRESENTER_WORDS } from '../../src/reminders/presenter-words.js';
import { expectWordsParity, sectionLines, testContext } from '../helpers.js';

describe('reminder words', () => {
  it('have every key in every locale, with the placeholders English has', () => {
    expectWordsParity(PRESENTER_WORDS, 'presenter');
    expectWordsParity(MESSAGE_WORDS, 'message');
  });

  it('present an outcome in the context language, naming the channel as the language does', () => {
    const pinned = {
      kind: 'pinned',
      channel: { name: null },
      refreshed: false,
      schedule: 'monthly',
      nextPostAt: Date.UTC(2026, 11, 1, 9, 0),
      confirmations: 3,
    } as const;
    const de = presentReminder(testContext({ locale: 'de' }), pinned);
    expect(de.title).toBe('Erinnerung in diesem Kanal angeheftet.');
    expect(sectionLines(de.sections[0])).toEqual([
      'Zeitplan: monatlich neu gepostet; nächstes Mal 1. Dez. 2026, 09:00 UTC',
      'Bisherige Bestätigungen: 3',
    ]);
    expect(presentReminder(testContext({ locale: 'pt-BR' }), pinned).title).toBe(
      'Lembrete fixado neste canal.',
    );
    const named = { ...pinned, channel: { name: 'general' } };
    expect(presentReminder(testContext({ locale: 'pt-BR' }), named).title).toBe(
      'Lembrete fixado em #general.',
    );
    expect(presentReminder(testContext({ locale: 'pl' }), named).title).toBe(
      'Przypomnienie przypięte na kanale #general.',
    );
    expect(presentReminder(testContext(), named).title).toBe('Reminder pinned in #general.');
  });

  it('counts with the language plural forms', () => {
    const confirmed = (count: number) => ({ kind: 'confirmed', already: false, count }) as const;
    expect(presentReminder(testContext({ locale: 'pl' }), confirmed(4)).intro).toBe(
      'Ty i 3 inne osoby na tym kanale wyłączyliście to.',
    );
    expect(presentReminder(testContext({ locale: 'pl' }), confirmed(6)).intro).toBe(
      'Ty i 5 innych osób na tym kanale wyłączyliście to.',
    );
    expect(presentReminder(testContext({ locale: 'de' }), confirmed(2)).intro).toBe(
      'Sie und 1 weitere Person in diesem Kanal haben es ausgeschaltet.',
    );
  });

  it('say a platform failure in the given language, keeping the names the platform shows', () => {
    const f = failureWords('slack', { kind: 'missing-permission', scope: 'pins:write' }, 'fr');
    expect(f.title).toBe('Il me manque la permission pins:write ici.');
    expect(f.lines[0]).toContain('/linkedin-reminder pin');
    expect(failureWords('discord', { kind: 'rate-limited', retryAfterMs: 5 * 60_000 }, 'pl').lines).toEqual([
      'Spróbuj ponownie za 5 minut; nic nie przepadło.',
    ]);
    expect(
      failureWords('slack', { kind: 'missing-permission', reason: 'channel-archived' }, 'es').lines[0],
    ).toBe('Motivo de Slack: el canal está archivado.');
  });
});
