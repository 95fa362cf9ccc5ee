// `npm run eval:ask`: runs the three parts of each locale's evaluation set (tests/ask/eval-set.ts: tuning,
// held out, fresh) through the answer path, in that locale's content, and prints, for each, top-1 accuracy
// and how many off-topic questions got an answer. Misses and the confusion table are printed for the tuning
// parts only: the other parts are for measuring, not tuning (`--held-out-misses` and `--fresh-misses` print
// their misses too, e.g. for a report). The fresh part is also scored without its questions that happen to
// nearly copy a tuning or held-out one ("apart"): those measure tuned wording, not unseen questions.
// `--locale <code>` runs one locale. Offline and deterministic.
import { answerQuestion } from '../src/ask/answer.js';
import { THRESHOLD } from '../src/ask/retrieve.js';
import type { CommandContext } from '../src/core/command.js';
import { makeContext } from '../src/core/context.js';
import {
  accepted,
  apartFrom,
  type EvalPart,
  localeSets,
  NEAR_COPY,
  questionsOf,
} from '../tests/ask/eval-set.js';

const now = new Date('2026-11-30T12:00:00Z');
const onlyLocale = process.argv.includes('--locale')
  ? process.argv[process.argv.indexOf('--locale') + 1]
  : undefined;
const verbose = process.argv.includes('--verbose');
const showHeldOutMisses = process.argv.includes('--held-out-misses');
const showFreshMisses = process.argv.includes('--fresh-misses');
const NONE = '(none)';

interface Outcome {
  right: number;
  answeredOffTopic: number;
  /** Of those, the ones that got "I'm not sure, did you mean…" rather than an answer. */
  guessedOffTopic: number;
  misses: string[];
  confusion: Map<string, Map<string, number>>;
}

function run(ctx: CommandContext, part: EvalPart): Outcome {
  const out: Outcome = {
    right: 0,
    answeredOffTopic: 0,
    guessedOffTopic: 0,
    misses: [],
    confusion: new Map(),
  };
  const count = (row: string, col: string) => {
    const m = out.confusion.get(row) ?? new Map<string, number>();
    m.set(col, (m.get(col) ?? 0) + 1);
    out.confusion.set(row, m);
  };
  for (const x of part.onTopic) {
    const ok = accepted(x);
    const reply = answerQuestion(ctx, x.q);
    const got = reply.topic ?? NONE;
    count(ok[0]!, got);
    if (ok.includes(got)) out.right++;
    else out.misses.push(`  on-topic  expected ${ok.join('|')}, got ${got} (${reply.confidence}): ${x.q}`);
    if (verbose)
      console.log(
        `${ok.includes(got) ? 'ok  ' : 'MISS'} ${String(reply.confidence).padEnd(5)} ${got.padEnd(15)} ${x.q}`,
      );
  }
  for (const q of part.offTopic) {
    const reply = answerQuestion(ctx, q);
    const got = reply.topic ?? NONE;
    count(NONE, got);
    if (got !== NONE) {
      out.answeredOffTopic++;
      if ((reply.confidence ?? 0) < THRESHOLD.SURE) out.guessedOffTopic++;
      out.misses.push(`  off-topic answered with ${got} (${reply.confidence}): ${q}`);
    }
    if (verbose)
      console.log(
        `${got === NONE ? 'ok  ' : 'MISS'} ${String(reply.confidence).padEnd(5)} ${got.padEnd(15)} ${q}`,
      );
  }
  return out;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

function confusionTable(ctx: CommandContext, o: Outcome): string {
  const ids = [
    ...Object.keys(ctx.content.topics),
    ...Object.keys(ctx.content.guides),
    'about',
    'sources',
    NONE,
  ];
  const short = (id: string) => id.slice(0, 5);
  const lines = [`${'expected \\ got'.padEnd(16)}${ids.map((id) => short(id).padStart(6)).join('')}`];
  for (const row of ids) {
    const m = o.confusion.get(row);
    if (!m) continue;
    const cells = ids.map((col) => String(m.get(col) ?? '.').padStart(6));
    lines.push(`${row.padEnd(16)}${cells.join('')}`);
  }
  return lines.join('\n');
}

const line = (name: string, part: EvalPart, o: Outcome) =>
  `${name.padEnd(19)} top-1 ${`${o.right}/${part.onTopic.length}`.padStart(7)} = ${pct(o.right, part.onTopic.length).padStart(6)}   off-topic answered ${o.answeredOffTopic}/${part.offTopic.length} (${o.guessedOffTopic} of them as "not sure")   (${part.files.join(', ')})`;
for (const set of localeSets) {
  if (onlyLocale && set.locale !== onlyLocale) continue;
  const ctx = makeContext({ locale: set.locale, now });
  const t = run(ctx, set.tuning);
  const h = run(ctx, set.heldOut);
  const f = run(ctx, set.fresh);
  const freshApart = apartFrom(set.fresh, [...questionsOf(set.tuning), ...questionsOf(set.heldOut)]);
  const fa = run(ctx, freshApart);
  console.log(`\n== ${set.locale}`);
  console.log(line('tuning', set.tuning, t));
  console.log(line('held-out', set.heldOut, h));
  console.log(line('fresh (never tuned)', set.fresh, f));
  console.log(line(`  apart (< ${NEAR_COPY})`, freshApart, fa));
  if (t.misses.length) console.log(`\ntuning misses:\n${t.misses.join('\n')}`);
  if (showHeldOutMisses && h.misses.length) console.log(`\nheld-out misses:\n${h.misses.join('\n')}`);
  if (showFreshMisses && f.misses.length) console.log(`\nfresh misses:\n${f.misses.join('\n')}`);
  if (verbose || set.locale === 'en') console.log(`\ntuning confusion table\n${confusionTable(ctx, t)}`);
}
