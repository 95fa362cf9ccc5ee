// The pinned-reminder service: pin, unpin, status and confirm for the command, plus the scheduled re-posts
// and the content refresh. Platform-neutral: it talks to Discord and Slack only through their ChannelPorts.
import { createHmac } from 'node:crypto';
import { contentVersion as currentContentVersion, getContent } from '../content/index.js';
import type { Locale } from '../content/types.js';
import type { CommandContext } from '../core/command.js';
import {
  type ChannelPort,
  PlatformError,
  type ReminderPort,
  type ReminderTarget,
  type Schedule,
} from '../core/ports.js';
import { baseReply, formatDate } from '../core/replies.js';
import type { Reply } from '../core/reply.js';
import type { Logger } from '../log.js';
import { type Clock, nextPostAt, systemClock, type Timers } from './clock.js';
import { EditCoalescer } from './coalescer.js';
import { describeFailure } from './errors.js';
import { reminderMessage, unpinnedNote } from './message.js';
import { runWorkers } from './pool.js';
import { type RetryPolicy, withRetry } from './retry.js';
import type { ReminderKey, ReminderPlatform, ReminderRow, ReminderStore } from './store.js';

const COMMAND = 'linkedin-reminder';

export interface ChannelLookup {
  get(platform: ReminderPlatform): ChannelPort | undefined;
}

export interface ReminderServiceOptions {
  store: ReminderStore;
  /** Looked up at call time: adapters register their ports after the service exists. */
  channels: ChannelLookup;
  log: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  clock?: Clock;
  timers?: Timers;
  locale?: Locale;
  staleAfterDays?: number;
  /** At most one edit of a pinned message per this many ms while clicks keep coming. */
  editIntervalMs?: number;
  /** How long a pin, unpin or re-post may hold a channel before another process may take over. */
  leaseMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Platform calls in flight at once during a fan-out (scheduled re-posts, content refresh). */
  concurrency?: number;
  /** When a scheduled re-post failed for a passing reason, try again after this long instead of next period. */
  retryLaterMs?: number;
  /** Told what happened, for metrics; never given user ids. */
  events?: ReminderEvents;
}

export interface ReminderEvents {
  pinned?(platform: ReminderPlatform): void;
  unpinned?(platform: ReminderPlatform): void;
  confirmed?(platform: ReminderPlatform): void;
  platformError?(platform: ReminderPlatform, kind: string): void;
}

export interface RunSummary {
  posted: number;
  failed: number;
}

type Resolved = { ok: true; key: ReminderKey; port: ChannelPort; name: string } | { ok: false; reply: Reply };

export class ReminderService implements ReminderPort {
  private readonly store: ReminderStore;
  private readonly clock: Clock;
  private readonly timers: Timers;
  private readonly retry: RetryPolicy;
  private readonly leaseMs: number;
  private readonly concurrency: number;
  private readonly retryLaterMs: number;
  private readonly edits: EditCoalescer<number>;
  /** Set on shutdown: a fan-out in progress finishes what it holds and claims nothing more. */
  private stopping = false;
  private refreshing: Promise<{ updated: number; failed: number }> | undefined;

  constructor(private readonly opts: ReminderServiceOptions) {
    this.store = opts.store;
    this.clock = opts.clock ?? systemClock;
    this.timers = opts.timers ?? systemClock;
    this.leaseMs = opts.leaseMs ?? 120_000;
    this.concurrency = opts.concurrency ?? 16;
    this.retryLaterMs = opts.retryLaterMs ?? 15 * 60_000;
    this.retry = {
      tries: 3,
      baseMs: 500,
      sleep: (ms) => new Promise((r) => this.timers.setTimeout(r, ms)),
      ...opts.retry,
    };
    this.edits = new EditCoalescer((id) => this.refreshMessage(id), {
      intervalMs: opts.editIntervalMs ?? 2_000,
      clock: this.clock,
      timers: this.timers,
    });
  }

