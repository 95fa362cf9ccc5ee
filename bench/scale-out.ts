// Scale-out scenarios for `npm run bench` (skipped, with a note, when no PostgreSQL answers):
//   - fan-out: three `node dist/main.js` replicas share one fresh PostgreSQL database and the local fake
//     Discord REST; 1,000 reminders are made due at once, timed until every one is re-posted and recorded,
//     then checked: one new message per channel.
//   - discord http: the signed-interaction load of bench/discord-http.ts against one replica with SQLite, with
//     DATABASE_URL, and with DATABASE_URL + REDIS_URL (when Redis answers), alternating: the hot path must not
//     touch the database, and shared limits cost one Redis round trip.
// The database comes from BENCH_DATABASE_URL or TEST_DATABASE_URL (an admin URL; a database is created and
// dropped); Redis from BENCH_REDIS_URL or TEST_REDIS_URL.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { FakeDiscordRest } from '../tests/fakes/discord-rest.js';
import { seedDueReminders } from '../tests/storage/seed-due.js';
import { alternate } from './compare.js';
import { load } from './load.js';
import { discordHttpEnv, type Proc, startBot } from './servers.js';
import { discordKeys, discordVariants } from './signing.js';
import { round } from './stats.js';

const ADMIN_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
const REDIS_URL = process.env.BENCH_REDIS_URL || process.env.TEST_REDIS_URL || undefined;

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2_000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A fresh database, or undefined (after printing why) when no PostgreSQL answers. */
async function freshDatabase(): Promise<
  { url: string; name: string; drop: () => Promise<void> } | undefined
> {
  if (!ADMIN_URL) {
    process.stdout.write('  skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server\n');
    return undefined;
  }
  const name = `bench_${randomBytes(6).toString('hex')}`;
  try {
    await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  } catch (err) {
    process.stdout.write(`  skipped: PostgreSQL not reachable (${(err as Error).message})\n`);
    return undefined;
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}

async function redisAnswers(url: string): Promise<boolean> {
  const { Redis } = await import('ioredis');
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1_000 });
  r.on('error', () => {});
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

const skipped = (why: string) => ({ skipped: why, target: 'skipped (no PostgreSQL)', pass: true });

/** CPU milliseconds (user + system) a child process has used so far; 0 where /proc is not there. */
function cpuMs(pid: number | undefined): number {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised name) are utime and stime in clock ticks.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** CPU milliseconds so far of each PostgreSQL backend connected to `database`, by process id. */
async function backendCpu(pool: pg.Pool, database: string): Promise<Map<number, number>> {
  const r = await pool.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [
    database,
  ]);
  return new Map(r.rows.map((row) => [row.pid, cpuMs(row.pid)]));
}

export interface PostgresFanoutResult {
  replicas: number;
  reminders: number;
  /** From the moment all become due until every one is re-posted, pinned and recorded (includes up to one tick). */
  ms: number;
  /** From due to the first new message: the wait for a replica's next tick. */
  firstPostMs: number;
  perSecond: number;
  /** CPU the replicas used between due and done, together (less sensitive to machine load than `ms`). */
  replicaCpuMs: number;
  /** CPU of this process in that time: the fake Discord REST server answering every call. */
  fakeDiscordCpuMs: number;
  /** CPU of the PostgreSQL backends serving this database in that time (0 where /proc is not there). */
  databaseCpuMs: number;
  loadAvg1m: number;
  /** One new message in every channel, none twice. */
  postedOnce: boolean;
  target: string;
  pass: boolean;
}

