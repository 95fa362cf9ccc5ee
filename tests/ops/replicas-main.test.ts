// Three `node dist/main.js` replicas (Discord over HTTP) share one fresh PostgreSQL database (TEST_DATABASE_URL;
// skipped without it) and the fake Discord REST. What members see is counted: the messages created per channel
// (the fake returns the earlier message for a repeated nonce, as Discord does with `enforce_nonce`).
import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { APP_ID, fixture, makeSigner } from '../adapters/discord/helpers.js';
import { FakeDiscordRest } from '../fakes/discord-rest.js';
import { createTestDatabase, TEST_DATABASE_URL } from '../fakes/postgres.js';
import { SEED_GUILD, seedDueReminders } from '../storage/seed-due.js';
import { type MainProcess, ready, startMain } from './main-process.js';
import { httpCall } from './support.js';

async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
  detail: () => unknown = () => '',
) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(await detail())}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

describe.skipIf(!TEST_DATABASE_URL)('three replicas on one PostgreSQL database', () => {
  it('re-post 1,000 due reminders exactly once, through a SIGKILL and a restart; 200 pins make 50 reminders', async () => {
    const db = await createTestDatabase('replicas');
    onTestFinished(() => db.drop());
    const fake = await FakeDiscordRest.start();
    onTestFinished(() => fake.close());
    const signer = makeSigner();
    const env = {
      DISCORD_TOKEN: 'replicas-test-token',
      DISCORD_MODE: 'http',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_PUBLIC_KEY: signer.publicKeyHex,
      DISCORD_API_URL: fake.api,
      DATABASE_URL: db.url,
      DISCORD_REST_REQUESTS_PER_SECOND: '10000',
      // A killed replica's claims go to the others after 3 s; each replica looks for due work every second.
      REMINDER_LEASE_SECONDS: '3',
      REMINDER_TICK_SECONDS: '1',
      LOG_LEVEL: 'warn',
    };
    const start = async (n: number) => {
      const ms: MainProcess[] = [];
      for (let i = 0; i < n; i++) {
        ms.push(await startMain(env));
      }
      await Promise.all(ms.map((m) => ready(m, 'discord')));
      return ms;
    };

    const n = 1_000;
    const { channels, oldMessages } = await seedDueReminders(db.url, n);
    const createdIn = (cs: string[]) => cs.reduce((s, c) => s + (fake.created.get(c)?.length ?? 0), 0);
    const rePosted = async () =>
      Number(
        (
          await query<{ n: string }>(
            db.url,
            // A replica killed after recording a post but before giving its lease back leaves the lease to expire.
            'SELECT count(*) AS n FROM reminders WHERE next_post_at > $1',
            [Date.now()],
          )
        )[0]?.n,
      );

    const replicas = await start(3);
    // Halfway, one replica dies without a chance to clean up: its leased reminders are left half-done.
    await until(() => createdIn(channels) >= n / 3, 'a third of the re-posts');
    const [victim, ...survivors] = replicas as [MainProcess, ...MainProcess[]];
    victim.proc.kill('SIGKILL');
    expect(await victim.exited).toEqual({ code: null, signal: 'SIGKILL' });
    await until(
      async () => (await rePosted()) === n,
      'every reminder re-posted',
      40_000,
      async () => ({
        rePosted: await rePosted(),
        created: createdIn(channels),
        posts: fake.requests.filter((r) => r.method === 'POST').length,
        out: survivors.map((m) => m.logs.slice(-5)),
      }),
    );

    const rows = await query<{ channel_id: string; message_id: string }>(
      db.url,
      'SELECT channel_id, message_id FROM reminders',
    );
    expect(rows).toHaveLength(n);
    const pinnedNow = new Map(rows.map((r) => [r.channel_id, r.message_id]));
    for (const c of channels) {
      // Exactly one new message per channel, the one now recorded, and the week-old one unpinned.
      expect(fake.created.get(c), c).toHaveLength(1);
      expect(pinnedNow.get(c)).toBe(fake.created.get(c)?.[0]);
      const unpins = fake.requests.filter(
        (r) => r.method === 'DELETE' && r.path === `/channels/${c}/messages/pins/${oldMessages.get(c)}`,
      );
      expect(unpins.length, c).toBeGreaterThanOrEqual(1);
    }

    // A restart of all three: nothing is due, nothing is posted again.
    for (const m of survivors) m.proc.kill('SIGTERM');
    for (const m of survivors) expect((await m.exited).code).toBe(0);
    const postsBefore = fake.requests.filter((r) => r.method === 'POST').length;
    const again = await start(3);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(fake.requests.filter((r) => r.method === 'POST').length).toBe(postsBefore);
    expect(createdIn(channels)).toBe(n);

    // 200 concurrent pins in 50 fresh channels, from 200 members, spread over the three replicas.
    const pinChannels = Array.from({ length: 50 }, (_, i) => String(1_600_000_000_000_000_000n + BigInt(i)));
    const pin = fixture('command-reminder-pin');
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const channel = pinChannels[i % 50] as string;
        const body = JSON.stringify({
          ...pin,
          id: String(1_700_000_000_000_000_000n + BigInt(i)),
          channel_id: channel,
          channel: { ...pin.channel, id: channel },
          member: {
            ...pin.member,
            user: { ...pin.member.user, id: String(1_800_000_000_000_000_000n + BigInt(i)) },
          },
        });
        const port = (again[i % 3] as MainProcess).port;
        return httpCall(port, {
          method: 'POST',
          path: '/discord/interactions',
          headers: signer.headers(body),
          body,
        });
      }),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(200).fill(200));
    const pinnedRows = async () =>
      query<{ channel_id: string; state: string }>(
        db.url,
        `SELECT channel_id, state FROM reminders WHERE channel_id = ANY($1) AND state = 'pinned'`,
        [pinChannels],
      );
    await until(async () => (await pinnedRows()).length === 50, 'a pinned reminder in each channel');
    // Let any straggling follow-up land before counting.
    await new Promise((r) => setTimeout(r, 1_000));
    const all = await query<{ workspace_id: string; channel_id: string }>(
      db.url,
      'SELECT workspace_id, channel_id FROM reminders WHERE channel_id = ANY($1)',
      [pinChannels],
    );
    expect(all).toHaveLength(50);
    expect(new Set(all.map((r) => r.workspace_id))).toEqual(new Set([SEED_GUILD]));
    for (const c of pinChannels) expect(fake.created.get(c), c).toHaveLength(1);
  }, 240_000);
});
