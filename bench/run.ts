// `npm run bench`: every scenario offline on 127.0.0.1, a table on stdout, figures in bench/results.json.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { askBench } from './ask.js';
import { coldStart } from './cold-start.js';
import { renderBench } from './render.js';

type Scenario = { name: string; run: () => Promise<object> | object };

const scenarios: Scenario[] = [
  { name: 'say cold start', run: () => coldStart() },
  { name: 'dispatch + render', run: () => renderBench() },
  { name: 'ask', run: () => askBench() },
];

const only = process.argv.slice(2);
const results: Record<string, unknown> = {
  machine: {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    memGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  at: new Date().toISOString(),
};
for (const s of scenarios) {
  if (only.length && !only.some((o) => s.name.includes(o))) continue;
  process.stdout.write(`\n== ${s.name}\n`);
  const r = await s.run();
  console.table(r);
  results[s.name] = r;
}
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write('\nwrote bench/results.json\n');
