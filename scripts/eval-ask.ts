// `npm run eval:ask`: runs the evaluation questions through the matcher and prints accuracy, every miss
// and the confusion table (rows: expected id, columns: answered id). Offline and deterministic.

import { indexFor, retrieve } from '../src/ask/retrieve.js';
import { contentVersion, getContent } from '../src/content/index.js';
import { offTopic, onTopic } from '../tests/ask/questions-content-2026.js';

const content = getContent('en');
const index = indexFor(content, contentVersion('en'));
const verbose = process.argv.includes('--verbose');

const NONE = '(none)';
const answered = (q: string): { id: string; confidence: number; verdict: string } => {
  const r = retrieve(index, q);
  return {
    id: r.verdict === 'none' ? NONE : (r.ranked[0]?.id ?? NONE),
    confidence: r.confidence,
    verdict: r.verdict,
  };
};

const confusion = new Map<string, Map<string, number>>();
const count = (row: string, col: string) => {
  const m = confusion.get(row) ?? new Map<string, number>();
  m.set(col, (m.get(col) ?? 0) + 1);
  confusion.set(row, m);
};

let right = 0;
const misses: string[] = [];
for (const { q, expect } of onTopic) {
  const ok = typeof expect === 'string' ? [expect] : [...expect];
  const a = answered(q);
  count(ok[0]!, a.id);
  if (ok.includes(a.id)) right++;
  else misses.push(`  on-topic  expected ${ok.join('|')}, got ${a.id} (${a.confidence}): ${q}`);
  if (verbose)
    console.log(
      `${ok.includes(a.id) ? 'ok  ' : 'MISS'} ${a.verdict.padEnd(6)} ${a.confidence.toFixed(2)} ${a.id.padEnd(15)} ${q}`,
    );
}
let rejected = 0;
for (const q of offTopic) {
  const a = answered(q);
  count(NONE, a.id);
  if (a.id === NONE) rejected++;
  else misses.push(`  off-topic got ${a.id} (${a.confidence}): ${q}`);
  if (verbose)
    console.log(
      `${a.id === NONE ? 'ok  ' : 'MISS'} ${a.verdict.padEnd(6)} ${a.confidence.toFixed(2)} ${a.id.padEnd(15)} ${q}`,
    );
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;
console.log(`on-topic top-1 accuracy: ${right}/${onTopic.length} = ${pct(right, onTopic.length)}`);
console.log(`off-topic rejection:     ${rejected}/${offTopic.length} = ${pct(rejected, offTopic.length)}`);
if (misses.length) console.log(`\nmisses:\n${misses.join('\n')}`);

const ids = [...Object.keys(content.topics), ...Object.keys(content.guides), NONE];
const short = (id: string) => id.slice(0, 5);
const head = `${'expected \\ got'.padEnd(16)}${ids.map((id) => short(id).padStart(6)).join('')}`;
console.log(`\nconfusion table\n${head}`);
for (const row of ids) {
  const m = confusion.get(row);
  if (!m) continue;
  const cells = ids.map((col) => {
    const n = m.get(col) ?? 0;
    return (n === 0 ? '.' : String(n)).padStart(6);
  });
  console.log(`${row.padEnd(16)}${cells.join('')}`);
}