  private ctx(): CommandContext {
    const locale = this.opts.locale ?? 'en';
    return {
      content: getContent(locale),
      contentVersion: currentContentVersion(locale),
      now: this.clock.now(),
      staleAfterDays: this.opts.staleAfterDays ?? 180,
    };
  }

  private reply(title: string, rest: Partial<Reply> = {}, subcommand: string | null = null): Reply {
    return baseReply(this.ctx(), { command: COMMAND, subcommand, title }, rest);
  }

  private failureReply(platform: ReminderPlatform, err: unknown, subcommand: string): Reply {
    if (!(err instanceof PlatformError)) this.opts.log.error({ err }, 'reminder operation failed');
    else this.opts.events?.platformError?.(platform, err.kind);
    const f = describeFailure(platform, err);
    return this.reply(f.title, { sections: [{ kind: 'bullets', items: f.lines }] }, subcommand);
  }

  private resolve(target: ReminderTarget, subcommand: string): Resolved {
    const { platform, channel } = target;
    if (!channel.workspaceId) {
      return {
        ok: false,
        reply: this.reply(
          'Reminders live in a server or workspace channel.',
          {
            intro: 'Run /linkedin-reminder pin in the channel where it should stay, not in a direct message.',
          },
          subcommand,
        ),
      };
    }
    const port = this.opts.channels.get(platform);
    if (!port) {
      const name = platform === 'discord' ? 'Discord' : 'Slack';
      return {
        ok: false,
        reply: this.reply(`${name} is not answering; try again shortly.`, {}, subcommand),
      };
    }
    return {
      ok: true,
      key: { platform, workspaceId: channel.workspaceId, channelId: channel.id },
      port,
      name: channel.name ? `#${channel.name}` : 'this channel',
    };
  }

  private busy(subcommand: string): Reply {
    return this.reply(
      'I am already updating the reminder in this channel.',
      { intro: 'Try again in a minute.' },
      subcommand,
    );
  }

  private message(count: number): Reply {
    return reminderMessage(this.ctx(), count);
  }

