// Every translated knowledge base must say the same things as the English one: same guides and topics in the
// same order, same sections and kinds, the same facts in the same order with the same sources and flags, the
// same links and follow-up commands. Only the words differ. A mutated copy proves the check can fail.
import { describe, expect, it } from 'vitest';
import { aboutBot as aboutDe } from '../../src/content/about-de.js';
import { aboutBot as aboutEn } from '../../src/content/about-en.js';
import { aboutBot as aboutEs } from '../../src/content/about-es.js';
import { aboutBot as aboutFr } from '../../src/content/about-fr.js';
import { aboutBot as aboutIt } from '../../src/content/about-it.js';
import { aboutBot as aboutNl } from '../../src/content/about-nl.js';
import { aboutBot as aboutPl } from '../../src/content/about-pl.js';
import { aboutBot as aboutPtBR } from '../../src/content/about-pt-BR.js';
import { en } from '../../src/content/en.js';
import { getContent, locales } from '../../src/content/index.js';
import { validateContent } from '../../src/content/schema.js';
import type { Content, Entry, Fact } from '../../src/content/types.js';

/** Everything about a fact except its words. */
function factShape(f: Fact): unknown {
  const { text: _text, ...rest } = f;
  return rest;
}

function entryProblems(where: string, base: Entry, other: Entry): string[] {
  const out: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${where}: ${what} not as in en`);
  };
  same('id', base.id, other.id);
  same('intro', base.intro && factShape(base.intro), other.intro && factShape(other.intro));
  same('section count', base.sections.length, other.sections.length);
  base.sections.forEach((s, i) => {
    const o = other.sections[i];
    if (!o) return;
    same(`section ${i} kind`, s.kind, o.kind);
    same(`section ${i} has a title`, s.title !== undefined, o.title !== undefined);
    same(`section ${i} fact count`, s.facts.length, o.facts.length);
    s.facts.forEach((f, j) => {
      const of = o.facts[j];
      same(`section ${i} fact ${j} sources/flags`, factShape(f), of && factShape(of));
    });
  });
  same(
    'link URLs',
    base.links.map((l) => l.url),
    other.links.map((l) => l.url),
  );
  same(
    'follow-up commands',
    base.followUps.map((f) => f.command),
    other.followUps.map((f) => f.command),
  );
  same('has ask hints', base.ask !== undefined, other.ask !== undefined);
  if (base.ask && other.ask && other.ask.examples.length < base.ask.examples.length) {
    out.push(`${where}: fewer ask examples than en`);
  }
  return out;
}

/** Every way a translation differs from the English content other than its words; empty when in step. */
function parityProblems(base: Content, other: Content): string[] {
  const out: string[] = [];
  if (other.asOf !== base.asOf) out.push('asOf differs');
  if (other.settingUrl !== base.settingUrl) out.push('settingUrl differs');
  const baseKeys = Object.keys(base.sources);
  if (JSON.stringify(Object.keys(other.sources)) !== JSON.stringify(baseKeys)) out.push('source keys differ');
  for (const key of baseKeys) {
    const b = base.sources[key as keyof Content['sources']];
    const o = other.sources[key as keyof Content['sources']];
    if (!o) continue;
    // Titles and date labels are translated; everything else (key, url, date, kind) is the same.
    const { title: _bt, dateLabel: _bd, ...bRest } = b;
    const { title: _ot, dateLabel: _od, ...oRest } = o;
    if (JSON.stringify(bRest) !== JSON.stringify(oRest)) out.push(`source ${key} differs`);
  }
  for (const kind of ['guides', 'topics'] as const) {
    const ids = Object.keys(base[kind]);
    if (JSON.stringify(Object.keys(other[kind])) !== JSON.stringify(ids)) out.push(`${kind} ids differ`);
    for (const id of ids) {
      const o = other[kind][id];
      if (!o) continue;
      out.push(...entryProblems(`${kind}.${id}`, base[kind][id]!, o));
    }
  }
  return out;
}

/** Every text a member reads in a content object. */
function texts(c: Content): string[] {
  const entries = [...Object.values(c.guides), ...Object.values(c.topics)];
  return [
    ...Object.values(c.sources).flatMap((s) => [s.title, s.dateLabel]),
    ...entries.flatMap((e) => [
      e.title,
      e.summary,
      ...(e.intro ? [e.intro.text] : []),
      ...e.sections.flatMap((s) => [...(s.title ? [s.title] : []), ...s.facts.map((f) => f.text)]),
      ...e.links.map((l) => l.label),
      ...e.followUps.map((f) => f.label),
    ]),
  ];
}

const translated = locales.filter((l) => l !== 'en');

describe('content parity with en', () => {
  it('has at least one translated locale to check', () => {
    expect(translated.length).toBeGreaterThan(0);
  });

  for (const locale of translated) {
    describe(locale, () => {
      const c = getContent(locale);

      it('is the content of that locale and passes validation', () => {
        expect(c.locale).toBe(locale);
        expect(() => validateContent(c)).not.toThrow();
      });

      it('has the same ids, sections, facts, sources, links and follow-ups as en', () => {
        expect(parityProblems(en, c)).toEqual([]);
      });

      it('keeps the direct link first in every guide', () => {
        for (const g of Object.values(c.guides)) {
          if (en.guides[g.id]!.links[0]?.url === en.settingUrl) expect(g.links[0]?.url).toBe(c.settingUrl);
        }
      });

      it('holds no markdown and no text left identical to the English one', () => {
        const enTexts = new Set(texts(en));
        for (const t of texts(c)) {
          expect(t, t).not.toMatch(/\*\*|__|`|\]\(/);
          // Names and bare links may stay as they are; a whole English sentence may not.
          if (t.includes(' ') && !t.includes('https://')) expect(enTexts.has(t), t).toBe(false);
        }
      });
    });
  }

  it('fails when a locale misses a fact, a source, a link or a follow-up, or adds one', () => {
    const c = getContent(translated[0]!);
    const mutate = (change: (x: Content) => void): string[] => {
      const x = structuredClone(c);
      change(x);
      return parityProblems(en, x);
    };
    expect(mutate(() => {})).toEqual([]);
    expect(mutate((x) => x.guides.desktop!.sections[0]!.facts.pop())).toContain(
      'guides.desktop: section 0 fact count not as in en',
    );
    expect(mutate((x) => x.topics.myths!.sections[0]!.facts[0]!.sources.pop())).toContain(
      'topics.myths: section 0 fact 0 sources/flags not as in en',
    );
    expect(mutate((x) => x.topics.myths!.sections[0]!.facts[0]!.sources.push('ICO'))).toContain(
      'topics.myths: section 0 fact 0 sources/flags not as in en',
    );
    const [sectionIx, factIx] = firstUnconfirmed();
    expect(
      mutate((x) => {
        delete x.guides['ads-sharing']!.sections[sectionIx]!.facts[factIx]!.unconfirmed;
      }),
    ).toContain(`guides.ads-sharing: section ${sectionIx} fact ${factIx} sources/flags not as in en`);
    expect(mutate((x) => x.guides.link!.links.pop())).toContain('guides.link: link URLs not as in en');
    expect(mutate((x) => x.topics.why!.followUps.pop())).toContain(
      'topics.why: follow-up commands not as in en',
    );
    expect(mutate((x) => delete x.topics.timeline)).toContain('topics ids differ');
    expect(mutate((x) => delete (x.sources as Partial<Content['sources']>).ICO)).toContain(
      'source keys differ',
    );
    expect(
      mutate((x) => {
        x.sources.ERPN.url = 'https://www.linkedin.com/legal/privacy';
      }),
    ).toContain('source ERPN differs');
  });
});

/** Section and fact index of the first fact en marks unconfirmed in the ads-sharing guide. */
function firstUnconfirmed(): [number, number] {
  const sections = en.guides['ads-sharing']!.sections;
  for (const [i, s] of sections.entries()) {
    const j = s.facts.findIndex((f) => f.unconfirmed);
    if (j >= 0) return [i, j];
  }
  throw new Error('en marks no fact of the ads-sharing guide unconfirmed');
}

describe('about-the-bot texts', () => {
  it('have the same entries as the English ones', () => {
    for (const about of [aboutDe, aboutFr, aboutIt, aboutNl, aboutPtBR, aboutEs, aboutPl]) {
      expect(about.stores.length).toBe(aboutEn.stores.length);
      expect(about.logs.length).toBe(aboutEn.logs.length);
      expect(about.title).not.toBe(aboutEn.title);
    }
  });
});
