// `npm run bench:reminders`: 1,000 due reminders re-posted by the scheduler against an in-memory channel
// port with a small async latency per call (no rate limit), with a WAL database file on disk.
// Checks every reminder is posted and pinned exactly once, and reports the wall time per concurrency.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { WEEK_MS } from '../src/reminders/clock.js';
import { mapLimit } from '../src/reminders/pool.js';
import { ReminderService } from '../src/reminders/service.js';
import { ReminderStore } from '../src/reminders/store.js';
import { FakeChannelPort } from '../tests/fakes/channel-port.js';

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 1000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 5);
const CONCURRENCIES = [1, 16, 64];

interface Result {
  concurrency: number;
  latencyMs: number;
  reminders: number;
  ms: number;
  perSecond: number;
  platformCalls: number;
}

async function run(concurrency: number): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'reminders-bench-'));
  try {
    let now = Date.parse('2026-11-29T12:00:00Z');
    const clock = { now: () => new Date(now) };
    const store = ReminderStore.open(join(dir, 'bot.sqlite'));
    const port = new FakeChannelPort({ latencyMs: LATENCY_MS });
    const service = new ReminderService({
      store,
      channels: new Map([['discord', port]]),
      log: pino({ level: 'silent' }),
      clock,
      concurrency,
    });
    const channels = Array.from({ length: REMINDERS }, (_, i) => `C${i}`);
    await mapLimit(channels, 64, (c) =>
      service.pin({ platform: 'discord', userId: 'U', channel: { id: c, workspaceId: 'G' } }, 'weekly'),
    );
    const before = new Map(channels.map((c) => [c, port.pinned(c)[0]?.id]));
    const callsBefore = port.calls.length;

    now += WEEK_MS;
    const start = process.hrtime.bigint();
    const summary = await service.runDue();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;

    // Exactly once: one new post and one pinned reminder per channel, and it is not the old one.
    if (summary.posted !== REMINDERS || summary.failed !== 0)
      throw new Error(`summary ${JSON.stringify(summary)}`);
    for (const c of channels) {
      const pinned = port.pinned(c);
      if (port.count('post', c) !== 2) throw new Error(`${c}: ${port.count('post', c)} posts`);
      if (pinned.length !== 1 || pinned[0]?.id === before.get(c)) throw new Error(`${c}: pin not moved`);
    }
    if ((await service.runDue()).posted !== 0) throw new Error('a second pass posted again');
    store.close();
    return {
      concurrency,
      latencyMs: LATENCY_MS,
      reminders: REMINDERS,
      ms: Math.round(ms),
      perSecond: Math.round((REMINDERS / ms) * 1000),
      platformCalls: port.calls.length - callsBefore,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const results: Result[] = [];
for (const c of CONCURRENCIES) results.push(await run(c));
console.table(results);

// Shared results file (git-ignored): other benchmarks keep their own keys.
const file = join(process.cwd(), 'bench', 'results.json');
let all: Record<string, unknown> = {};
try {
  all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
} catch {
  // first run
}
all['reminders-fanout'] = { at: new Date().toISOString(), node: process.version, results };
writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
