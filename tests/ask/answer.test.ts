import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render.js';
import { renderSlack } from '../../src/adapters/slack/render.js';
import { analyze, stem } from '../../src/ask/analyze.js';
import { answerQuestion, fullCommand } from '../../src/ask/answer.js';
import { indexFor, retrieve } from '../../src/ask/retrieve.js';
import type { Fact } from '../../src/content/types.js';
import type { Reply } from '../../src/core/reply.js';
import { ask, testContext } from '../helpers.js';
import { onTopic } from './questions.js';

const ctx = testContext();
const content = ctx.content;
const entries = [...Object.values(content.topics), ...Object.values(content.guides)];
const allFacts: Fact[] = entries.flatMap((e) => [
  ...(e.intro ? [e.intro] : []),
  ...e.sections.flatMap((s) => s.facts),
]);
const factTexts = new Set(
  allFacts.map((f) => (f.unconfirmed ? `${f.text} (not confirmed by LinkedIn)` : f.text)),
);

function sentences(reply: Reply): string[] {
  return [
    ...(reply.intro ? [reply.intro] : []),
    ...reply.sections.flatMap((s) => (s.kind === 'text' ? [s.text] : s.items)),
  ];
}

describe('ask: answers', () => {
  it('answers "does it use my DMs?" with not-used, its facts, sources with dates and a follow-up', async () => {
    const reply = await ask('/linkedin-ai ask does it use my DMs?');
    expect(reply).toMatchObject({
      command: 'linkedin-ai',
      subcommand: 'ask',
      understood: true,
      topic: 'not-used',
      shareCommand: '/linkedin-ai not-used',
    });
    expect(reply.confidence).toBeGreaterThan(0.5);
    expect(reply.confidence).toBeLessThanOrEqual(1);
    expect(Math.round(reply.confidence! * 100) / 100).toBe(reply.confidence);
    expect(sentences(reply)).toContain('Private messages, including InMail and inbox messages.');
    expect(reply.sources.map((s) => s.key)).toContain('HELP-GENAI-FAQ');
    for (const s of reply.sources) expect(s.date).toMatch(/\d{4}/);
    expect(reply.actions.map((a) => a.command)).toContain('/linkedin-ai not-used');
    expect(reply.links.map((l) => l.url)).toContain(content.settingUrl);
  });

  it('finds the topic despite typos', async () => {
    expect((await ask('/linkedin-ai ask does linkdin use my dms')).topic).toBe('not-used');
    expect((await ask('/linkedin-ai ask how to dissable on my iphnoe')).topic).toBe('mobile');
    expect((await ask('/linkedin-ai ask personalized advertisment opt out')).topic).toBe('ads-sharing');
  });

  it('says only content facts: every sentence of every answer is a fact text, verbatim', () => {
    let answers = 0;
    for (const { q } of onTopic) {
      const reply = answerQuestion(ctx, q);
      const entry = entries.find((e) => e.id === reply.topic);
      if (!entry || reply.title !== entry.title) continue; // "not sure" replies carry no facts
      answers++;
      const said = sentences(reply);
      const bullets = reply.sections
        .filter((s) => s.kind !== 'steps')
        .flatMap((s) => (s.kind === 'text' ? [s.text] : s.items));
      expect(bullets.length, q).toBeGreaterThanOrEqual(
        reply.sections.some((s) => s.kind === 'steps') ? 0 : 2,
      );
      expect(bullets.length, q).toBeLessThanOrEqual(4);
      for (const s of said) expect(factTexts, `${q} → ${s}`).toContain(s);
      expect(reply.shareCommand).toBe(fullCommand(content.topics[entry.id] ? 'topic' : 'guide', entry.id));
    }
    expect(answers).toBeGreaterThan(onTopic.length / 2);
  });

  it("keeps a guide's steps whole and in order", () => {
    const reply = answerQuestion(ctx, 'how do i switch it off on my iphone');
    expect(reply.topic).toBe('mobile');
    const steps = reply.sections.find((s) => s.kind === 'steps');
    const want = content.guides.mobile!.sections.find((s) => s.kind === 'steps')!.facts.map((f) => f.text);
    expect(steps?.kind === 'steps' && steps.items).toEqual(want);
  });

  it('is honest when unsure: the two closest topics as buttons', () => {
    const q = 'did linkedin opt everybody in without asking';
    expect(retrieve(indexFor(content, ctx.contentVersion), q).verdict).toBe('unsure');
    const reply = answerQuestion(ctx, q);
    expect(reply.title).toMatch(/not sure/i);
    expect(reply.topic).toBe('default');
    expect(reply.confidence).toBeLessThan(0.5);
    const runs = reply.actions.filter((a) => a.command !== '/linkedin-ai help');
    expect(runs).toHaveLength(2);
    expect(runs[0]?.command).toBe('/linkedin-ai default');
    expect(reply.shareCommand).toBeUndefined();
  });

  it('answers an off-topic question with the topic menu and topic null', async () => {
    const reply = await ask("/linkedin-ai ask what's the weather in Paris");
    expect(reply.topic).toBeNull();
    expect(reply.title).toBe("I only know about LinkedIn's AI-training settings.");
    const menu = reply.sections.find((s) => s.kind === 'bullets');
    expect(menu?.kind === 'bullets' && menu.items.map((i) => i.split(':')[0])).toEqual(
      Object.keys(content.topics),
    );
    expect(reply.actions.map((a) => a.command)).toContain('/linkedin-optout');
  });

  it('does not answer from near-misses alone ("pasta" is not "past")', async () => {
    for (const q of ['make pasta', 'how to cook pasta']) {
      expect((await ask(`/linkedin-ai ask ${q}`)).topic).toBeNull();
    }
    // A real typo next to an exact word still finds its topic.
    expect((await ask('/linkedin-ai ask does linkdin use my dms')).topic).toBe('not-used');
  });

  it('asks for a question when there is none, with examples', () => {
    const reply = answerQuestion(ctx, '  \u200b ');
    expect(reply.understood).toBe(false);
    expect(reply.topic).toBeNull();
    const items = reply.sections.flatMap((s) => (s.kind === 'text' ? [] : s.items));
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const i of items) expect(i).toMatch(/^\/linkedin-ai ask /);
  });

  it('refuses a question over 300 characters politely, without echoing it', async () => {
    const long = `does it use my dms ${'x'.repeat(300)} SECRETWORD`;
    const reply = await ask(`/linkedin-ai ask ${long}`);
    expect(reply.understood).toBe(false);
    // Refused by the spec's maxLength before any answering: no topic was picked.
    expect(reply.topic ?? null).toBeNull();
    expect(reply.title).toMatch(/too long/);
    expect(JSON.stringify(reply)).not.toContain('SECRETWORD');
    expect(answerQuestion(ctx, 'a'.repeat(300)).title).not.toMatch(/too long/);
  });

  it('never shows mentions or markup from the question, on Discord or Slack', () => {
    const hostile = [
      '@everyone does linkedin use my DMs? <!channel> <@U123> <@&456> **bold** [x](https://evil.example)',
      '@here what is the weather <!here|here> <!everyone>',
      `@everyone ${'spam '.repeat(70)}`,
      '@everyone',
    ];
    for (const q of hostile) {
      const reply = answerQuestion(ctx, q);
      const discord = JSON.stringify(renderDiscord(reply));
      const slack = JSON.stringify(renderSlack(reply));
      for (const out of [discord, slack]) {
        expect(out).not.toMatch(
          /@everyone|@here|<!channel>|<!here|<!everyone>|<@U123>|<@&456>|evil\.example|SECRET/,
        );
      }
      expect(renderDiscord(reply).allowed_mentions).toEqual({ parse: [] });
      expect(reply.shareCommand ?? '').not.toMatch(/@|</);
    }
  });
});

