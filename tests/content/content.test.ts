import { describe, expect, it } from 'vitest';
import { en } from '../../src/content/en.js';
import { contentVersion, hashContent } from '../../src/content/index.js';
import { validateContent } from '../../src/content/schema.js';
import type { Content } from '../../src/content/types.js';

// The guide and topic ids the commands offer (src/commands/); the content must hold every one of them.
const GUIDES = ['overview', 'desktop', 'mobile', 'link', 'objection-form', 'ads-sharing'];
const TOPICS = [
  'what-data',
  'not-used',
  'default',
  'opt-out-effect',
  'other-ai',
  'privacy',
  'regions',
  'timeline',
  'microsoft',
  'get-copy',
  'why',
  'myths',
];

const copy = (): Content => structuredClone(en);

describe('content', () => {
  it('passes validation', () => {
    expect(() => validateContent(en)).not.toThrow();
  });

  it('holds every guide and topic id of the design', () => {
    expect(Object.keys(en.guides).sort()).toEqual([...GUIDES].sort());
    expect(Object.keys(en.topics).sort()).toEqual([...TOPICS].sort());
  });

  it('rejects a fact without a source', () => {
    const c = copy();
    c.topics['what-data']!.sections[0]!.facts[0]!.sources = [];
    expect(() => validateContent(c)).toThrow(/sources/);
  });

  it('rejects a fact backed only by the seed article (no https source)', () => {
    const c = copy();
    c.topics['what-data']!.sections[0]!.facts[0]!.sources = ['SEED'];
    expect(() => validateContent(c)).toThrow(/without an https source/);
  });

  it('rejects a source URL that is not https', () => {
    const c = copy();
    c.sources.ICO.url = 'http://ico.org.uk/statement';
    expect(() => validateContent(c)).toThrow(/sources\.ICO\.url/);
  });

  it('rejects a malformed date', () => {
    const c = copy();
    c.sources['OPC-2024'].date = '10/12/2024';
    expect(() => validateContent(c)).toThrow(/ISO date/);
    const d = copy();
    d.asOf = '2026-13-01';
    expect(() => validateContent(d)).toThrow(/asOf/);
  });

  it('rejects an entry whose id does not match its key', () => {
    const c = copy();
    c.guides.desktop!.id = 'laptop';
    expect(() => validateContent(c)).toThrow(/guides\.desktop has id laptop/);
  });

  it('changes the version hash whenever any text changes', () => {
    const c = copy();
    expect(hashContent(c)).toBe(contentVersion('en'));
    c.topics.myths!.title = `${c.topics.myths!.title}.`;
    expect(hashContent(c)).not.toBe(contentVersion('en'));
    expect(contentVersion('en')).toMatch(/^[0-9a-f]{12}$/);
  });

  it('uses only the setting URL LinkedIn links (SETTING-URL), never guessed ones', () => {
    const text = JSON.stringify(en);
    expect(en.settingUrl).toBe('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(text).not.toContain('data-for-generative-ai');
    expect(text).not.toContain('download-my-data');
  });

  it('labels unconfirmed facts and keeps markdown out of texts', () => {
    const facts = [...Object.values(en.guides), ...Object.values(en.topics)].flatMap((e) => [
      ...(e.intro ? [e.intro] : []),
      ...e.sections.flatMap((s) => s.facts),
    ]);
    expect(facts.filter((f) => f.unconfirmed).length).toBeGreaterThan(0);
    for (const f of facts) expect(f.text).not.toMatch(/[*_`<>#]/);
  });
});