export async function fanoutPostgres(
  reminders = 1_000,
  replicas = 3,
): Promise<PostgresFanoutResult | ReturnType<typeof skipped>> {
  const db = await freshDatabase();
  if (!db) return skipped('no PostgreSQL');
  const fake = await FakeDiscordRest.start();
  const procs: Proc[] = [];
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  try {
    const { channels } = await seedDueReminders(db.url, reminders);
    // Not due while the replicas start: the clock starts when all of them are up and the work appears at once.
    await pool.query('UPDATE reminders SET next_post_at = $1', [Date.now() + 3_600_000]);
    const keys = discordKeys();
    for (let i = 0; i < replicas; i++)
      procs.push(
        await startBot({
          DISCORD_TOKEN: 'bench.discord.token',
          DISCORD_MODE: 'http',
          DISCORD_APPLICATION_ID: '1300000000000000000',
          DISCORD_PUBLIC_KEY: keys.publicKeyHex,
          DISCORD_API_URL: fake.api,
          DATABASE_URL: db.url,
          // The fake has no rate limit; Discord's 50/s per bot would make this a measure of Discord, not of us.
          DISCORD_REST_REQUESTS_PER_SECOND: '10000',
          REMINDER_TICK_SECONDS: '1',
          LOG_LEVEL: 'warn',
        }),
      );
    fake.reset();
    const cpuBefore = procs.map((p) => cpuMs(p.child.pid));
    const backendsBefore = await backendCpu(pool, db.name);
    const ownBefore = process.cpuUsage();
    const started = Date.now();
    await pool.query('UPDATE reminders SET next_post_at = $1', [started - 1_000]);
    let firstPostMs = -1;
    for (;;) {
      if (firstPostMs < 0 && fake.created.size > 0) firstPostMs = Date.now() - started;
      // The database is asked only once every channel has its new message: polling it all along would load
      // the server under test.
      const r =
        fake.created.size < reminders
          ? undefined
          : await pool.query<{ n: string }>('SELECT count(*) AS n FROM reminders WHERE next_post_at <= $1', [
              started,
            ]);
      if (r && Number(r.rows[0]?.n) === 0) break;
      if (Date.now() - started > 60_000)
        throw new Error(`${reminders - fake.created.size} reminders not re-posted after 60 s`);
      await new Promise((res) => setTimeout(res, 10));
    }
    const ms = Date.now() - started;
    const own = process.cpuUsage(ownBefore);
    const replicaCpuMs = procs.reduce((s, p, i) => s + cpuMs(p.child.pid) - (cpuBefore[i] ?? 0), 0);
    let databaseCpuMs = 0;
    for (const [pid, ms] of await backendCpu(pool, db.name))
      databaseCpuMs += ms - (backendsBefore.get(pid) ?? 0);
    const postedOnce = channels.every((c) => fake.created.get(c)?.length === 1);
    return {
      replicas,
      reminders,
      ms,
      firstPostMs,
      perSecond: Math.round((reminders / ms) * 1000),
      replicaCpuMs: Math.round(replicaCpuMs),
      fakeDiscordCpuMs: Math.round((own.user + own.system) / 1000),
      databaseCpuMs: Math.round(databaseCpuMs),
      loadAvg1m: round(loadavg()[0] ?? 0, 2),
      postedOnce,
      target: '≤ 5 s, each exactly once',
      pass: postedOnce && ms <= 5_000,
    };
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await pool.end();
    await fake.close();
    await db.drop();
  }
}

export interface HttpWithDatabaseResult {
  sqliteRps: number;
  postgresRps: number;
  redisRps: number | 'skipped';
  sqliteP99Ms: number;
  postgresP99Ms: number;
  redisP99Ms: number | 'skipped';
  postgresVsSqlite: number;
  failures: number;
  target: string;
  pass: boolean;
}

export async function discordHttpWithDatabase(
  opts: { rounds?: number; durationSec?: number } = {},
): Promise<HttpWithDatabaseResult | ReturnType<typeof skipped>> {
  const db = await freshDatabase();
  if (!db) return skipped('no PostgreSQL');
  const rounds = opts.rounds ?? 5;
  const durationSec = opts.durationSec ?? 6;
  const keys = discordKeys();
  const procs: Proc[] = [];
  const base = discordHttpEnv(keys.publicKeyHex);
  try {
    const sqlite = await startBot(base);
    procs.push(sqlite);
    const postgres = await startBot({ ...base, DATABASE_URL: db.url });
    procs.push(postgres);
    const withRedis = REDIS_URL && (await redisAnswers(REDIS_URL));
    const redis = withRedis
      ? await startBot({ ...base, DATABASE_URL: db.url, REDIS_URL: REDIS_URL as string })
      : undefined;
    if (redis) procs.push(redis);
    if (!withRedis) process.stdout.write('  redis: skipped (set BENCH_REDIS_URL or TEST_REDIS_URL)\n');
    const run = (url: string) => (sec: number) =>
      load({
        url: `${url}/discord/interactions`,
        variants: discordVariants(keys, 128),
        connections: 32,
        durationSec: sec,
      });
    const m = await alternate(
      [
        { name: 'sqlite', run: run(sqlite.url) },
        { name: 'postgres', run: run(postgres.url) },
        ...(redis ? [{ name: 'redis', run: run(redis.url) }] : []),
      ],
      { rounds, durationSec, warmupSec: Math.min(3, durationSec), label: 'discord+db' },
    );
    const s = m.sqlite!;
    const p = m.postgres!;
    const r = m.redis;
    const ratio = p.rps / s.rps;
    const failures = s.failures + p.failures + (r?.failures ?? 0);
    return {
      sqliteRps: s.rps,
      postgresRps: p.rps,
      redisRps: r ? r.rps : 'skipped',
      sqliteP99Ms: s.p99Ms,
      postgresP99Ms: p.p99Ms,
      redisP99Ms: r ? r.p99Ms : 'skipped',
      postgresVsSqlite: round(ratio, 2),
      failures,
      // Within noise of each other: alternating runs on a shared machine differ by a few per cent.
      target: 'postgres ≥ 0.95× sqlite, no failures',
      pass: ratio >= 0.95 && failures === 0,
    };
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await db.drop();
  }
}
