// Memory: RSS of the real bot process (Discord HTTP + Slack HTTP) idle after start-up, and after two
// consecutive load runs of signed requests on both platforms at once; growth between the runs would point
// at a leak.
import { readFileSync } from 'node:fs';
import { FakeSlack } from '../tests/fakes/slack-api.js';
import { HeapProbe, INSPECT_ARG } from './heap.js';
import { load } from './load.js';
import { BENCH_SLACK_SECRET, discordHttpEnv, productionNodeArgs, slackHttpEnv, startBot } from './servers.js';
import { discordKeys, discordVariants, slackVariants } from './signing.js';
import { round } from './stats.js';

const rssMb = (pid: number) => {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return m ? Number(m[1]) / 1024 : Number.NaN;
};

export interface MemoryResult {
  idleMb: number;
  peakUnderLoadMb: number;
  settledAfterLoad1Mb: number;
  settledAfterLoad2Mb: number;
  liveHeapAfterLoad1Mb: number;
  liveHeapAfterLoad2Mb: number;
  growthMb: number;
  loadSec: number;
  rpsDuringLoad: number;
  failures: number;
  target: string;
  pass: boolean;
}

const SETTLE_MS = 12_000;

export async function memoryBench(loadSec = 60): Promise<MemoryResult> {
  const keys = discordKeys();
  const fake = await new FakeSlack().start();
  const bot = await startBot({ ...discordHttpEnv(keys.publicKeyHex), ...slackHttpEnv(fake.apiUrl) }, [
    ...productionNodeArgs(),
    INSPECT_ARG,
  ]);
  const pid = bot.child.pid!;
  let probe: HeapProbe | undefined;
  try {
    await new Promise((r) => setTimeout(r, 1000));
    const idle = rssMb(pid);
    const run = async () => {
      // Peak RSS is sampled during the run (the under-load target); the settled figure is read after the
      // bot has been idle long enough for V8's memory reducer to run (about 8 s after allocation slows), so
      // run-to-run growth compares what is retained, not how far the heap happened to be grown at the end.
      let peak = 0;
      const sampler = setInterval(() => {
        peak = Math.max(peak, rssMb(pid));
      }, 250);
      // Both platforms at once, half the connections each, for the whole period.
      const [dr, sr] = await Promise.all([
        load({
          url: `${bot.url}/discord/interactions`,
          variants: discordVariants(keys, 128),
          connections: 16,
          durationSec: loadSec,
        }),
        load({
          url: `${bot.url}/slack/events`,
          variants: slackVariants(BENCH_SLACK_SECRET, 128),
          connections: 16,
          durationSec: loadSec,
        }),
      ]);
      clearInterval(sampler);
      peak = Math.max(peak, rssMb(pid));
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const rss = rssMb(pid);
      // Attached only now, so the idle and peak figures are of a process no debugger has talked to.
      probe ??= await HeapProbe.attach(bot.stderr);
      return {
        peak,
        rss,
        liveHeap: await probe.liveHeapMb(),
        rps: dr.rps + sr.rps,
        failures: dr.non2xx + sr.non2xx + dr.errors + sr.errors,
      };
    };
    const first = await run();
    const second = await run();
    // Growth is judged on the live heap after a full collection; RSS after a run only shows how much
    // memory the allocator kept mapped, which varies from run to run with no leak at all.
    const growth = second.liveHeap - first.liveHeap;
    const peak = Math.max(first.peak, second.peak);
    return {
      idleMb: round(idle),
      peakUnderLoadMb: round(peak),
      settledAfterLoad1Mb: round(first.rss),
      settledAfterLoad2Mb: round(second.rss),
      liveHeapAfterLoad1Mb: round(first.liveHeap),
      liveHeapAfterLoad2Mb: round(second.liveHeap),
      growthMb: round(growth),
      loadSec,
      rpsDuringLoad: second.rps,
      failures: first.failures + second.failures,
      target: 'idle ≤ 120 MB, peak under load ≤ 200 MB, live heap growth run 1 → 2 < 5 MB',
      pass: idle <= 120 && peak <= 200 && growth < 5,
    };
  } finally {
    probe?.close();
    await bot.stop();
    await fake.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await memoryBench(Number(process.argv[2] ?? 60)));
}
