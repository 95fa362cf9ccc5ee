// Pinned weekly Discord reminders that are due now, written through the store API (as a replica would have
// left them a week ago), for the multi-process tests and the fan-out bench.
import { makeContext } from '../../src/core/context.js';
import { WEEK_MS } from '../../src/reminders/clock.js';
import { runWorkers } from '../../src/reminders/pool.js';
import { openStorage } from '../../src/storage/index.js';

export const SEED_GUILD = '1100000000000000001';

/** Channel ids `base + i`; the old pinned message of channel i is `base + 500_000 + i`. */
export async function seedDueReminders(
  databaseUrl: string,
  count: number,
  base = 1_400_000_000_000_000_000n,
) {
  const storage = await openStorage({ databasePath: ':memory:', databaseUrl });
  const store = storage.reminders;
  const { contentVersion } = makeContext();
  const now = Date.now();
  const channels = Array.from({ length: count }, (_, i) => String(base + BigInt(i)));
  const oldMessages = new Map(channels.map((c, i) => [c, String(base + 500_000n + BigInt(i))]));
  let next = 0;
  try {
    await runWorkers(8, async () => {
      const channelId = channels[next++];
      if (channelId === undefined) return false;
      const key = { platform: 'discord' as const, workspaceId: SEED_GUILD, channelId };
      const { row } = await store.acquire(key, {
        now,
        leaseMs: 60_000,
        contentVersion,
        schedule: 'weekly',
      });
      await store.markPinned(row.id, {
        messageId: oldMessages.get(channelId) as string,
        pinnedAt: now - WEEK_MS,
        contentVersion,
        schedule: 'weekly',
        nextPostAt: now - 1_000,
      });
      await store.release(row.id, row.claimedUntil);
      return true;
    });
  } finally {
    await storage.close();
  }
  return { channels, oldMessages };
}