  private when(ms: number | null): string {
    if (ms === null) return 'not scheduled';
    const iso = new Date(ms).toISOString();
    return `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
  }

  private scheduleLine(schedule: Schedule, next: number | null): string {
    if (schedule === 'off') return 'Schedule: none (add every:weekly or every:monthly to re-post it)';
    return `Schedule: re-posted ${schedule}; next re-post ${this.when(next)}`;
  }

  async pin(target: ReminderTarget, schedule: Schedule): Promise<Reply> {
    const r = this.resolve(target, 'pin');
    if (!r.ok) return r.reply;
    const now = this.clock.now().getTime();
    const version = this.ctx().contentVersion;
    let acquired: ReturnType<ReminderStore['acquire']>;
    try {
      acquired = this.store.acquire(r.key, { now, leaseMs: this.leaseMs, contentVersion: version, schedule });
    } catch (err) {
      return this.failureReply(r.key.platform, err, 'pin');
    }
    if (!acquired.acquired) return this.busy('pin');
    const row = acquired.row;
    const channelId = r.key.channelId;
    let messageId = row.messageId;
    const wasPinned = row.state === 'pinned' ? row.messageId : null;
    try {
      const reminder = this.message(row.confirmations);
      if (messageId) {
        // Reuse the channel's message (pinned, or posted earlier with a failed pin): never a second one.
        try {
          await withRetry(this.retry, () => r.port.edit(channelId, messageId as string, reminder));
        } catch (err) {
          if (!(err instanceof PlatformError && err.kind === 'not-found')) throw err;
          messageId = null;
        }
      }
      if (!messageId) {
        const posted = await withRetry(this.retry, () => r.port.post(channelId, reminder));
        messageId = posted.id;
        this.store.markPosted(row.id, messageId);
      }
      try {
        await withRetry(this.retry, () => r.port.pin(channelId, messageId as string));
      } catch (err) {
        // Our pinned message, refreshed: it may well still be pinned, so it stays a reminder.
        if (wasPinned === messageId) throw err;
        const f = describeFailure(r.key.platform, err);
        await r.port.edit(channelId, messageId, unpinnedNote(this.ctx(), f.title)).catch((e: unknown) => {
          this.opts.log.warn({ err: e, reminder: row.id }, 'could not turn an unpinned reminder into a note');
        });
        throw err;
      }
      if (wasPinned && wasPinned !== messageId) {
        // The old pinned message was gone; nothing to unpin, but say so in the log for the curious.
        this.opts.log.debug({ reminder: row.id }, 'replaced a vanished pinned reminder');
      }
      const refreshed = wasPinned === messageId;
      const next = nextPostAt(schedule, now);
      this.store.markPinned(row.id, {
        messageId,
        pinnedAt: refreshed && row.pinnedAt !== null ? row.pinnedAt : now,
        contentVersion: version,
        schedule,
        nextPostAt: next,
      });
      this.opts.log.info(
        { reminder: row.id, platform: r.key.platform, schedule, refreshed },
        'reminder pinned',
      );
      this.opts.events?.pinned?.(r.key.platform);
      return this.reply(
        refreshed ? `Reminder refreshed in ${r.name}.` : `Reminder pinned in ${r.name}.`,
        {
          intro: refreshed
            ? 'It was already pinned: I updated it in place, so there is still one pinned reminder.'
            : 'Members can click "I\'ve turned it off" to be counted; the message stays current when the facts change.',
          sections: [
            {
              kind: 'bullets',
              items: [this.scheduleLine(schedule, next), `Confirmations so far: ${row.confirmations}`],
            },
          ],
        },
        'pin',
      );
    } catch (err) {
      // A row that never got a message is dropped, so status does not show a reminder that is not there.
      if (this.store.get(row.id)?.messageId == null) this.store.remove(row.id);
      this.opts.log.warn({ reminder: row.id, kind: (err as PlatformError).kind }, 'pin failed');
      return this.failureReply(r.key.platform, err, 'pin');
    } finally {
      this.store.release(row.id);
    }
  }

  async unpin(target: ReminderTarget): Promise<Reply> {
    const r = this.resolve(target, 'unpin');
    if (!r.ok) return r.reply;
    const row = this.store.find(r.key);
    if (!row) return this.noReminder(r.name, 'unpin');
    const now = this.clock.now().getTime();
    const got = this.store.acquire(r.key, {
      now,
      leaseMs: this.leaseMs,
      contentVersion: row.contentVersion,
      schedule: row.schedule,
    });
    if (got.created) {
      // Removed by another process between the two reads: there is nothing to unpin.
      this.store.remove(got.row.id);
      return this.noReminder(r.name, 'unpin');
    }
    if (!got.acquired) return this.busy('unpin');
    try {
      if (row.messageId && row.state === 'pinned') {
        await withRetry(this.retry, () => r.port.unpin(r.key.channelId, row.messageId as string));
      }
      this.store.remove(row.id);
      this.opts.log.info({ reminder: row.id, platform: r.key.platform }, 'reminder unpinned');
      this.opts.events?.unpinned?.(r.key.platform);
      return this.reply(
        `Reminder unpinned in ${r.name}.`,
        {
          intro:
            row.schedule === 'off'
              ? 'The message stays in the channel history, no longer pinned.'
              : 'Its schedule is stopped too. The message stays in the channel history, no longer pinned.',
        },
        'unpin',
      );
    } catch (err) {
      if (err instanceof PlatformError && (err.kind === 'not-found' || err.kind === 'not-in-channel')) {
        // The message or the channel is out of reach for good: forget the reminder rather than retry forever.
        this.store.remove(row.id);
        return this.reply(
          `Reminder removed for ${r.name}.`,
          {
            intro:
              'I could not reach the message any more, so there was nothing left for me to unpin. Any schedule is stopped.',
          },
          'unpin',
        );
      }
      if (err instanceof PlatformError && err.kind === 'missing-permission') {
        this.store.setSchedule(row.id, 'off', null);
        const f = describeFailure(r.key.platform, err);
        return this.reply(
          f.title,
          {
            sections: [
              {
                kind: 'bullets',
                items: [
                  'I stopped the schedule, but the message is still pinned.',
                  'Unpin it by hand, or run /linkedin-reminder unpin again once I have the permission.',
                ],
              },
            ],
          },
          'unpin',
        );
      }
      return this.failureReply(r.key.platform, err, 'unpin');
    } finally {
      this.store.release(row.id);
    }
  }

  private noReminder(name: string, subcommand: string): Reply {
    return this.reply(
      `No reminder is pinned in ${name}.`,
      {
        intro:
          'A moderator can pin one with /linkedin-reminder pin (add every:monthly to re-post it monthly).',
      },
      subcommand,
    );
  }

  async status(target: ReminderTarget): Promise<Reply> {
    const r = this.resolve(target, 'status');
    if (!r.ok) return r.reply;
    const row = this.store.find(r.key);
    if (!row) return this.noReminder(r.name, 'status');
    if (row.state !== 'pinned') {
      return this.reply(
        `The reminder in ${r.name} is not pinned yet.`,
        {
          intro:
            'The last attempt to pin it failed. Run /linkedin-reminder pin again: it reuses the same message.',
          sections: [{ kind: 'bullets', items: [`Confirmations so far: ${row.confirmations}`] }],
        },
        'status',
      );
    }
    const current = row.contentVersion === this.ctx().contentVersion;
    return this.reply(
      `Reminder pinned in ${r.name}.`,
      {
        sections: [
          {
            kind: 'bullets',
            items: [
              `Pinned since: ${this.when(row.pinnedAt)}`,
              this.scheduleLine(row.schedule, row.nextPostAt),
              `Confirmations: ${row.confirmations}`,
              current ? 'Facts: current' : 'Facts: an update is on its way to the pinned message',
            ],
          },
        ],
      },
      'status',
    );
  }

  /** Keyed hash of who clicked: the same member counts once, and the database never sees the raw id. */
  userHash(key: ReminderKey, userId: string): Buffer {
    return createHmac('sha256', this.store.secret)
      .update(`${key.platform}:${key.workspaceId}:${userId}`)
      .digest();
  }

  async confirm(target: ReminderTarget): Promise<Reply> {
    const { platform, channel } = target;
    const key: ReminderKey = { platform, workspaceId: channel.workspaceId ?? '', channelId: channel.id };
    const row = channel.workspaceId ? this.store.find(key) : undefined;
    if (!row) {
      return this.reply(
        'Thank you for switching it off!',
        { intro: 'This reminder is no longer active here, so I could not add you to its count.' },
        'confirm',
      );
    }
    const { added, count } = this.store.addConfirmation(row.id, this.userHash(key, target.userId));
    if (added) {
      this.edits.request(row.id);
      this.opts.events?.confirmed?.(platform);
    }
    const others = count - 1;
    return this.reply(
      added ? 'Thank you! You are counted.' : 'You were already counted. Thank you!',
      {
        intro: added
          ? others === 0
            ? 'You are the first in this channel to switch it off.'
            : `You and ${others} other${others === 1 ? '' : 's'} in this channel switched it off.`
          : `${count} member${count === 1 ? '' : 's'} in this channel switched it off. Each person counts once.`,
      },
      'confirm',
    );
  }

  /** Edits the pinned message to show the current count and facts (the coalescer decides when). */
  private async refreshMessage(id: number): Promise<void> {
    const row = this.store.get(id);
    if (row?.state !== 'pinned' || !row.messageId) return;
    const port = this.opts.channels.get(row.platform);
    if (!port) return;
    const version = this.ctx().contentVersion;
    try {
      await withRetry(this.retry, () =>
        port.edit(
          row.channelId,
          row.messageId as string,
          this.message(this.store.get(id)?.confirmations ?? row.confirmations),
        ),
      );
      if (row.contentVersion !== version) this.store.setContentVersion(id, version);
    } catch (err) {
      this.opts.log.warn({ err, reminder: id }, 'could not update the pinned reminder');
    }
  }

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
    const version = this.ctx().contentVersion;
    const rows = this.store.outdated(version);
    let updated = 0;
    let failed = 0;
    let next = 0;
    await runWorkers(this.concurrency, async () => {
      const row = rows[next++];
      if (!row) return false;
      const port = this.opts.channels.get(row.platform);
      // A platform that is not up yet: the scheduler's next tick tries again.
      if (!port || !row.messageId) return true;
      try {
        await withRetry(this.retry, () =>
          port.edit(row.channelId, row.messageId as string, this.message(row.confirmations)),
        );
        this.store.setContentVersion(row.id, version);
        updated++;
      } catch (err) {
        failed++;
        // A deleted message cannot be brought up to date; stop trying until the next pin or re-post.
        if (err instanceof PlatformError && err.kind === 'not-found')
          this.store.setContentVersion(row.id, version);
        this.opts.log.warn({ err, reminder: row.id }, 'content refresh failed for a reminder');
      }
      return true;
    });
    if (rows.length) this.opts.log.info({ updated, failed, version }, 'reminder content refreshed');
    return { updated, failed };
  }

  /**
   * Re-posts every reminder that is due: post a fresh one, pin it, unpin the old one. Each reminder is
   * claimed in a transaction first, so overlapping loops or processes post it once; its next post time is
   * computed from now, so after downtime a reminder catches up with one post, not one per missed period.
   */
  async runDue(): Promise<RunSummary> {
    const tickNow = this.clock.now().getTime();
    const summary: RunSummary = { posted: 0, failed: 0 };
    await runWorkers(this.concurrency, async () => {
      if (this.stopping) return false;
      const [row] = this.store.claimDue({
        now: tickNow,
        leaseMs: this.leaseMs,
        limit: 1,
        next: (r) => nextPostAt(r.schedule, this.clock.now().getTime()),
      });
      if (!row) return false;
      if (await this.repost(row)) summary.posted++;
      else summary.failed++;
      return true;
    });
    if (summary.posted || summary.failed) this.opts.log.info(summary, 'scheduled reminders re-posted');
    return summary;
  }

  private async repost(row: ReminderRow): Promise<boolean> {
    const port = this.opts.channels.get(row.platform);
    try {
      if (!port) throw new PlatformError('unavailable', `${row.platform} is not running`);
      const posted = await withRetry(this.retry, () =>
        port.post(row.channelId, this.message(row.confirmations)),
      );
      try {
        await withRetry(this.retry, () => port.pin(row.channelId, posted.id));
      } catch (err) {
        const f = describeFailure(row.platform, err);
        await port.edit(row.channelId, posted.id, unpinnedNote(this.ctx(), f.title)).catch(() => {});
        throw err;
      }
      const now = this.clock.now().getTime();
      this.store.markPinned(row.id, {
        messageId: posted.id,
        pinnedAt: now,
        contentVersion: this.ctx().contentVersion,
        schedule: row.schedule,
        nextPostAt: row.nextPostAt,
      });
      if (row.messageId && row.messageId !== posted.id) {
        await withRetry(this.retry, () => port.unpin(row.channelId, row.messageId as string)).catch(
          (err: unknown) => {
            if (!(err instanceof PlatformError && err.kind === 'not-found'))
              this.opts.log.warn({ err, reminder: row.id }, 'could not unpin the previous reminder');
          },
        );
      }
      return true;
    } catch (err) {
      const transient =
        err instanceof PlatformError && (err.kind === 'unavailable' || err.kind === 'rate-limited');
      // A passing failure is tried again soon; a lasting one (permissions, channel gone) waits a full period.
      if (transient) this.store.setNextPost(row.id, this.clock.now().getTime() + this.retryLaterMs);
      this.opts.log.warn(
        { reminder: row.id, platform: row.platform, kind: err instanceof PlatformError ? err.kind : 'error' },
        'scheduled re-post failed',
      );
      return false;
    } finally {
      this.store.release(row.id);
    }
  }

  /** Stops claiming scheduled re-posts; work already claimed finishes. */
  stop(): void {
    this.stopping = true;
  }

  /** Sends any edits still waiting (shutdown, tests). */
  flush(): Promise<void> {
    return this.edits.flush();
  }
}
