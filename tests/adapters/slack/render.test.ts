// renderSlack at Block Kit's limits: 50 blocks, 3000 characters a section, 25 elements an actions block.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLACK } from '../../../src/adapters/limits.js';
import { escapeFit, renderSlack, type SlackBlock } from '../../../src/adapters/slack/render.js';
import type { Reply, ReplySection } from '../../../src/core/reply.js';
import { ask, dispatcher, makeReply } from '../../helpers.js';

const reply = makeReply;

const texts = (n: number): ReplySection[] =>
  Array.from({ length: n }, (_, i) => ({ kind: 'text', text: `s${i}` }));
const sectionTexts = (blocks: SlackBlock[]) =>
  blocks.flatMap((b) => (b.type === 'section' ? [b.text.text] : []));
const actionsOf = (blocks: SlackBlock[]) => blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));

/** Checks every limit renderSlack promises; returns the blocks for further checks. */
function assertWithinLimits(r: Reply): SlackBlock[] {
  const { blocks, text } = renderSlack(r);
  expect(blocks.length).toBeLessThanOrEqual(SLACK.blocks);
  expect(text.length).toBeLessThanOrEqual(SLACK.fallbackText);
  const ids = new Set<string>();
  for (const b of blocks) {
    if (b.type === 'header') {
      expect(b.text.text.trim().length).toBeGreaterThan(0);
      expect(b.text.text.length).toBeLessThanOrEqual(SLACK.headerText);
    }
    if (b.type === 'section') {
      expect(b.text.text.trim().length).toBeGreaterThan(0);
      expect(b.text.text.length).toBeLessThanOrEqual(SLACK.sectionText);
    }
    if (b.type === 'context') {
      expect(b.elements.length).toBeLessThanOrEqual(SLACK.contextElements);
      for (const e of b.elements) {
        expect(e.text.trim().length).toBeGreaterThan(0);
        expect(e.text.length).toBeLessThanOrEqual(SLACK.sectionText);
      }
    }
    if (b.type === 'actions') {
      expect(b.elements.length).toBeGreaterThan(0);
      expect(b.elements.length).toBeLessThanOrEqual(SLACK.actionsElements);
      for (const e of b.elements) {
        expect(e.text.text.trim().length).toBeGreaterThan(0);
        expect(e.text.text.length).toBeLessThanOrEqual(SLACK.buttonText);
        expect(e.url === undefined ? (e.value ?? '').trim().length : 1).toBeGreaterThan(0);
        expect(e.action_id.length).toBeLessThanOrEqual(SLACK.actionId);
        expect((e.value ?? '').length).toBeLessThanOrEqual(SLACK.buttonValue);
        expect(ids.has(e.action_id)).toBe(false);
        ids.add(e.action_id);
      }
    }
  }
  return blocks;
}

describe('50 blocks', () => {
  // header + body + footer context: 48 body blocks fit exactly.
  it('keeps 48 sections whole (50 blocks)', () => {
    const blocks = assertWithinLimits(reply({ sections: texts(48) }));
    expect(blocks).toHaveLength(50);
    expect(sectionTexts(blocks).at(-1)).toBe('s47');
  });

  it('cuts the 49th section and says where the rest is', () => {
    const blocks = assertWithinLimits(reply({ sections: texts(49) }));
    expect(blocks).toHaveLength(50);
    expect(sectionTexts(blocks).at(-1)).toContain('more in');
    expect(sectionTexts(blocks)).not.toContain('s47');
  });

  it('keeps the buttons, sources, notice and footer when sections overflow', () => {
    const blocks = assertWithinLimits(
      reply({
        sections: texts(200),
        notice: 'old facts',
        links: [{ label: 'Open', url: 'https://example.org' }],
        sources: [{ key: 'a', title: 'A', url: 'https://example.org/a', date: '2026' }],
      }),
    );
    expect(blocks).toHaveLength(50);
    expect(blocks[0]?.type).toBe('context');
    expect(blocks[1]?.type).toBe('header');
    expect(blocks.slice(-3).map((b) => b.type)).toEqual(['actions', 'context', 'context']);
  });
});

