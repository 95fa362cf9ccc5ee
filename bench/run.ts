// `npm run bench`: every scenario offline on 127.0.0.1, a table on stdout, figures in bench/results.json.
//   npm run bench                    full run (about 8 minutes)
//   npm run bench -- --quick         short load runs, a smoke test of the bench itself
//   npm run bench -- discord slack   only scenarios whose name contains one of the words
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { askBench } from './ask.js';
import { coldStart } from './cold-start.js';
import { discordHttpBench } from './discord-http.js';
import { memoryBench } from './memory.js';
import { reminderFanout } from './reminders-fanout.js';
import { renderBench } from './render.js';
import { discordHttpWithDatabase, fanoutPostgres } from './scale-out.js';
import { slackEventsBench } from './slack-events.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));

type Result = { pass: boolean; target: string };

interface Scenario {
  name: string;
  run: () => Promise<Result> | Result;
  /** The figures that matter, in one line for the summary table. */
  key: (r: never) => string;
}

const scenario = <R extends Result>(
  name: string,
  run: () => Promise<R> | R,
  key: (r: R) => string,
): Scenario => ({ name, run, key: key as (r: never) => string });

const scenarios: Scenario[] = [
  scenario(
    'say cold start',
    () => coldStart(quick ? 5 : 15),
    (r) =>
      `direct ${r.sayDirectMs} ms = ${r.ratioDirect}× node -e 0 (${r.nodeBareMs} ms); npm start ${r.sayNpmMs} ms`,
  ),
  scenario(
    'dispatch + render',
    () => renderBench(),
    (r) => `dispatch p99 ${r.dispatchP99Us} µs, render all p99 ${r.renderAllP99Us} µs`,
  ),
  scenario(
    'ask',
    () => askBench(),
    (r) => `${r.answersPerSec}/s, p50 ${r.answerP50Ms} ms, p99 ${r.answerP99Ms} ms`,
  ),
  scenario(
    'discord http',
    () => discordHttpBench(quick ? { rounds: 3, durationSec: 2 } : {}),
    (r) =>
      `bot ${r.botRps}/s (p99 ${r.botP99Ms} ms), express ${r.expressRps}/s, bare ${r.bareRps}/s; ` +
      `${r.vsExpress}× express, ${r.vsBare}× bare; CPU/req bot ${r.botCpuUs} µs, bare ${r.bareCpuUs} µs`,
  ),
  scenario(
    'slack events',
    () => slackEventsBench(quick ? { rounds: 3, durationSec: 2 } : {}),
    (r) =>
      `bot ${r.botRps}/s (p99 ${r.botP99Ms} ms), bolt ${r.boltRps}/s (p99 ${r.boltP99Ms} ms); ${r.vsBolt}× bolt; ` +
      `CPU/req bot ${r.botCpuUs} µs, bolt ${r.boltCpuUs} µs`,
  ),
  scenario(
    'memory',
    () => memoryBench(quick ? 5 : 60),
    (r) =>
      `idle ${r.idleMb} MB, peak ${r.peakUnderLoadMb} MB under ${r.loadSec} s load ×2; live heap ${r.liveHeapAfterLoad1Mb} → ${r.liveHeapAfterLoad2Mb} MB (${r.growthMb} MB); settled RSS ${r.settledAfterLoad1Mb} → ${r.settledAfterLoad2Mb} MB`,
  ),
  scenario(
    'reminder fan-out',
    () => reminderFanout(),
    (r) =>
      `${r.reminders} re-posted + pinned in ${r.ms} ms at concurrency ${r.concurrency}; once each: ${r.postedOnce && r.pinnedOnce ? 'yes' : 'NO'}`,
  ),
  // Scale-out (bench/scale-out.ts): skipped with a note when no PostgreSQL answers.
  scenario(
    'reminder fan-out postgres x3',
    () => fanoutPostgres(),
    (r) =>
      'skipped' in r
        ? `skipped: ${r.skipped}`
        : `${r.reminders} re-posted by ${r.replicas} replicas in ${r.ms} ms; once each: ${r.postedOnce ? 'yes' : 'NO'}`,
  ),
  scenario(
    'discord http with database',
    () => discordHttpWithDatabase(quick ? { rounds: 3, durationSec: 2 } : {}),
    (r) =>
      'skipped' in r
        ? `skipped: ${r.skipped}`
        : `sqlite ${r.sqliteRps}/s, postgres ${r.postgresRps}/s (${r.postgresVsSqlite}×), +redis ${r.redisRps}/s`,
  ),
];

const results: Record<string, unknown> = {
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    memGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}/${process.arch}`,
    loadAvgAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  },
  at: new Date().toISOString(),
  quick,
};
const summary: { scenario: string; figures: string; target: string; pass: string }[] = [];
for (const s of scenarios) {
  if (only.length && !only.some((o) => s.name.includes(o))) continue;
  process.stdout.write(`\n== ${s.name}\n`);
  const started = Date.now();
  try {
    const r = await s.run();
    console.table(r);
    results[s.name] = { ...r, seconds: Math.round((Date.now() - started) / 1000) };
    summary.push({
      scenario: s.name,
      figures: s.key(r as never),
      target: r.target,
      pass: r.pass ? 'yes' : 'NO',
    });
  } catch (err) {
    // One broken scenario must not hide the others' figures.
    process.stderr.write(`${s.name} failed: ${(err as Error).stack ?? String(err)}\n`);
    results[s.name] = { error: String(err) };
    summary.push({ scenario: s.name, figures: `error: ${String(err).slice(0, 80)}`, target: '', pass: 'NO' });
  }
}
results.summary = summary;
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

process.stdout.write(`\n== summary${quick ? ' (quick: short load runs, not for the record)' : ''}\n`);
const m = results.machine as { cpus: number; model: string; memGiB: number; node: string };
process.stdout.write(`${m.cpus} × ${m.model}, ${m.memGiB} GiB, node ${m.node}\n`);
console.table(summary);
process.stdout.write('wrote bench/results.json\n');
if (summary.some((s) => s.pass !== 'yes')) process.exitCode = 1;
