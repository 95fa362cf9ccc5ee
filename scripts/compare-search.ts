// Compares MiniSearch (the library the bot uses) with Fuse.js on the evaluation questions, with the same
// documents and the same analyser. Fuse.js is not a dependency; to rerun:
//   npm i --no-save fuse.js@7.5.0 && npx tsc -p tsconfig.bench.json && node .bench-dist/scripts/compare-search.js
import { analyze } from '../src/ask/analyze.js';
import { FIELD_BOOST, indexFor, retrieve } from '../src/ask/retrieve.js';
import { contentVersion, getContent } from '../src/content/index.js';
import { offTopic, onTopic } from '../tests/ask/questions.js';

interface FuseResult {
  item: { id: string };
  score?: number;
}
interface FuseLike {
  search(query: string): FuseResult[];
}
type FuseCtor = new (docs: unknown[], options: object) => FuseLike;

const content = getContent('en');
const index = indexFor(content, contentVersion('en'));
const entries = [...Object.values(content.topics), ...Object.values(content.guides)];
const docs = entries.map((e) => ({
  id: e.id,
  title: analyze(e.title).join(' '),
  summary: analyze(e.summary).join(' '),
  facts: analyze([e.intro, ...e.sections.flatMap((s) => s.facts)].map((f) => f?.text ?? '').join(' ')).join(
    ' ',
  ),
  examples: (e.ask?.examples ?? []).map((x) => analyze(x).join(' ')),
  keywords: (e.ask?.keywords ?? []).map((x) => analyze(x).join(' ')),
}));

const expected = (e: string | readonly string[]) => (typeof e === 'string' ? [e] : [...e]);

type Answer = { id: string | null; score: number };
function evaluate(name: string, answerOf: (q: string) => Answer, reject: (a: Answer) => boolean): void {
  let right = 0;
  let top1 = 0;
  for (const { q, expect } of onTopic) {
    const a = answerOf(q);
    if (a.id && expected(expect).includes(a.id)) {
      top1++;
      if (!reject(a)) right++;
    }
  }
  let rejected = 0;
  for (const q of offTopic) if (reject(answerOf(q))) rejected++;
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
  console.log(
    `${name.padEnd(44)} ranking top-1 ${pct(top1, onTopic.length).padStart(6)}  ` +
      `with rejection: on-topic ${pct(right, onTopic.length).padStart(6)}, off-topic rejected ${pct(rejected, offTopic.length).padStart(6)}`,
  );
}

const fuseName = 'fuse.js';
const Fuse = ((await import(fuseName)) as { default: FuseCtor }).default;
const fuse = new Fuse(docs, {
  keys: Object.entries(FIELD_BOOST).map(([name, weight]) => ({ name, weight })),
  includeScore: true,
  ignoreLocation: true,
  useExtendedSearch: true,
  threshold: 0.4,
});
const fuseAnswer = (q: string): Answer => {
  const terms = [...new Set(analyze(q, { fuzzy: true }))];
  if (terms.length === 0) return { id: null, score: 1 };
  // Extended search: terms separated by " | " are OR-ed, each matched fuzzily.
  const best = fuse.search(terms.join(' | '))[0];
  return best ? { id: best.item.id, score: best.score ?? 1 } : { id: null, score: 1 };
};

// Fuse gets its best rejection threshold, found by trying them all: the most generous comparison.
let bestT = 0;
let bestSum = -1;
for (let t = 0.05; t <= 1; t += 0.05) {
  let sum = 0;
  for (const { q, expect } of onTopic) {
    const a = fuseAnswer(q);
    if (a.id && expected(expect).includes(a.id) && a.score <= t) sum++;
  }
  for (const q of offTopic) {
    const a = fuseAnswer(q);
    if (!a.id || a.score > t) sum++;
  }
  if (sum > bestSum) [bestSum, bestT] = [sum, t];
}

const miniRaw = (q: string): Answer => {
  const terms = [...new Set(analyze(q, { fuzzy: true }))];
  const r = terms.length ? index.search.search(terms.join(' '))[0] : undefined;
  return r ? { id: String(r.id), score: r.score } : { id: null, score: 0 };
};
const full = (q: string): Answer => {
  const r = retrieve(index, q);
  return { id: r.ranked[0]?.id ?? null, score: r.verdict === 'none' ? 0 : r.confidence };
};

console.log(`${onTopic.length} on-topic and ${offTopic.length} off-topic questions\n`);
evaluate(`fuse.js 7.5.0 (reject score > ${bestT.toFixed(2)})`, fuseAnswer, (a) => !a.id || a.score > bestT);
evaluate('minisearch 7.2.0, BM25 only (no rejection)', miniRaw, (a) => !a.id);
evaluate('minisearch 7.2.0 + coverage (the bot)', full, (a) => !a.id || a.score === 0);

const t0 = performance.now();
for (let i = 0; i < 5; i++) for (const { q } of onTopic) fuseAnswer(q);
const fuseMs = (performance.now() - t0) / (5 * onTopic.length);
const t1 = performance.now();
for (let i = 0; i < 5; i++) for (const { q } of onTopic) full(q);
const miniMs = (performance.now() - t1) / (5 * onTopic.length);
console.log(
  `\nmean time per question: fuse.js ${fuseMs.toFixed(3)} ms, minisearch + coverage ${miniMs.toFixed(3)} ms`,
);
