// The words around an answer: every locale has them all, and an off-topic, unclear or too-long question is
// answered in the member's language, through the same paths a platform uses (pipeline, dispatcher).
import { describe, expect, it } from 'vitest';
import { consoleRequest } from '../../src/adapters/console/request.js';
import { answerQuestion } from '../../src/ask/answer.js';
import { ANSWER_WORDS } from '../../src/ask/answer-words.js';
import { botTopicsFor, isBotTopic } from '../../src/ask/bot-topics.js';
import { indexFor, retrieve } from '../../src/ask/retrieve.js';
import { aboutReply, QUESTION_MAX_LENGTH, sourcesReply } from '../../src/commands/ai.js';
import { COMMAND_WORDS } from '../../src/commands/command-words.js';
import { lexicons } from '../../src/content/lexicons.js';
import { createCore } from '../../src/core/factory.js';
import { LOCALES } from '../../src/core/locale.js';
import { REPLY_WORDS } from '../../src/core/reply-words.js';
import { ask, expectWordsParity, FIXED_NOW, sectionLines, testContext } from '../helpers.js';

const pipeline = () => createCore({ commandsPerMinute: 1000, now: () => FIXED_NOW }).pipeline;

describe('answer words', () => {
  it('have every key in every locale, with the placeholders English has', () => {
    expectWordsParity(ANSWER_WORDS, 'answer');
  });

  it("name the bot's own topics as the about and sources replies do, in every locale", () => {
    for (const locale of LOCALES) {
      const ctx = testContext({ locale });
      expect(ANSWER_WORDS[locale].botTopics.about.title, locale).toBe(aboutReply(ctx).title);
      expect(ANSWER_WORDS[locale].botTopics.sources.title, locale).toBe(sourcesReply(ctx).title);
    }
  });

  it('show the English bot topics exactly as they are indexed', () => {
    for (const entry of botTopicsFor(lexicons.en)) {
      if (!isBotTopic(entry.id)) throw new Error(`not a bot topic: ${entry.id}`);
      const shown = ANSWER_WORDS.en.botTopics[entry.id];
      expect({ title: shown.title, summary: shown.summary }).toEqual({
        title: entry.title,
        summary: entry.summary,
      });
    }
  });
});

describe('a question the bot cannot answer, in the member language', () => {
  it('German free text off the topic: the refusal, the menu and its buttons in German', async () => {
    const o = await pipeline().handle(consoleRequest('wie wird das wetter morgen', 'de'));
    const { reply } = o;
    expect(o.status).toBe('not-understood');
    expect(reply.title).toBe(ANSWER_WORDS.de.nothingMatchedTitle);
    expect(reply.intro).toBe(ANSWER_WORDS.de.nothingMatchedIntro);
    expect(reply.sections[0]?.title).toBe('Was ich beantworten kann');
    expect(reply.actions.map((a) => a.label)).toEqual([
      COMMAND_WORDS.de.whatDataButton,
      COMMAND_WORDS.de.optOutEffectButton,
      COMMAND_WORDS.de.turnItOffButton,
    ]);
    expect(reply.links[0]?.label).toBe(REPLY_WORDS.de.openSetting);
  });

  it('French free text off the topic, and the same through /linkedin-ai ask', async () => {
    const free = await pipeline().handle(consoleRequest('quel temps fait-il demain', 'fr'));
    expect(free.reply.title).toBe("Je ne connais que les paramètres d'entraînement de l'IA de LinkedIn.");
    expect(free.reply.sections[0]?.title).toBe(ANSWER_WORDS.fr.topicMenuTitle);
    const slash = await ask('/linkedin-ai ask quel temps fait-il demain', { locale: 'fr' });
    expect(slash.title).toBe(free.reply.title);
    expect(slash.links[0]?.label).toBe('Ouvrir le paramètre LinkedIn');
  });

  it('an unclear German question: "not sure", the closest topics and "all topics" in German', async () => {
    const q = 'landen meine daten bei copilot';
    const ctx = testContext({ locale: 'de' });
    expect(retrieve(indexFor(ctx.content, ctx.contentVersion), q).verdict).toBe('unsure');
    const { reply } = await pipeline().handle(consoleRequest(q, 'de'));
    expect(reply.title).toBe('Ich bin nicht sicher, ob ich Ihre Frage verstanden habe.');
    expect(reply.intro).toBe(ANSWER_WORDS.de.unsureIntro);
    expect(reply.actions.at(-1)).toEqual({ label: 'Alle Themen', command: '/linkedin-ai help' });
    expect(reply.actions[0]?.label).toBe(ctx.content.topics.microsoft?.title);
  });

  it("an unclear question near the bot's own topics names them in the member language", () => {
    const q = 'woher hast du diese infos';
    const ctx = testContext({ locale: 'de' });
    const r = retrieve(indexFor(ctx.content, ctx.contentVersion), q);
    expect([r.verdict, r.ranked[0]?.id]).toEqual(['unsure', 'sources']);
    const reply = answerQuestion(ctx, q);
    expect(sectionLines(reply.sections[0])[0]).toBe(
      'Woher diese Fakten stammen: Alle Quellen des Bots, mit Datum',
    );
    expect(reply.actions[0]).toEqual({
      label: 'Woher diese Fakten stammen',
      command: '/linkedin-ai sources',
    });
  });

  it('a too-long question, in Italian', () => {
    const q = `usano i miei messaggi ${'a'.repeat(QUESTION_MAX_LENGTH)}`;
    const reply = answerQuestion(testContext({ locale: 'it' }), q);
    expect(reply.title).toBe(`Questa domanda è troppo lunga (${q.length} caratteri).`);
    expect(reply.intro).toBe(ANSWER_WORDS.it.tooLongIntro(QUESTION_MAX_LENGTH));
    expect(reply.actions.map((a) => a.label)).toContain('Disattivalo');
  });

  it('an empty question, in Dutch: the examples come from the Dutch content', () => {
    const reply = answerQuestion(testContext({ locale: 'nl' }), '   ');
    expect(reply.title).toBe('Typ een vraag na /linkedin-ai ask.');
    expect(reply.sections[0]?.title).toBe('Bijvoorbeeld');
    expect(sectionLines(reply.sections[0]).length).toBeGreaterThan(0);
    expect(reply.actions[0]?.label).toBe('Alle onderwerpen');
  });

  it('an answered question offers "more" and "turn it off" in the member language', async () => {
    const { reply } = await pipeline().handle(consoleRequest('werden meine posts für die KI benutzt?', 'de'));
    expect(reply.understood).not.toBe(false);
    expect(reply.actions[0]?.label).toMatch(/^Mehr: /);
    expect(reply.actions.map((a) => a.label)).toContain('Ausschalten');
  });
});
