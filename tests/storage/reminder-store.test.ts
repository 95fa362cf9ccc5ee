// The store suite, run against SQLite and (with TEST_DATABASE_URL) PostgreSQL: leases, claims and counts
// behave the same on both, and hold across replicas (two stores, two pools, one database).
import { afterEach, describe, expect, it } from 'vitest';
import { WEEK_MS } from '../../src/reminders/clock.js';
import type { ReminderKey, ReminderRow } from '../../src/reminders/store.js';
import { FakeChannelPort } from '../fakes/channel-port.js';
import { ManualClock } from '../reminders/manual-clock.js';
import { type Harness, harness, target } from '../reminders/setup.js';
import { DIALECTS } from './dialects.js';

const key: ReminderKey = { platform: 'discord', workspaceId: 'G', channelId: 'C' };
const lease = { now: 1_000, leaseMs: 100, contentVersion: 'v1', schedule: 'weekly' as const };

describe.each(DIALECTS)('reminder store on $name', (dialect) => {
  const harnesses: Harness[] = [];
  afterEach(async () => {
    await Promise.all(harnesses.splice(0).map((h) => h.storage.close()));
    await dialect.cleanup();
  });

  /** `n` service instances (replicas) on one fresh database, sharing the fake platform and the clock. */
  async function replicas(n: number, clock = new ManualClock(new Date('2026-11-29T12:00:00Z'))) {
    const db = await dialect.fresh();
    const discord = new FakeChannelPort();
    const out: Harness[] = [];
    for (let i = 0; i < n; i++) {
      const h = await harness({
        path: db.where.databasePath,
        ...(db.where.databaseUrl ? { databaseUrl: db.where.databaseUrl } : {}),
        discord,
        clock,
      });
      harnesses.push(h);
      out.push(h);
    }
    return { discord, clock, replicas: out };
  }

  describe.skipIf(dialect.skip)('one store', () => {
    it('creates one row per channel with a lease that a second caller cannot take until it is released', async () => {
      const store = (await (await dialect.fresh()).open()).reminders;
      const first = await store.acquire(key, lease);
      expect(first).toMatchObject({ acquired: true, created: true });
      expect(first.row).toMatchObject({ state: 'pending', schedule: 'weekly', claimedUntil: 1_100 });
      const second = await store.acquire(key, { ...lease, now: 1_050 });
      expect(second).toMatchObject({ acquired: false, created: false });
      expect(second.row.id).toBe(first.row.id);
      await store.release(first.row.id, first.row.claimedUntil);
      const third = await store.acquire(key, { ...lease, now: 1_060 });
      expect(third).toMatchObject({ acquired: true, created: false });
      expect(await store.all()).toHaveLength(1);
    });

    it('an expired lease is taken over, and the late holder releasing it does not free the new one', async () => {
      const store = (await (await dialect.fresh()).open()).reminders;
      const crashed = await store.acquire(key, lease);
      const taker = await store.acquire(key, { ...lease, now: 1_200 });
      expect(taker.acquired).toBe(true);
      await store.release(crashed.row.id, crashed.row.claimedUntil);
      expect((await store.get(crashed.row.id))?.claimedUntil).toBe(1_300);
      expect((await store.acquire(key, { ...lease, now: 1_250 })).acquired).toBe(false);
    });

    it('stores the pinned state, schedule and content version, and lists outdated reminders', async () => {
      const store = (await (await dialect.fresh()).open()).reminders;
      const { row } = await store.acquire(key, lease);
      await store.markPosted(row.id, 'M1');
      expect((await store.find(key))?.messageId).toBe('M1');
      await store.markPinned(row.id, {
        messageId: 'M1',
        pinnedAt: 5,
        contentVersion: 'v1',
        schedule: 'monthly',
        nextPostAt: 2 ** 41,
      });
      expect(await store.find(key)).toMatchObject({
        state: 'pinned',
        pinnedAt: 5,
        schedule: 'monthly',
        nextPostAt: 2 ** 41,
        confirmations: 0,
      });
      expect(await store.outdated(() => 'v1')).toEqual([]);
      expect((await store.outdated(() => 'v2')).map((r) => r.id)).toEqual([row.id]);
      await store.setContentVersion(row.id, 'v2');
      expect(await store.outdated(() => 'v2')).toEqual([]);
      await store.remove(row.id);
      expect(await store.find(key)).toBeUndefined();
    });

    it('counts a member hash once and claims a due reminder once, again after its lease expired', async () => {
      const store = (await (await dialect.fresh()).open()).reminders;
      const { row } = await store.acquire(key, lease);
      await store.markPinned(row.id, {
        messageId: 'M',
        pinnedAt: 0,
        contentVersion: 'v',
        schedule: 'weekly',
        nextPostAt: 10,
      });
      await store.release(row.id, row.claimedUntil);
      const hash = Buffer.alloc(32, 7);
      expect(await store.addConfirmation(row.id, hash)).toEqual({ added: true, count: 1 });
      expect(await store.addConfirmation(row.id, hash)).toEqual({ added: false, count: 1 });
      expect(await store.addConfirmation(row.id, Buffer.alloc(32, 8))).toEqual({ added: true, count: 2 });
      const claim = { now: 20, leaseMs: 50, limit: 5, next: () => 99 };
      const [claimed] = await store.claimDue(claim);
      expect(claimed).toMatchObject({ id: row.id, nextPostAt: 99, claimedUntil: 70 });
      expect(await store.claimDue(claim)).toEqual([]);
      // A claimer that died without recording the post: the reminder is due again once the lease expired.
      const [again] = await store.claimDue({ ...claim, now: 70 });
      expect(again).toMatchObject({ id: row.id, claimedUntil: 120 });
    });
    it('claims a batch soonest first, up to the limit, in one write; settles outcomes and their leases in one', async () => {
      const store = (await (await dialect.fresh()).open()).reminders;
      const ids: number[] = [];
      // Channel i is due at 10 - i: the last one is the soonest.
      for (let i = 0; i < 4; i++) {
        const { row } = await store.acquire({ ...key, channelId: `C${i}` }, lease);
        await store.markPinned(row.id, {
          messageId: `M${i}`,
          pinnedAt: 0,
          contentVersion: 'v1',
          schedule: 'weekly',
          nextPostAt: 10 - i,
        });
        await store.release(row.id, row.claimedUntil);
        ids.push(row.id);
      }
      const claim = { now: 20, leaseMs: 50, limit: 3, next: (r: { id: number }) => 1_000 + r.id };
      const batch = await store.claimDue(claim);
      expect(batch.map((r) => r.channelId)).toEqual(['C3', 'C2', 'C1']);
      expect(batch.every((r) => r.claimedUntil === 70 && r.nextPostAt === 1_000 + r.id)).toBe(true);
      const [c3, c2, c1] = batch as [ReminderRow, ReminderRow, ReminderRow];
      await store.settleReposts([
        {
          id: c3.id,
          claimedUntil: c3.claimedUntil,
          pinned: {
            messageId: 'N3',
            pinnedAt: 30,
            locale: 'de',
            contentVersion: 'v2',
            schedule: 'monthly',
            nextPostAt: c3.nextPostAt,
          },
        },
        { id: c2.id, claimedUntil: c2.claimedUntil, retryAt: 500 },
      ]);
      expect(await store.get(c3.id)).toMatchObject({
        messageId: 'N3',
        state: 'pinned',
        pinnedAt: 30,
        locale: 'de',
        contentVersion: 'v2',
        schedule: 'monthly',
        nextPostAt: 1_000 + c3.id,
        claimedUntil: null,
      });
      // A failed re-post keeps its message and only moves its next post time.
      expect(await store.get(c2.id)).toMatchObject({
        messageId: 'M2',
        pinnedAt: 0,
        contentVersion: 'v1',
        schedule: 'weekly',
        nextPostAt: 500,
        claimedUntil: null,
      });
      // C1's lease expired and another claimer took it over: settling the stale claim must not free it.
      const [takenOver] = await store.claimDue({ ...claim, now: 70, limit: 1 });
      expect(takenOver?.id).toBe(c1.id);
      await store.settleReposts([{ id: c1.id, claimedUntil: c1.claimedUntil, retryAt: 600 }]);
      expect(await store.get(c1.id)).toMatchObject({ nextPostAt: 600, claimedUntil: 120 });
      // C0 was never claimed; settling nothing is a no-op.
      await store.settleReposts([]);
      expect(await store.get(ids[0] as number)).toMatchObject({ nextPostAt: 10, claimedUntil: null });
    });
  });

  describe.skipIf(dialect.skip)('replicas on one database', () => {
    it('two replicas claim 200 due reminders: each is posted exactly once', async () => {
      const {
        discord,
        clock,
        replicas: [a, b],
      } = await replicas(2);
      const n = 200;
      for (let i = 0; i < n; i++) await a!.reply.pin(target('U', `C${i}`), 'weekly');
      expect(discord.count('post')).toBe(n);
      clock.jump(WEEK_MS);
      const [ra, rb] = await Promise.all([a!.jobs.runDue(), b!.jobs.runDue()]);
      expect(ra.failed + rb.failed).toBe(0);
      expect(ra.posted + rb.posted).toBe(n);
      for (let i = 0; i < n; i++) {
        expect(discord.count('post', `C${i}`)).toBe(2);
        expect(discord.pinned(`C${i}`)).toHaveLength(1);
      }
      // A second round at the same time finds nothing due: the next posts moved a week on.
      const again = await Promise.all([a!.jobs.runDue(), b!.jobs.runDue()]);
      expect(again.map((r) => r.posted)).toEqual([0, 0]);
    }, 60_000);

    it('40 concurrent pins in 10 channels across two replicas leave one reminder per channel', async () => {
      const {
        discord,
        replicas: [a, b],
      } = await replicas(2);
      const outcomes = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? a! : b!).service.pin(target(`U${i}`, `C${i % 10}`), 'off'),
        ),
      );
      expect(outcomes.every((o) => o.kind === 'pinned' || o.kind === 'busy')).toBe(true);
      expect(await a!.store.all()).toHaveLength(10);
      for (let c = 0; c < 10; c++) {
        expect(discord.pinned(`C${c}`)).toHaveLength(1);
        expect(discord.inChannel(`C${c}`)).toHaveLength(1);
      }
    }, 60_000);

    it('one member confirming through both replicas at once is counted once', async () => {
      const {
        replicas: [a, b],
      } = await replicas(2);
      await a!.reply.pin(target(), 'off');
      const clicks = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? a! : b!).service.confirm(target('SAME-MEMBER'))),
      );
      expect(clicks.filter((c) => c.kind === 'confirmed' && !c.already)).toHaveLength(1);
      expect((await b!.store.all())[0]!.confirmations).toBe(1);
      await Promise.all([a!.service.flush(), b!.service.flush()]);
    }, 30_000);

    it('replicas that open a fresh database at the same moment migrate it once', async () => {
      const db = await dialect.fresh();
      const stores = await Promise.all([db.open(), db.open(), db.open()]);
      const keys = stores.map((s) => s.tallyKey.toString('hex'));
      expect(new Set(keys).size).toBe(1);
      await stores[0]!.reminders.acquire(key, lease);
      expect(await stores[2]!.reminders.all()).toHaveLength(1);
    }, 30_000);
  });
});
