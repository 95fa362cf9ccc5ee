// The English facts themselves: the corrections of 2026-11-30 stay corrected, each claim cites what backs it,
// and every reply that carries them reaches people whole.
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render-text.js';
import { renderDiscord } from '../../src/adapters/discord/render.js';
import { renderSlack } from '../../src/adapters/slack/render.js';
import { answerQuestion } from '../../src/ask/answer.js';
import { en } from '../../src/content/en.js';
import type { Entry, Fact, SourceKey } from '../../src/content/types.js';
import { ask, testContext } from '../helpers.js';

const entries: Entry[] = [...Object.values(en.guides), ...Object.values(en.topics)];
const factsOf = (e: Entry): Fact[] => [...(e.intro ? [e.intro] : []), ...e.sections.flatMap((s) => s.facts)];
const allFacts: { where: string; fact: Fact }[] = entries.flatMap((e) =>
  factsOf(e).map((fact) => ({ where: e.id, fact })),
);
/** Everything a person can read: fact texts, titles, summaries, link and button labels. */
const readable = entries
  .flatMap((e) => [
    e.title,
    e.summary,
    ...e.sections.map((s) => s.title ?? ''),
    ...factsOf(e).map((f) => f.text),
    ...e.links.map((l) => l.label),
    ...e.followUps.map((f) => f.label),
  ])
  .join('\n');

/** Commands whose replies the 2026-11-30 corrections touch. */
const CORRECTED = [
  '/linkedin-ai microsoft',
  '/linkedin-optout ads-sharing',
  '/linkedin-optout objection-form',
  '/linkedin-ai regions',
  '/linkedin-ai timeline',
  '/linkedin-ai myths',
  '/linkedin-ai what-data',
  '/linkedin-ai other-ai',
];

