import { describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../../src/commands/ai.js';
import { GUIDE_IDS } from '../../src/commands/optout.js';
import type { Reply } from '../../src/core/reply.js';
import { MAX_INPUT_LENGTH } from '../../src/core/text.js';
import { ask } from '../helpers.js';

const SETTING = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';

function allText(r: Reply): string {
  return [
    r.title,
    r.intro ?? '',
    ...r.sections.flatMap((s) => (s.kind === 'text' ? [s.title ?? '', s.text] : [s.title ?? '', ...s.items])),
  ].join('\n');
}

function items(r: Reply, kind: 'steps' | 'bullets'): string[] {
  return r.sections.flatMap((s) => (s.kind === kind ? s.items : []));
}

describe('/linkedin-optout', () => {
  it.each([...GUIDE_IDS])('guide %s answers with dated https sources and a short body', async (id) => {
    const r = await ask(`/linkedin-optout ${id}`);
    expect(r.understood).toBe(true);
    expect(r.command).toBe('linkedin-optout');
    expect(r.subcommand).toBe(id);
    expect(r.sources.some((s) => s.url?.startsWith('https://'))).toBe(true);
    for (const s of r.sources) expect(s.date).toMatch(/\d{4}/);
    expect(allText(r).length).toBeLessThan(1800);
    expect(r.visibility).toBe('ephemeral');
    expect(r.shareCommand).toBe(`/linkedin-optout ${id}`);
    expect(r.asOf).toBe('2026-11-30');
  });

  it('bare command gives the overview with the direct link and a choice of guides', async () => {
    const r = await ask('/linkedin-optout');
    expect(r.understood).toBe(true);
    expect(r.links[0]?.url).toBe(SETTING);
    expect(r.actions.map((a) => a.command)).toEqual(
      expect.arrayContaining(['/linkedin-optout desktop', '/linkedin-optout mobile']),
    );
  });

  it('desktop steps follow the documented menu path in order', async () => {
    const steps = items(await ask('/linkedin-optout desktop'), 'steps').join(' | ');
    const order = ['Me', 'Settings & Privacy', 'Data privacy', 'Data for Generative AI Improvement', 'off'];
    let at = -1;
    for (const word of order) {
      const next = steps.indexOf(word, at + 1);
      expect(next, `"${word}" after position ${at} in: ${steps}`).toBeGreaterThan(at);
      at = next;
    }
    expect(steps).toContain('How LinkedIn uses your data');
  });

  it('mobile steps follow the app path, and ios/android give the same guide', async () => {
    const mobile = await ask('/linkedin-optout mobile');
    const steps = items(mobile, 'steps').join(' | ');
    expect(steps).toMatch(/profile photo.*Settings.*Data privacy.*Data for Generative AI Improvement.*off/);
    for (const alias of ['ios', 'android', 'app', 'phone']) {
      expect((await ask(`/linkedin-optout ${alias}`)).sections).toEqual(mobile.sections);
    }
  });

  it('link gives the exact deep link', async () => {
    const r = await ask('/linkedin-optout link');
    expect(r.links.map((l) => l.url)).toContain(SETTING);
    expect(allText(r)).toContain(SETTING);
  });

  it('objection-form links the form and ads-sharing says the toggle label is unconfirmed', async () => {
    expect((await ask('/linkedin-optout objection-form')).links.map((l) => l.url)).toContain(
      'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
    );
    const ads = await ask('/linkedin-optout ads-sharing');
    expect(ads.links.map((l) => l.url)).toContain('https://www.linkedin.com/mypreferences/d/categories/ads');
    expect(allText(ads)).toContain('not confirmed');
  });

  it('help lists every guide', async () => {
    const text = allText(await ask('/linkedin-optout help'));
    for (const id of GUIDE_IDS) expect(text).toContain(`/linkedin-optout ${id}`);
  });
});

describe('/linkedin-ai', () => {
  it.each([...TOPIC_IDS])('topic %s answers with dated https sources', async (id) => {
    const r = await ask(`/linkedin-ai ${id}`);
    expect(r.understood).toBe(true);
    expect(r.subcommand).toBe(id);
    expect(r.sources.length).toBeGreaterThan(0);
    expect(r.sources.every((s) => s.url === null || s.url.startsWith('https://'))).toBe(true);
    expect(allText(r).length).toBeLessThan(1800);
  });

  it('bare command shows the topic menu', async () => {
    const r = await ask('/linkedin-ai');
    const text = allText(r);
    for (const id of TOPIC_IDS) expect(text).toContain(id);
  });

  it('what-data names profile data and content, not-used names private messages', async () => {
    expect(allText(await ask('/linkedin-ai what-data'))).toMatch(/posts/i);
    expect(allText(await ask('/linkedin-ai not-used'))).toMatch(/private messages/i);
  });

  it('opt-out-effect says past training is not undone', async () => {
    expect(allText(await ask('/linkedin-ai opt-out-effect'))).toMatch(/not undo|does not undo/i);
  });

  it('timeline carries the corrected dates', async () => {
    const text = allText(await ask('/linkedin-ai timeline'));
    expect(text).toContain('18 Sep 2024');
    expect(text).toContain('20 Nov 2024');
    expect(text).toContain('3 Nov 2025');
  });

  it('sources lists every public source with its URL and date', async () => {
    const r = await ask('/linkedin-ai sources');
    expect(r.sources.length).toBe(18);
    expect(r.sources.every((s) => s.url?.startsWith('https://'))).toBe(true);
  });

  it('about says what the bot stores and logs', async () => {
    const text = allText(await ask('/linkedin-ai about'));
    expect(text).toMatch(/hash/i);
    expect(text).toMatch(/never message text/i);
  });
});

describe('/linkedin-reminder', () => {
  it('help explains the actions', async () => {
    const text = allText(await ask('/linkedin-reminder help'));
    for (const a of ['pin', 'unpin', 'status']) expect(text).toContain(`/linkedin-reminder ${a}`);
    expect(text).not.toContain('confirm');
  });

  it.each(['pin', 'unpin', 'status', 'pin every:weekly'])(
    '%s in the console says it works in a channel',
    async (line) => {
      const r = await ask(`/linkedin-reminder ${line}`);
      expect(r.understood).toBe(true);
      expect(allText(r)).toMatch(/Discord or Slack/);
    },
  );
});

describe('stale facts', () => {
  it('adds a notice once the facts are older than the configured age', async () => {
    expect((await ask('/linkedin-optout desktop')).notice).toBeUndefined();
    const late = await ask('/linkedin-optout desktop', { now: new Date('2027-07-01T00:00:00Z') });
    expect(late.notice).toMatch(/30 Nov 2026.*out of date/);
    const strict = await ask('/linkedin-ai what-data', {
      staleAfterDays: 1,
      now: new Date('2026-12-05T00:00:00Z'),
    });
    expect(strict.notice).toBeDefined();
  });
});

describe('bad input', () => {
  it('names the valid choices for an unknown command, guide, topic or action, closest first', async () => {
    const cmd = await ask('/linkedin-optuot desktop');
    expect(cmd.understood).toBe(false);
    expect(cmd.actions[0]?.command).toBe('/linkedin-optout');
    const guide = await ask('/linkedin-optout dekstop');
    expect(guide.actions[0]?.command).toBe('/linkedin-optout desktop');
    const action = await ask('/linkedin-reminder unpn');
    expect(action.actions[0]?.command).toBe('/linkedin-reminder unpin');
  });

  it('answers empty input, control characters and odd Unicode without throwing', async () => {
    for (const line of [
      '',
      '   ',
      '\u0000\u0007\u001b[31m',
      '/linkedin-ai \u202ewhat-data',
      '🤖🤖🤖',
      '/ＬＩＮＫＥＤＩＮ-ＡＩ ｍｙｔｈｓ',
    ]) {
      const r = await ask(line);
      expect(r.title.length).toBeGreaterThan(0);
    }
    // Full-width letters normalise (NFKC) to the command they spell.
    expect((await ask('/ＬＩＮＫＥＤＩＮ-ＡＩ ｍｙｔｈｓ')).subcommand).toBe('myths');
  });

  it('refuses input over the length limit and says so', async () => {
    const r = await ask(`/linkedin-ai ${'a'.repeat(10_000)}`);
    expect(r.understood).toBe(false);
    expect(r.title).toMatch(/too long/);
    expect(r.sections[0]?.kind === 'bullets' && r.sections[0].items[0]).toContain(String(MAX_INPUT_LENGTH));
  });

  it('never echoes more than a short, cleaned excerpt of what was typed', async () => {
    const r = await ask(`/linkedin-ai ${'x'.repeat(500)}`);
    expect(r.title.length).toBeLessThan(100);
  });
});
