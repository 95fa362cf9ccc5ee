// The scheduled fan-out: due reminders are claimed a batch at a time and their outcomes written in group
// commits, one pass re-posts everything due, and a stop lets claimed work finish while claiming nothing more.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WEEK_MS } from '../../src/reminders/clock.js';
import type { RepostOutcome } from '../../src/reminders/store.js';
import { type Harness, harness, target } from './setup.js';

const harnesses: Harness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.storage.close()));
});

/** `n` weekly reminders pinned a week ago, due now, re-posted `concurrency` at a time. */
async function dueReminders(n: number, concurrency: number) {
  const h = await harness({ service: { concurrency } });
  harnesses.push(h);
  for (let i = 0; i < n; i++) await h.reply.pin(target('U', `C${i}`), 'weekly');
  h.clock.jump(WEEK_MS);
  const claim = h.store.claimDue.bind(h.store);
  const claims = vi.spyOn(h.store, 'claimDue');
  const settled: RepostOutcome[][] = [];
  const settle = h.store.settleReposts.bind(h.store);
  vi.spyOn(h.store, 'settleReposts').mockImplementation(async (outcomes) => {
    settled.push([...outcomes]);
    await settle(outcomes);
  });
  return { h, claim, claims, settled };
}

describe('scheduled re-posts', () => {
  it('claim a batch per write, re-post everything due in one pass, and write outcomes in fewer writes', async () => {
    const { h, claims, settled } = await dueReminders(40, 4);
    expect(await h.jobs.runDue()).toEqual({ posted: 40, failed: 0 });
    // Ten batches of four, then one claim that finds nothing: not one claim per reminder.
    expect(claims).toHaveBeenCalledTimes(11);
    expect(claims.mock.calls.every(([o]) => o.limit === 4)).toBe(true);
    expect(
      settled
        .flat()
        .map((o) => o.id)
        .sort((a, b) => a - b),
    ).toEqual((await h.store.all()).map((r) => r.id));
    expect(settled.length).toBeLessThan(40);
    for (let i = 0; i < 40; i++) expect(h.discord.count('post', `C${i}`)).toBe(2);
    // Every lease was given back and nothing is due any more.
    expect(
      (await h.store.all()).every(
        (r) => r.claimedUntil === null && (r.nextPostAt ?? 0) > h.clock.now().getTime(),
      ),
    ).toBe(true);
  });

  it('stopped during a fan-out: the claimed batch is finished and settled, nothing more is claimed', async () => {
    const { h, claim, claims } = await dueReminders(10, 2);
    claims.mockImplementation(async (o) => {
      const rows = await claim(o);
      h.jobs.stop();
      return rows;
    });
    expect(await h.jobs.runDue()).toEqual({ posted: 2, failed: 0 });
    expect(claims).toHaveBeenCalledTimes(1);
    const rows = await h.store.all();
    const now = h.clock.now().getTime();
    expect(rows.filter((r) => (r.nextPostAt ?? 0) > now)).toHaveLength(2);
    // The other eight are still due, with no lease left behind: the next tick (or another replica) takes them.
    expect(rows.filter((r) => (r.nextPostAt ?? 0) <= now)).toHaveLength(8);
    expect(rows.every((r) => r.claimedUntil === null)).toBe(true);
  });

  it('a lease runs from its claim, not from the start of the pass: late batches of a long fan-out hold theirs', async () => {
    const { h, claim, claims } = await dueReminders(3, 1);
    // Each batch takes an hour of the clock, far past the 2-minute lease.
    const leases: (number | null)[] = [];
    claims.mockImplementation(async (o) => {
      const rows = await claim(o);
      leases.push(...rows.map((r) => r.claimedUntil));
      h.clock.jump(3_600_000);
      return rows;
    });
    const start = h.clock.now().getTime();
    expect(await h.jobs.runDue()).toEqual({ posted: 3, failed: 0 });
    expect(leases.map((until) => (until ?? 0) - start)).toEqual([120_000, 3_720_000, 7_320_000]);
  });
});
