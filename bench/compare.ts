// Alternating comparison: every contender is measured once per round, the order reversed every other round,
// so drift on a shared machine (another process waking up) falls on all of them alike; medians per contender.
// With the server's pid, each round also reports the CPU the server spent per request (user + system time
// from /proc): unlike req/s, that figure barely moves when other work shares the machine.
import { readFileSync } from 'node:fs';
import type { LoadResult } from './load.js';
import { median } from './stats.js';

export interface Contender {
  name: string;
  run(durationSec: number): Promise<LoadResult>;
  /** The server process under test, for its CPU time per request (Linux only; omitted elsewhere). */
  pid?: number;
}

export interface Medians {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Median CPU microseconds the server spent per request; undefined without a pid or /proc. */
  cpuUsPerRequest: number | undefined;
  /** Sum over all rounds: any error or non-2xx answer makes the run suspect. */
  failures: number;
  rounds: LoadResult[];
}

/** utime + stime of a process in microseconds, or undefined where /proc is not available. */
export function cpuMicros(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks / CLOCK_TICKS) * 1e6;
  } catch {
    return undefined;
  }
}
/** USER_HZ: 100 on every Linux build that matters here. */
const CLOCK_TICKS = 100;

export async function alternate(
  contenders: Contender[],
  opts: { rounds: number; durationSec: number; warmupSec: number; label: string },
): Promise<Record<string, Medians>> {
  // Warm-up: JIT, connection pools, caches. Not counted.
  for (const c of contenders) await c.run(opts.warmupSec);
  const runs = new Map<string, LoadResult[]>(contenders.map((c) => [c.name, []]));
  const cpu = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  for (let r = 0; r < opts.rounds; r++) {
    const order = r % 2 === 0 ? contenders : [...contenders].reverse();
    for (const c of order) {
      const before = c.pid === undefined ? undefined : cpuMicros(c.pid);
      const res = await c.run(opts.durationSec);
      const after = c.pid === undefined ? undefined : cpuMicros(c.pid);
      const perRequest =
        before === undefined || after === undefined || res.requests === 0
          ? undefined
          : (after - before) / res.requests;
      runs.get(c.name)?.push(res);
      if (perRequest !== undefined) cpu.get(c.name)?.push(perRequest);
      process.stderr.write(
        `  ${opts.label} round ${r + 1}/${opts.rounds} ${c.name}: ${res.rps} req/s, p50 ${res.p50Ms} ms, p99 ${res.p99Ms} ms${perRequest === undefined ? '' : `, ${Math.round(perRequest)} µs CPU/req`}${res.errors + res.non2xx ? `, failures ${res.errors + res.non2xx}` : ''}\n`,
      );
    }
  }
  const out: Record<string, Medians> = {};
  for (const [name, list] of runs) {
    const cpuList = cpu.get(name) ?? [];
    out[name] = {
      rps: Math.round(median(list.map((x) => x.rps))),
      p50Ms: median(list.map((x) => x.p50Ms)),
      p99Ms: median(list.map((x) => x.p99Ms)),
      cpuUsPerRequest: cpuList.length ? Math.round(median(cpuList)) : undefined,
      failures: list.reduce((n, x) => n + x.errors + x.non2xx, 0),
      rounds: list,
    };
  }
  return out;
}
