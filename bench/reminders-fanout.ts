// `npm run bench:reminders`: 1,000 due reminders re-posted by the scheduler, with a WAL database file on disk,
// (1) against an in-memory channel port with a small async latency per call, per concurrency, and
// (2) through the real DiscordChannelPort over @discordjs/rest against the local fake Discord REST server
//     (HTTP on 127.0.0.1, no rate limit). `reminderFanout()` runs (2) for `bench/run.ts`.
// Both check every reminder is posted and pinned exactly once, and report the wall time.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST } from 'discord.js';
import pino from 'pino';
import { DiscordChannelPort } from '../src/adapters/discord/channel-port.js';
import { restOptions } from '../src/adapters/discord/gateway.js';
import { WEEK_MS } from '../src/reminders/clock.js';
import { runWorkers } from '../src/reminders/pool.js';
import { ReminderService } from '../src/reminders/service.js';
import { openStorage } from '../src/storage/index.js';
import { FakeChannelPort } from '../tests/fakes/channel-port.js';
import { FakeDiscordRest } from '../tests/fakes/discord-rest.js';

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 1000);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 5);
const CONCURRENCIES = [1, 16, 64];

/** Pins one weekly reminder in each channel, 64 at a time. */
async function pinAll(service: ReminderService, channels: string[], workspaceId: string): Promise<void> {
  let next = 0;
  await runWorkers(64, async () => {
    const c = channels[next++];
    if (c === undefined) return false;
    await service.pin({ platform: 'discord', userId: 'U', channel: { id: c, workspaceId } }, 'weekly');
    return true;
  });
}

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
    const storage = await openStorage({ databasePath: join(dir, 'bot.sqlite') });
    const port = new FakeChannelPort({ latencyMs: LATENCY_MS });
    const service = new ReminderService({
      store: storage.reminders,
      tallyKey: storage.tallyKey,
      channels: new Map([['discord', port]]),
      log: pino({ level: 'silent' }),
      clock,
      concurrency,
    });
    const channels = Array.from({ length: REMINDERS }, (_, i) => `C${i}`);
    await pinAll(service, channels, 'G');
    const before = new Map(channels.map((c) => [c, port.pinned(c)[0]?.id]));
    const callsBefore = port.calls.length;

    now += WEEK_MS;
    const start = process.hrtime.bigint();
    const summary = await service.jobs.runDue();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;

    // Exactly once: one new post and one pinned reminder per channel, and it is not the old one.
    if (summary.posted !== REMINDERS || summary.failed !== 0)
      throw new Error(`summary ${JSON.stringify(summary)}`);
    for (const c of channels) {
      const pinned = port.pinned(c);
      if (port.count('post', c) !== 2) throw new Error(`${c}: ${port.count('post', c)} posts`);
      if (pinned.length !== 1 || pinned[0]?.id === before.get(c)) throw new Error(`${c}: pin not moved`);
    }
    if ((await service.jobs.runDue()).posted !== 0) throw new Error('a second pass posted again');
    await storage.close();
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

export interface FanoutResult {
  reminders: number;
  concurrency: number;
  ms: number;
  /** Every due reminder got exactly one new message, and a second pass posted nothing. */
  postedOnce: boolean;
  /** Every new message was pinned exactly once and the old pin removed: one pinned reminder per channel. */
  pinnedOnce: boolean;
  target: '≤ 5 s';
  pass: boolean;
}

const TARGET_MS = 5_000;

/** Counts of one method + path pattern per channel id among the fake's recorded requests. */
function perChannel(fake: FakeDiscordRest, method: string, pattern: RegExp): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of fake.requests) {
    const m = r.method === method ? r.path.match(pattern) : null;
    if (!m?.[1]) continue;
    out.set(m[1], [...(out.get(m[1]) ?? []), m[2] ?? '']);
  }
  return out;
}

/**
 * The scheduler's fan-out through the real Discord channel port: @discordjs/rest over HTTP to the local fake
 * (its global 50 requests/s cap lifted: no rate limit), `concurrency` reminders in flight. Times `runDue()`
 * only; the reminders are pinned first, through the same port, one week earlier.
 */
export async function reminderFanout(reminders = REMINDERS, concurrency = 16): Promise<FanoutResult> {
  const dir = mkdtempSync(join(tmpdir(), 'reminders-bench-discord-'));
  const fake = await FakeDiscordRest.start();
  const storage = await openStorage({ databasePath: join(dir, 'bot.sqlite') });
  const store = storage.reminders;
  try {
    let now = Date.parse('2026-11-29T12:00:00Z');
    const rest = new REST({ ...restOptions(fake.api), globalRequestsPerSecond: Number.POSITIVE_INFINITY });
    rest.setToken('bench-token');
    const service = new ReminderService({
      store,
      tallyKey: storage.tallyKey,
      channels: new Map([['discord', new DiscordChannelPort(rest)]]),
      log: pino({ level: 'silent' }),
      clock: { now: () => new Date(now) },
      concurrency,
    });
    const base = 1_400_000_000_000_000_000n;
    const channels = Array.from({ length: reminders }, (_, i) => String(base + BigInt(i)));
    await pinAll(service, channels, '1');
    const before = new Map((await store.all()).map((r) => [r.channelId, r.messageId]));
    if (before.size !== reminders) throw new Error(`only ${before.size} of ${reminders} reminders pinned`);
    fake.reset();

    now += WEEK_MS;
    const start = process.hrtime.bigint();
    const summary = await service.jobs.runDue();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const second = await service.jobs.runDue();

    const posts = perChannel(fake, 'POST', /^\/channels\/(\d+)\/messages$/);
    const pins = perChannel(fake, 'PUT', /^\/channels\/(\d+)\/messages\/pins\/(\d+)$/);
    const unpins = perChannel(fake, 'DELETE', /^\/channels\/(\d+)\/messages\/pins\/(\d+)$/);
    const rows = new Map((await store.all()).map((r) => [r.channelId, r]));
    const postedOnce =
      summary.posted === reminders &&
      summary.failed === 0 &&
      second.posted === 0 &&
      channels.every((c) => posts.get(c)?.length === 1);
    const pinnedOnce = channels.every((c) => {
      const row = rows.get(c);
      const pinned = pins.get(c) ?? [];
      return (
        row?.state === 'pinned' &&
        pinned.length === 1 &&
        pinned[0] === row.messageId &&
        row.messageId !== before.get(c) &&
        (unpins.get(c) ?? []).join() === before.get(c)
      );
    });
    const rounded = Math.round(ms);
    return {
      reminders,
      concurrency,
      ms: rounded,
      postedOnce,
      pinnedOnce,
      target: '≤ 5 s',
      pass: postedOnce && pinnedOnce && rounded <= TARGET_MS,
    };
  } finally {
    await storage.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
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
  const discord = await reminderFanout();
  console.log('\nThrough DiscordChannelPort + @discordjs/rest against the local fake Discord REST server:');
  console.table([discord]);
  all['reminders-fanout'] = { at: new Date().toISOString(), node: process.version, results, discord };
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}
