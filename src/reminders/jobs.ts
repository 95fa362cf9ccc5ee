// Background work the scheduler runs: scheduled re-posts that fell due, and pinned messages still showing
// older facts. Each due reminder is claimed atomically first, so replicas running this at once post it once.
import type { Locale } from '../content/types.js';
import { PlatformError } from '../core/ports.js';
import { nextPostAt } from './clock.js';
import type { ReminderDeps } from './deps.js';
import { GroupCommit } from './group-commit.js';
import { unpinnedNote } from './message.js';
import { failureReason } from './outcomes.js';
import { runWorkers } from './pool.js';
import { failureWords } from './presenter.js';
import { isTransient, withRetry } from './retry.js';
import type { ReminderRow, RepostOutcome } from './store.js';

export interface RunSummary {
  posted: number;
  failed: number;
}

export class ReminderJobs {
  /** Set on shutdown: a fan-out in progress finishes what it holds and claims nothing more. */
  private stopping = false;
  private refreshing: Promise<{ updated: number; failed: number }> | undefined;

  constructor(private readonly deps: ReminderDeps) {}

  /**
   * Edits every pinned reminder whose content version is not the current one (at start-up, then on each
   * scheduler tick for any a platform could not take yet).
   * Returns how many were brought up to date and how many could not be reached.
   */
  refreshContent(): Promise<{ updated: number; failed: number }> {
    // One pass at a time: a second caller shares the pass in progress instead of editing twice.
    this.refreshing ??= this.refreshOutdated().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async refreshOutdated(): Promise<{ updated: number; failed: number }> {
    const { store, log } = this.deps;
    // Each reminder follows its own language's content: a German reminder changes only with German content.
    const versionOf = (locale: Locale) => this.deps.context(locale).contentVersion;
    const rows = await store.outdated(versionOf);
    let updated = 0;
    let failed = 0;
    let next = 0;
    await runWorkers(this.deps.concurrency, async () => {
      const row = rows[next++];
      if (!row) return false;
      const port = this.deps.port(row.platform);
      // A platform that is not up yet: the scheduler's next tick tries again.
      if (!port || !row.messageId) return true;
      const version = versionOf(row.locale);
      try {
        await withRetry(this.deps.retry, () =>
          port.edit(row, row.messageId as string, this.deps.message(row.confirmations, row.locale)),
        );
        await store.setContentVersion(row.id, version);
        updated++;
      } catch (err) {
        failed++;
        // A deleted message cannot be brought up to date; stop trying until the next pin or re-post.
        if (err instanceof PlatformError && err.kind === 'not-found')
          await store.setContentVersion(row.id, version);
        log.warn({ err, reminder: row.id }, 'content refresh failed for a reminder');
      }
      return true;
    });
    if (rows.length) log.info({ updated, failed }, 'reminder content refreshed');
    return { updated, failed };
  }

  /**
   * Re-posts every reminder that is due: post a fresh one, pin it, unpin the old one. Its next post time is
   * computed from now, so after downtime a reminder catches up with one post, not one per missed period.
   * Reminders are claimed a batch at a time (one write for up to `concurrency` rows, claimed again as soon as
   * the workers run out while more is due) and their outcomes recorded in group commits.
   */
  async runDue(): Promise<RunSummary> {
    const { store, concurrency, leaseMs } = this.deps;
    const summary: RunSummary = { posted: 0, failed: 0 };
    const claimed: ReminderRow[] = [];
    let claiming: Promise<void> | undefined;
    let drained = false;
    // Workers that run out share one claim instead of each asking the database.
    const take = async (): Promise<ReminderRow | undefined> => {
      while (claimed.length === 0 && !drained && !this.stopping) {
        claiming ??= store
          .claimDue({
            // The time of this claim, not of the tick: a lease taken late in a long fan-out (thousands of
            // reminders at Discord's 50 calls a second) must still last its full length. Work that fails is
            // moved on (soon or next period), so the pass still ends.
            now: this.deps.now(),
            leaseMs,
            limit: concurrency,
            next: (r) => nextPostAt(r.schedule, this.deps.now()),
          })
          .then((rows) => {
            drained = rows.length === 0;
            claimed.push(...rows);
          })
          .finally(() => {
            claiming = undefined;
          });
        await claiming;
      }
      return claimed.shift();
    };
    const settle = new GroupCommit<RepostOutcome>((outcomes) => store.settleReposts(outcomes));
    await runWorkers(concurrency, async () => {
      const row = await take();
      if (!row) return false;
      const outcome = await this.repost(row);
      await settle.add(outcome);
      if ('pinned' in outcome) summary.posted++;
      else summary.failed++;
      return true;
    });
    if (summary.posted || summary.failed) this.deps.log.info(summary, 'scheduled reminders re-posted');
    return summary;
  }

  /** Posts, pins and unpins for one claimed reminder; what came of it is recorded by the caller. */
  private async repost(row: ReminderRow): Promise<RepostOutcome> {
    const { retry, log } = this.deps;
    const lease = { id: row.id, claimedUntil: row.claimedUntil };
    const port = this.deps.port(row.platform);
    try {
      if (!port) throw new PlatformError('unavailable', `${row.platform} is not running`);
      const posted = await withRetry(retry, () =>
        port.post(row, this.deps.message(row.confirmations, row.locale), { once: repostKey(row) }),
      );
      try {
        await withRetry(retry, () => port.pin(row, posted.id));
      } catch (err) {
        const why = failureWords(row.platform, failureReason(err), row.locale).title;
        await port.edit(row, posted.id, unpinnedNote(this.deps.context(row.locale), why)).catch(() => {});
        throw err;
      }
      // Recorded last: a replica that dies before this leaves the whole re-post to be done again (the same
      // message, by its key; pin and unpin repeat harmlessly), not an old reminder left pinned beside the new.
      if (row.messageId && row.messageId !== posted.id) {
        await withRetry(retry, () => port.unpin(row, row.messageId as string)).catch((err: unknown) => {
          if (!(err instanceof PlatformError && err.kind === 'not-found'))
            log.warn({ err, reminder: row.id }, 'could not unpin the previous reminder');
        });
      }
      return {
        ...lease,
        pinned: {
          messageId: posted.id,
          pinnedAt: this.deps.now(),
          contentVersion: this.deps.context(row.locale).contentVersion,
          schedule: row.schedule,
          nextPostAt: row.nextPostAt,
        },
      };
    } catch (err) {
      log.warn(
        { reminder: row.id, platform: row.platform, kind: err instanceof PlatformError ? err.kind : 'error' },
        'scheduled re-post failed',
      );
      // A passing failure is tried again soon; a lasting one (permissions, channel gone) waits a full period.
      return {
        ...lease,
        retryAt: isTransient(err) ? this.deps.now() + this.deps.retryLaterMs : row.nextPostAt,
      };
    }
  }

  /** Stops claiming scheduled re-posts; work already claimed finishes. */
  stop(): void {
    this.stopping = true;
  }
}

/**
 * The same for every replica that takes over this period's re-post (the previous pin's time changes only once
 * it is done), so a replica killed between posting and recording leaves no second message on Discord.
 */
export function repostKey(row: ReminderRow): string {
  return `r${row.id.toString(36)}.${(row.pinnedAt ?? row.createdAt).toString(36)}`;
}
