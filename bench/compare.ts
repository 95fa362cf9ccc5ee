// Alternating comparison: every contender is measured once per round, the order reversed every other round,
// so drift on a shared machine (another process waking up) falls on all of them alike; medians per contender.
import type { LoadResult } from './load.js';
import { median } from './stats.js';

export interface Contender {
  name: string;
  run(durationSec: number): Promise<LoadResult>;
}

export interface Medians {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Sum over all rounds: any error or non-2xx answer makes the run suspect. */
  failures: number;
  rounds: LoadResult[];
}

export async function alternate(
  contenders: Contender[],
  opts: { rounds: number; durationSec: number; warmupSec: number; label: string },
): Promise<Record<string, Medians>> {
  // Warm-up: JIT, connection pools, caches. Not counted.
  for (const c of contenders) await c.run(opts.warmupSec);
  const runs = new Map<string, LoadResult[]>(contenders.map((c) => [c.name, []]));
  for (let r = 0; r < opts.rounds; r++) {
    const order = r % 2 === 0 ? contenders : [...contenders].reverse();
    for (const c of order) {
      const res = await c.run(opts.durationSec);
      runs.get(c.name)?.push(res);
      process.stderr.write(
        `  ${opts.label} round ${r + 1}/${opts.rounds} ${c.name}: ${res.rps} req/s, p50 ${res.p50Ms} ms, p99 ${res.p99Ms} ms${res.errors + res.non2xx ? `, failures ${res.errors + res.non2xx}` : ''}\n`,
      );
    }
  }
  const out: Record<string, Medians> = {};
  for (const [name, list] of runs) {
    out[name] = {
      rps: Math.round(median(list.map((x) => x.rps))),
      p50Ms: median(list.map((x) => x.p50Ms)),
      p99Ms: median(list.map((x) => x.p99Ms)),
      failures: list.reduce((n, x) => n + x.errors + x.non2xx, 0),
      rounds: list,
    };
  }
  return out;
}
