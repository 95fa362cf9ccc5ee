import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render-text.js';
import { renderDiscord } from '../../src/adapters/discord/render.js';
import { DISCORD, SLACK } from '../../src/adapters/limits.js';
import { renderSlack } from '../../src/adapters/slack/render.js';
import type { Reply } from '../../src/core/reply.js';
import { ask, makeReply } from '../helpers.js';

const base = makeReply;

/** A reply past every limit at once: the longest title, the most sections, buttons and sources. */
function huge(): Reply {
  return base({
    title: 'T'.repeat(1000),
    intro: 'I'.repeat(5000),
    sections: Array.from({ length: 80 }, (_, i) => ({
      kind: i % 2 ? ('steps' as const) : ('bullets' as const),
      title: `Section ${i}`,
      items: Array.from({ length: 12 }, (_, j) => `item ${j} ${'w'.repeat(400)}`),
    })),
    links: Array.from({ length: 10 }, (_, i) => ({
      label: `L${i} ${'l'.repeat(100)}`,
      url: `https://example.com/${i}`,
    })),
    actions: Array.from({ length: 40 }, (_, i) => ({
      label: `A${i}`,
      command: `/linkedin-ai what-data${i}`,
    })),
    sources: Array.from({ length: 30 }, (_, i) => ({
      key: `S${i}`,
      title: `Source ${i} ${'s'.repeat(80)}`,
      url: `https://example.com/s/${i}`,
      date: '2025-11-03',
    })),
    shareCommand: '/linkedin-ai what-data',
    notice: 'N'.repeat(3000),
  });
}

function embedTotal(e: ReturnType<typeof renderDiscord>['embeds'][number]): number {
  return (
    e.title.length +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

describe('Discord renderer', () => {
  it('stays within every limit for an oversized reply', () => {
    const m = renderDiscord(huge());
    const e = m.embeds[0]!;
    expect(e.title.length).toBeLessThanOrEqual(DISCORD.embedTitle);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(DISCORD.embedDescription);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DISCORD.embedFields);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(DISCORD.fieldValue);
    expect(embedTotal(e)).toBeLessThanOrEqual(DISCORD.embedTotal);
    expect(m.content?.length ?? 0).toBeLessThanOrEqual(DISCORD.contentChars);
    expect(m.components.length).toBeLessThanOrEqual(DISCORD.actionRows);
    for (const row of m.components) {
      expect(row.components.length).toBeLessThanOrEqual(DISCORD.buttonsPerRow);
      for (const b of row.components) {
        expect(b.label.length).toBeLessThanOrEqual(DISCORD.buttonLabel);
        expect((b.custom_id ?? '').length).toBeLessThanOrEqual(DISCORD.customId);
      }
    }
    // The share button survives the cut.
    expect(m.components.flatMap((r) => r.components).some((b) => b.custom_id?.startsWith('share:'))).toBe(
      true,
    );
  });

  it('keeps a reply exactly at the limits whole', () => {
    const title = 'x'.repeat(DISCORD.embedTitle);
    const m = renderDiscord(
      base({ title, links: Array.from({ length: 5 }, (_, i) => ({ label: 'l', url: `https://a.b/${i}` })) }),
    );
    expect(m.embeds[0]!.title).toBe(title);
    expect(m.components).toHaveLength(1);
    expect(m.components[0]!.components).toHaveLength(5);
  });

  it('never pings: no allowed mentions, escaped @everyone and markdown', () => {
    const m = renderDiscord(
      base({ title: '@everyone <@123> **bold** [x](https://evil)', visibility: 'public' }),
    );
    expect(m.allowed_mentions).toEqual({ parse: [] });
    expect(m.flags).toBeUndefined();
    expect(m.embeds[0]!.title).not.toContain('@everyone');
    expect(m.embeds[0]!.title).not.toContain('**');
    expect(m.embeds[0]!.title).not.toMatch(/(?<!\\)\]\(/);
    expect(renderDiscord(base({ title: '# Heading' })).embeds[0]!.title).toBe('\\# Heading');
  });

  it('marks ephemeral replies with the ephemeral flag and offers Share in channel', async () => {
    const m = renderDiscord(await ask('/linkedin-optout desktop'));
    expect(m.flags).toBe(64);
    const ids = m.components.flatMap((r) => r.components).map((b) => b.custom_id ?? b.url);
    expect(ids).toContain('share:/linkedin-optout desktop');
    expect(ids).toContain('run:/linkedin-optout mobile');
    expect(ids).toContain('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
  });
});

describe('Slack renderer', () => {
  it('stays within every limit for an oversized reply', () => {
    const m = renderSlack(huge());
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK.blocks);
    for (const b of m.blocks) {
      if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(SLACK.sectionText);
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(SLACK.headerText);
      if (b.type === 'context') {
        expect(b.elements.length).toBeLessThanOrEqual(SLACK.contextElements);
        for (const el of b.elements) expect(el.text.length).toBeLessThanOrEqual(SLACK.sectionText);
      }
      if (b.type === 'actions') {
        expect(b.elements.length).toBeLessThanOrEqual(SLACK.actionsElements);
        for (const el of b.elements) expect(el.text.text.length).toBeLessThanOrEqual(SLACK.buttonText);
        expect(new Set(b.elements.map((el) => el.action_id)).size).toBe(b.elements.length);
      }
    }
    expect(m.text.length).toBeLessThanOrEqual(SLACK.fallbackText);
  });

  it('keeps exactly 50 blocks when the body fits and cuts with a pointer when it does not', () => {
    const many = (n: number) =>
      base({ sections: Array.from({ length: n }, (_, i) => ({ kind: 'text' as const, text: `s${i}` })) });
    // header + actions-free tail (footer context) = 2 blocks around the body.
    const fits = renderSlack(many(SLACK.blocks - 2));
    expect(fits.blocks).toHaveLength(SLACK.blocks);
    expect(JSON.stringify(fits.blocks)).not.toContain('more in');
    const cut = renderSlack(many(SLACK.blocks));
    expect(cut.blocks).toHaveLength(SLACK.blocks);
    expect(JSON.stringify(cut.blocks)).toContain('more in');
  });

  it('escapes user text so nobody can inject <!channel> or links', () => {
    const m = renderSlack(base({ title: 'hi', intro: '<!channel> <https://evil|click> & <@U123>' }));
    const json = JSON.stringify(m);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<https://evil');
    expect(json).toContain('&lt;!channel&gt;');
  });
});

describe('text renderer', () => {
  it('numbers steps, lists sources with dates and shows the as-of date', async () => {
    const out = renderText(await ask('/linkedin-optout desktop'));
    expect(out).toMatch(/^ {2}1\. /m);
    expect(out).toContain('Sources:');
    expect(out).toContain('Facts checked 30 Nov 2026');
    expect(out).not.toContain('\u001b[');
  });

  it('uses colour only when asked (a TTY)', async () => {
    expect(renderText(await ask('/linkedin-ai myths'), { color: true })).toContain('\u001b[1m');
  });
});
