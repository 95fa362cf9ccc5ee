// The commands' own words and descriptions: every locale has them all, and help answers in the member's language.
import { describe, expect, it } from 'vitest';
import { COMMAND_WORDS } from '../../src/commands/command-words.js';
import { localizedDescription } from '../../src/commands/description-words.js';
import { LOCALES } from '../../src/core/locale.js';
import { ask, expectWordsParity, sectionLines } from '../helpers.js';

describe('command words', () => {
  it('have every key in every locale, with the placeholders English has', () => {
    expectWordsParity(COMMAND_WORDS, 'command');
  });

  it('describe every command and visible subcommand in every locale', async () => {
    const { commands } = await import('../../src/commands/index.js');
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      for (const { spec } of commands) {
        expect(localizedDescription(locale, spec.name, spec.description), `${locale} ${spec.name}`).not.toBe(
          spec.description,
        );
        for (const sub of spec.subcommands.filter((s) => !s.hidden)) {
          const path = `${spec.name} ${sub.name}`;
          expect(localizedDescription(locale, path, sub.description), `${locale} ${path}`).not.toBe(
            sub.description,
          );
        }
      }
    }
  });

  it('answer help in the member language', async () => {
    const help = await ask('/linkedin-optout help', { locale: 'de' });
    expect(help.title).toBe(
      '/linkedin-optout: So verbieten Sie LinkedIn, Ihre Daten zum Training seiner KI zu nutzen',
    );
    expect(help.sections[0]?.title).toBe('Verwendung');
    expect(sectionLines(help.sections[0]).join('\n')).toContain(
      '/linkedin-optout help: Die Anleitungen auflisten',
    );
    expect(sectionLines(help.sections[0]).join('\n')).toContain('(auch: ios, android');
    const reminder = await ask('/linkedin-reminder help', { locale: 'nl' });
    expect(sectionLines(reminder.sections[1]).join(' ')).toContain('Ik heb het uitgezet');
  });

  it('answer the menu, sources and about in the member language', async () => {
    const menu = await ask('/linkedin-ai', { locale: 'fr' });
    expect(menu.title).toBe("L'entraînement de l'IA générative de LinkedIn : choisissez un sujet");
    expect(menu.actions.map((a) => a.label)).toContain('Le désactiver');
    const about = await ask('/linkedin-ai about', { locale: 'pt-BR' });
    expect(about.sections.map((s) => s.title)).toEqual(['O que ele guarda', 'O que ele registra']);
    expect(about.intro).not.toMatch(/This bot/);
    const sources = await ask('/linkedin-ai sources', { locale: 'es' });
    expect(sources.title).toBe('De dónde salen estos datos');
  });

  it('refuse a reminder outside a channel in the member language', async () => {
    const reply = await ask('/linkedin-reminder pin', { locale: 'it' });
    expect(reply.title).toBe('I promemoria stanno in un canale Discord o Slack.');
    expect(reply.actions[0]?.label).toBe('Passaggi da computer');
  });
});