describe('English content, as corrected on 2026-11-30', () => {
  it('is dated 2026-11-30', () => {
    expect(en.asOf).toBe('2026-11-30');
  });

  it('never says the corrected claims', () => {
    for (const wrong of [/uk only/i, /more regions/i, /security logs?/i, /data-for-generative-ai/]) {
      expect(readable).not.toMatch(wrong);
    }
  });

  it('names legitimate interests only for the EU, EEA, Switzerland and the UK', () => {
    const said = allFacts.filter(({ fact }) => /legitimate interest/i.test(fact.text));
    expect(said.length).toBeGreaterThan(0);
    for (const { where, fact } of said) {
      expect(fact.text, where).toMatch(/EU, EEA, Switzerland and the UK/);
      expect(fact.text, where).not.toMatch(/Canada|Hong Kong/);
      expect(fact.sources, where).toContain('ERPN');
    }
  });

  it('tells every pause in the past tense, with its date', () => {
    const pauses = allFacts.filter(({ fact }) => /paus|suspend/i.test(fact.text));
    expect(pauses.length).toBeGreaterThanOrEqual(3);
    for (const { where, fact } of pauses) {
      expect(fact.text, where).toMatch(/\b20\d\d\b/);
      expect(fact.text, where).not.toMatch(
        /\b(pauses|suspends|is paused|are paused|remains? paused|still paused)\b/i,
      );
    }
    // The EU, EEA and Switzerland never started in 2024, so nothing says they were paused.
    for (const { where, fact } of pauses) expect(fact.text, where).not.toMatch(/\bEU\b|EEA|Switzerland/);
  });

  it('gives the objection example LinkedIn gives: the IP address of a login', () => {
    const refusals = allFacts.filter(({ fact }) => /compelling grounds/i.test(fact.text));
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    for (const { fact } of refusals) {
      expect(fact.text).toMatch(/IP address used to sign in/);
      expect(fact.sources).toEqual(['ERPN']);
    }
  });

  it('places Microsoft ad sharing outside the EU, EEA, Switzerland and the UK, with the linked opt-out', () => {
    const ads = en.guides['ads-sharing']!;
    expect(ads.intro?.text).toMatch(/Outside the EU, EEA, Switzerland and the UK/);
    expect(ads.links[0]?.url).toBe(
      'https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners',
    );
    expect(ads.links.map((l) => l.url)).toContain('https://www.linkedin.com/mypreferences/d/categories/ads');
    const texts = factsOf(ads).map((f) => f.text);
    expect(texts.some((t) => /3 Nov 2025.*more kinds of data/.test(t))).toBe(true);
    expect(texts.some((t) => /23 Feb 2026.*California/.test(t))).toBe(true);
  });

  it('says what each text allows for Microsoft AI training: the UK row, and public content elsewhere', () => {
    const ms = factsOf(en.topics.microsoft!);
    const uk = ms.find((f) => /^UK members/.test(f.text));
    expect(uk?.sources).toEqual(['ERPN']);
    const elsewhere = ms.find((f) => /publicly/.test(f.text));
    expect(elsewhere?.text).toMatch(/affiliates including Microsoft/);
    expect(elsewhere?.sources).toEqual(['PRIVACY-POLICY']);
  });

  it('answers "what data" with one line saying private messages are not used', () => {
    const whatData = en.topics['what-data']!;
    const line = factsOf(whatData).filter((f) => /private messages/i.test(f.text));
    expect(line).toHaveLength(1);
    expect(line[0]!.text).toMatch(/not used/);
    expect(line[0]!.sources).toEqual(['HELP-GENAI-FAQ']);
  });

  it('cites each fact only with the sources that back its kind of claim', () => {
    // A claim mentioning one of these names cites the source that says it.
    const backs: [RegExp, SourceKey][] = [
      [/\bDPC\b|Irish regulator/, 'DPC-2025'],
      [/\bAP\b|back to 2003/, 'AP-2025'],
      [/class action/, 'LAWSUIT-2025'],
      [/PCPD/, 'PCPD-2024'],
      [/Privacy Commissioner|Canadian members/, 'OPC-2024'],
      [/\bICO\b/, 'ICO'],
      [/Hiring Assistant/, 'ERPN'],
      [/California/, 'PRIVACY-POLICY'],
      [/18 Sep 2025/, 'NEWS-2025-09'],
      [/within days not in the UK/, 'NEWS-2024-09-UK'],
    ];
    for (const [mention, key] of backs) {
      const hits = allFacts.filter(({ fact }) => mention.test(fact.text));
      expect(hits.length, String(mention)).toBeGreaterThan(0);
      for (const { where, fact } of hits) expect(fact.sources, `${where}: ${fact.text}`).toContain(key);
    }
    // Feedback (thumbs up/down) is the FAQ's alone; the European notice does not list it.
    const feedback = allFacts.filter(({ fact }) => /thumbs/i.test(fact.text));
    for (const { fact } of feedback) expect(fact.sources).toEqual(['HELP-GENAI-FAQ']);
    // The mobile path is the seed's and the Dutch regulator's.
    const mobileSteps = en.guides.mobile!.sections.find((s) => s.kind === 'steps')!.facts;
    for (const f of mobileSteps) expect(f.sources.slice(0, 2)).toEqual(['SEED', 'AP-2025']);
  });

  it('cites the Hong Kong regulator itself, and every source at least once', () => {
    expect(en.sources['PCPD-2024'].url).toBe(
      'https://pcpd.org.hk/english/news_events/media_statements/press_20241015.html',
    );
    expect(en.sources['PCPD-2024'].date).toBe('2024-10-15');
    const cited = new Set(allFacts.flatMap(({ fact }) => fact.sources));
    for (const key of Object.keys(en.sources)) expect(cited, key).toContain(key);
  });

  it.each(CORRECTED)(
    '%s: the reply shows every fact whole on Discord, Slack and the console',
    async (line) => {
      const reply = await ask(line);
      expect(reply.understood).toBe(true);
      const id = line.split(' ')[1] ?? '';
      const entry = en.guides[id] ?? en.topics[id];
      expect(entry, line).toBeDefined();
      const discord = JSON.stringify(renderDiscord(reply));
      const slack = JSON.stringify(renderSlack(reply));
      const text = renderText(reply);
      // Punctuation may be escaped per platform; compare letters and digits only.
      const squash = (s: string) => s.replace(/\\./g, '').replace(/[^A-Za-z0-9]/g, '');
      for (const f of factsOf(entry!)) {
        const want = squash(f.text);
        expect(squash(discord), `discord: ${f.text}`).toContain(want);
        expect(squash(slack), `slack: ${f.text}`).toContain(want);
        expect(squash(text), `console: ${f.text}`).toContain(want);
      }
      for (const s of [discord, slack, text]) expect(s).not.toMatch(/uk only|more regions|security logs/i);
      // Every source a fact cites is listed with its date.
      for (const key of new Set(factsOf(entry!).flatMap((f) => f.sources))) {
        expect(reply.sources.map((s) => s.key)).toContain(key);
      }
    },
  );

  it.each([
    ['did the Irish regulator approve this?', ['regions', 'myths']],
    ['do they use posts from 2003?', ['myths', 'regions']],
    ['does Microsoft train on my posts?', ['microsoft']],
    ['does switching it off stop the hiring assistant from using my profile?', ['other-ai']],
    ['was there a class action about InMail?', ['myths', 'timeline']],
  ])('ask routes "%s" to a topic that holds the fact', (q, topics) => {
    const reply = answerQuestion(testContext(), q);
    expect(topics).toContain(reply.topic);
  });
});
