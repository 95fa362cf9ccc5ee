// The per-language evaluation sets (tuning: tests/ask/questions-<locale>.ts, held out: held-out-<locale>.ts)
// must be usable: enough questions, every guide and topic asked about, off-topic ones included in both parts,
// no question in both parts, and only ids that exist.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_TOPIC_IDS } from '../../src/ask/bot-topics.js';
import { getContent, locales } from '../../src/content/index.js';
import type { Locale } from '../../src/content/types.js';

type Question = { q: string; expect: string | readonly [string, string] | null };

const dir = new URL('.', import.meta.url);
// By locale, not by the shape of the name (questions-dm.ts is English); every locale must have one.
const files = locales.filter((l) => l !== 'en').map((l) => `questions-${l}.ts`);

describe('per-language ask evaluation sets', () => {
  it('exist for every locale with content', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(readdirSync(dir), f).toContain(f);
  });

  for (const file of files) {
    const locale = file.slice('questions-'.length, -'.ts'.length) as Locale;
    it(`${locale}: enough questions, every id covered, off-topic included, a separate held-out part`, async () => {
      const { tuning } = (await import(new URL(file, dir).href)) as { tuning: readonly Question[] };
      const { heldOut } = (await import(new URL(`held-out-${locale}.ts`, dir).href)) as {
        heldOut: readonly Question[];
      };
      const all = [...tuning, ...heldOut];
      const onTopic = all.filter((x) => x.expect !== null);
      const offTopic = all.filter((x) => x.expect === null);
      expect(onTopic.length).toBeGreaterThanOrEqual(24);
      expect(offTopic.length).toBeGreaterThanOrEqual(4);
      // The held-out part: at least 12 on-topic and 4 off-topic questions, none of them also in the tuning part.
      expect(heldOut.filter((x) => x.expect !== null).length).toBeGreaterThanOrEqual(12);
      expect(heldOut.filter((x) => x.expect === null).length).toBeGreaterThanOrEqual(4);
      const fold = (q: string) => q.toLowerCase();
      expect(new Set(all.map((x) => fold(x.q))).size, 'duplicate questions').toBe(all.length);

      const content = getContent(locale);
      const ids = [...Object.keys(content.guides), ...Object.keys(content.topics)];
      const asked = new Set(
        onTopic.flatMap((x) => (typeof x.expect === 'string' ? [x.expect] : [...x.expect!])),
      );
      for (const id of asked) expect([...ids, ...BOT_TOPIC_IDS], `unknown id ${id}`).toContain(id);
      for (const id of ids) expect([...asked], `no question expects ${id}`).toContain(id);

      // Questions are written apart from the content's own ask examples: none may be a copy of one.
      const examples = new Set(
        [...Object.values(content.guides), ...Object.values(content.topics)].flatMap(
          (e) => e.ask?.examples ?? [],
        ),
      );
      for (const { q } of all) expect(examples.has(q), `copied from the content: ${q}`).toBe(false);
    });
  }
});