describe('3000 characters a section', () => {
  it('keeps exactly 3000 characters', () => {
    const blocks = assertWithinLimits(reply({ sections: [{ kind: 'text', text: 'a'.repeat(3000) }] }));
    expect(sectionTexts(blocks)[0]).toBe('a'.repeat(3000));
  });

  it('cuts 3001 characters to 3000 ending in an ellipsis', () => {
    const [text] = sectionTexts(
      assertWithinLimits(reply({ sections: [{ kind: 'text', text: 'a'.repeat(3001) }] })),
    );
    expect(text).toHaveLength(3000);
    expect(text?.endsWith('…')).toBe(true);
  });

  it('counts the escaped length, so 1000 "<" still fit and none stays raw', () => {
    const [text] = sectionTexts(assertWithinLimits(reply({ intro: '<'.repeat(1000) })));
    expect(text?.length).toBeLessThanOrEqual(3000);
    expect(text).not.toContain('<');
  });

  it('drops an empty section instead of sending one Slack would reject', () => {
    const blocks = assertWithinLimits(
      reply({
        sections: [
          { kind: 'bullets', items: [] },
          { kind: 'text', text: 'x' },
        ],
      }),
    );
    expect(sectionTexts(blocks)).toEqual(['x']);
  });
});

describe('25 elements an actions block', () => {
  const actions = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ label: `a${i}`, command: `/linkedin-ai a${i}` }));

  it('keeps 25 buttons whole', () => {
    expect(actionsOf(assertWithinLimits(reply({ actions: actions(25) })))).toHaveLength(25);
  });

  it('cuts the 26th', () => {
    const els = actionsOf(assertWithinLimits(reply({ actions: actions(26) })));
    expect(els).toHaveLength(25);
    expect(els.at(-1)?.value).toBe('/linkedin-ai a24');
  });

  it('keeps the share button when follow-ups overflow', () => {
    const els = actionsOf(
      assertWithinLimits(reply({ actions: actions(30), shareCommand: '/linkedin-ai what-data' })),
    );
    expect(els).toHaveLength(25);
    expect(els.at(-1)?.action_id).toBe('share:0');
  });

  it('offers no share button on a public reply', () => {
    const els = actionsOf(
      renderSlack(reply({ visibility: 'public', shareCommand: '/linkedin-ai what-data' })).blocks,
    );
    expect(els).toEqual([]);
  });
});

describe('short fields', () => {
  it('cuts a header to 150 characters without leaving half an entity', () => {
    const [header] = assertWithinLimits(reply({ title: '&'.repeat(200) }));
    const text = header?.type === 'header' ? header.text.text : '';
    expect(text.length).toBeLessThanOrEqual(150);
    expect(text).toMatch(/^(&amp;)+…$/);
  });

  it('escapeFit never ends in a broken entity', () => {
    for (let max = 2; max < 20; max++) expect(escapeFit('a<b>&c'.repeat(5), max)).not.toMatch(/&[a-z]*…$/);
  });

  it('cuts button labels to 75 characters', () => {
    const els = actionsOf(
      assertWithinLimits(reply({ actions: [{ label: 'x'.repeat(100), command: '/linkedin-ai why' }] })),
    );
    expect(els[0]?.text.text.length).toBe(75);
  });
});

describe('every real reply', () => {
  it('stays within the limits for every command and subcommand', async () => {
    for (const c of dispatcher.commands) {
      for (const line of [
        `/${c.spec.name}`,
        ...c.spec.subcommands.map((s) => `/${c.spec.name} ${s.name} monthly`),
      ]) {
        assertWithinLimits(await ask(line));
      }
    }
  });

  it('stays within the limits for any text (property)', () => {
    const str = fc.string({ maxLength: 4000 });
    fc.assert(
      fc.property(
        fc.record({
          title: fc.string({ minLength: 1, maxLength: 400 }),
          intro: str,
          sections: fc.array(
            fc.oneof(
              fc.record({ kind: fc.constant('text' as const), text: str }),
              fc.record({
                kind: fc.constant('bullets' as const),
                title: str,
                items: fc.array(str, { maxLength: 5 }),
              }),
            ),
            { maxLength: 60 },
          ),
          actions: fc.array(fc.record({ label: str, command: fc.string({ maxLength: 2100 }) }), {
            maxLength: 30,
          }),
          notice: str,
        }),
        (r) => {
          const blocks = assertWithinLimits(reply({ ...r, shareCommand: '/linkedin-ai why' }));
          // No raw markup in anything Slack displays (button values are data, never shown).
          const shown = blocks.map((b) => JSON.stringify(b, (k, v) => (k === 'value' ? undefined : v)));
          for (const s of shown) expect(s).not.toMatch(/<[!@#]/);
        },
      ),
      { numRuns: 150 },
    );
  });
});