describe('ask: index and analyser', () => {
  it('builds the index once per locale and content version', () => {
    const a = indexFor(content, ctx.contentVersion);
    answerQuestion(ctx, 'does it use my dms');
    expect(indexFor(content, ctx.contentVersion)).toBe(a);
    expect(indexFor(content, 'other-version')).not.toBe(a);
  });

  it("maps everyday words to the content's terms", () => {
    expect(analyze('my DMs')).toEqual(analyze('private messages'));
    expect(analyze('turn it off')).toEqual(analyze('disable'));
    expect(analyze('delete')).toEqual(analyze('undo'));
    expect(analyze('GDPR')).toContain('region');
    expect(analyze('my kids')).toEqual(analyze('minors'));
    expect(analyze('what is the')).toEqual([]);
    expect(stem('trained')).toBe(stem('training'));
    expect(stem('anonymized')).toBe(stem('anonymised'));
  });
});

describe('ask: say --format json (black box, built dist/)', () => {
  const say = (line: string) =>
    spawnSync(process.execPath, ['dist/main.js', 'say', line, '--format', 'json'], { encoding: 'utf8' });

  it('includes topic and confidence', () => {
    const r = say('/linkedin-ai ask does it use my DMs?');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as Reply;
    expect(json.topic).toBe('not-used');
    expect(typeof json.confidence).toBe('number');
  });

  it('gives topic null (and exit 2) for an off-topic question', () => {
    const r = say('/linkedin-ai ask tell me a joke');
    expect(r.status).toBe(2);
    const json = JSON.parse(r.stdout) as Reply;
    expect(json.topic).toBeNull();
    expect(json).toHaveProperty('confidence');
  });
});
