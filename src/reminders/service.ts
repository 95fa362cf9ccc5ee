// The pinned-reminder service: pin, unpin, status and confirm for the command. Platform-neutral: it talks to
// Discord and Slack only through their ChannelPorts and answers with typed outcomes (words: presenter.ts).
import { createHmac } from 'node:crypto';
import {
  type ChannelPort,
  PlatformError,
  type ReminderPort,
  type ReminderTarget,
  type Schedule,
} from '../core/ports.js';
import { nextPostAt } from './clock.js';
import { EditCoalescer } from './coalescer.js';
import { ReminderDeps, type ReminderServiceOptions } from './deps.js';
import { ReminderJobs } from './jobs.js';
import { unpinnedNote } from './message.js';
import { type ChannelLabel, failureReason, type ReminderAction, type ReminderOutcome } from './outcomes.js';
import { failureWords } from './presenter.js';
import { withRetry } from './retry.js';
import type { ChatPlatform, ReminderKey } from './store.js';

type Resolved =
  | { ok: true; key: ReminderKey; port: ChannelPort; channel: ChannelLabel }
  | { ok: false; outcome: ReminderOutcome };

export class ReminderService implements ReminderPort {
  readonly deps: ReminderDeps;
  /** The background work over the same store and ports, for the scheduler. */
  readonly jobs: ReminderJobs;
  private readonly edits: EditCoalescer<number>;

  constructor(opts: ReminderServiceOptions) {
    this.deps = new ReminderDeps(opts);
    this.jobs = new ReminderJobs(this.deps);
    this.edits = new EditCoalescer((id) => this.refreshMessage(id), {
      intervalMs: opts.editIntervalMs ?? 2_000,
      clock: this.deps.clock,
      timers: this.deps.timers,
    });
  }

  private get store() {
    return this.deps.store;
  }

  private failed(platform: ChatPlatform, err: unknown, action: ReminderAction): ReminderOutcome {
    if (!(err instanceof PlatformError)) this.deps.log.error({ err }, 'reminder operation failed');
    else this.deps.events.platformError?.(platform, err.kind);
    return { kind: 'failed', action, platform, reason: failureReason(err) };
  }

  private resolve(target: ReminderTarget, action: ReminderAction): Resolved {
    const { platform, channel } = target;
    if (!channel.workspaceId) return { ok: false, outcome: { kind: 'no-channel', action } };
    const port = this.deps.port(platform);
    if (!port) return { ok: false, outcome: { kind: 'platform-down', action, platform } };
    return {
      ok: true,
      key: { platform, workspaceId: channel.workspaceId, channelId: channel.id },
      port,
      channel: { name: channel.name ?? null },
    };
  }

  async pin(target: ReminderTarget, schedule: Schedule): Promise<ReminderOutcome> {
    const r = this.resolve(target, 'pin');
    if (!r.ok) return r.outcome;
    const now = this.deps.now();
    // A pin chooses the reminder's language (re-pinning may change it); everything after follows the row.
    const locale = target.locale ?? 'en';
    const version = this.deps.context(locale).contentVersion;
    let acquired: Awaited<ReturnType<typeof this.store.acquire>>;
    try {
      acquired = await this.store.acquire(r.key, {
        now,
        leaseMs: this.deps.leaseMs,
        locale,
        contentVersion: version,
        schedule,
      });
    } catch (err) {
      return this.failed(r.key.platform, err, 'pin');
    }
    if (!acquired.acquired) return { kind: 'busy', action: 'pin' };
    const row = acquired.row;
    const retry = this.deps.retry;
    let messageId = row.messageId;
    const wasPinned = row.state === 'pinned' ? row.messageId : null;
    try {
      const reminder = this.deps.message(row.confirmations, locale);
      if (messageId) {
        // Reuse the channel's message (pinned, or posted earlier with a failed pin): never a second one.
        try {
          await withRetry(retry, () => r.port.edit(r.key, messageId as string, reminder));
        } catch (err) {
          if (!(err instanceof PlatformError && err.kind === 'not-found')) throw err;
          messageId = null;
        }
      }
      if (!messageId) {
        const posted = await withRetry(retry, () => r.port.post(r.key, reminder));
        messageId = posted.id;
        await this.store.markPosted(row.id, messageId);
      }
      try {
        await withRetry(retry, () => r.port.pin(r.key, messageId as string));
      } catch (err) {
        // Our pinned message, refreshed: it may well still be pinned, so it stays a reminder.
        if (wasPinned === messageId) throw err;
        const why = failureWords(r.key.platform, failureReason(err), locale).title;
        await r.port
          .edit(r.key, messageId, unpinnedNote(this.deps.context(locale), why))
          .catch((e: unknown) => {
            this.deps.log.warn(
              { err: e, reminder: row.id },
              'could not turn an unpinned reminder into a note',
            );
          });
        throw err;
      }
      if (wasPinned && wasPinned !== messageId) {
        this.deps.log.debug({ reminder: row.id }, 'replaced a vanished pinned reminder');
      }
      const refreshed = wasPinned === messageId;
      const next = nextPostAt(schedule, now);
      await this.store.markPinned(row.id, {
        messageId,
        pinnedAt: refreshed && row.pinnedAt !== null ? row.pinnedAt : now,
        locale,
        contentVersion: version,
        schedule,
        nextPostAt: next,
      });
      this.deps.log.info(
        { reminder: row.id, platform: r.key.platform, schedule, refreshed },
        'reminder pinned',
      );
      this.deps.events.pinned?.(r.key.platform);
      return {
        kind: 'pinned',
        channel: r.channel,
        refreshed,
        schedule,
        nextPostAt: next,
        confirmations: row.confirmations,
      };
    } catch (err) {
      // A row that never got a message is dropped, so status does not show a reminder that is not there.
      if ((await this.store.get(row.id))?.messageId == null) await this.store.remove(row.id);
      this.deps.log.warn({ reminder: row.id, kind: (err as PlatformError).kind }, 'pin failed');
      return this.failed(r.key.platform, err, 'pin');
    } finally {
      await this.store.release(row.id, row.claimedUntil);
    }
  }

  async unpin(target: ReminderTarget): Promise<ReminderOutcome> {
    const r = this.resolve(target, 'unpin');
    if (!r.ok) return r.outcome;
    const row = await this.store.find(r.key);
    if (!row) return { kind: 'not-pinned', action: 'unpin', channel: r.channel };
    const got = await this.store.acquire(r.key, {
      now: this.deps.now(),
      leaseMs: this.deps.leaseMs,
      contentVersion: row.contentVersion,
      schedule: row.schedule,
    });
    if (got.created) {
      // Removed by another replica between the two reads: there is nothing to unpin.
      await this.store.remove(got.row.id);
      return { kind: 'not-pinned', action: 'unpin', channel: r.channel };
    }
    if (!got.acquired) return { kind: 'busy', action: 'unpin' };
    // The row as it is now, under the lease (another replica may have re-pinned since the first read).
    const held = got.row;
    try {
      if (held.messageId && held.state === 'pinned') {
        await withRetry(this.deps.retry, () => r.port.unpin(r.key, held.messageId as string));
      }
      await this.store.remove(held.id);
      this.deps.log.info({ reminder: held.id, platform: r.key.platform }, 'reminder unpinned');
      this.deps.events.unpinned?.(r.key.platform);
      return { kind: 'unpinned', channel: r.channel, scheduleStopped: held.schedule !== 'off' };
    } catch (err) {
      if (err instanceof PlatformError && (err.kind === 'not-found' || err.kind === 'not-in-channel')) {
        // The message or the channel is out of reach for good: forget the reminder rather than retry forever.
        await this.store.remove(held.id);
        return { kind: 'forgotten', channel: r.channel };
      }
      if (err instanceof PlatformError && err.kind === 'missing-permission') {
        await this.store.setSchedule(held.id, 'off', null);
        this.deps.events.platformError?.(r.key.platform, err.kind);
        return { kind: 'unpin-refused', platform: r.key.platform, reason: err.fields };
      }
      return this.failed(r.key.platform, err, 'unpin');
    } finally {
      await this.store.release(held.id, held.claimedUntil);
    }
  }

  async status(target: ReminderTarget): Promise<ReminderOutcome> {
    const r = this.resolve(target, 'status');
    if (!r.ok) return r.outcome;
    const row = await this.store.find(r.key);
    if (!row) return { kind: 'not-pinned', action: 'status', channel: r.channel };
    return {
      kind: 'status',
      channel: r.channel,
      state: row.state,
      pinnedAt: row.pinnedAt,
      schedule: row.schedule,
      nextPostAt: row.nextPostAt,
      confirmations: row.confirmations,
      factsCurrent: row.contentVersion === this.deps.context(row.locale).contentVersion,
    };
  }

  /** Keyed hash of who clicked: the same member counts once, and the database never sees the raw id. */
  userHash(key: ReminderKey, userId: string): Buffer {
    return createHmac('sha256', this.deps.opts.tallyKey)
      .update(`${key.platform}:${key.workspaceId}:${userId}`)
      .digest();
  }

  async confirm(target: ReminderTarget): Promise<ReminderOutcome> {
    const { platform, channel } = target;
    const key: ReminderKey = { platform, workspaceId: channel.workspaceId ?? '', channelId: channel.id };
    const row = channel.workspaceId ? await this.store.find(key) : undefined;
    if (!row) return { kind: 'confirm-inactive' };
    let counted: { added: boolean; count: number };
    try {
      counted = await this.store.addConfirmation(row.id, this.userHash(key, target.userId));
    } catch (err) {
      // Unpinned by someone else (any replica) between the lookup and the count: nothing left to count in.
      if (!(await this.store.get(row.id).catch(() => row))) return { kind: 'confirm-inactive' };
      return this.failed(platform, err, 'confirm');
    }
    if (counted.added) {
      this.edits.request(row.id);
      this.deps.events.confirmed?.(platform);
    }
    return { kind: 'confirmed', already: !counted.added, count: counted.count };
  }

  /** Edits the pinned message to show the current count and facts (the coalescer decides when). */
  private async refreshMessage(id: number): Promise<void> {
    const row = await this.store.get(id);
    if (row?.state !== 'pinned' || !row.messageId) return;
    const port = this.deps.port(row.platform);
    if (!port) return;
    const version = this.deps.context(row.locale).contentVersion;
    try {
      await withRetry(this.deps.retry, async () =>
        port.edit(
          row,
          row.messageId as string,
          this.deps.message((await this.store.get(id))?.confirmations ?? row.confirmations, row.locale),
        ),
      );
      if (row.contentVersion !== version) await this.store.setContentVersion(id, version);
    } catch (err) {
      this.deps.log.warn({ err, reminder: id }, 'could not update the pinned reminder');
    }
  }

  /** Sends any edits still waiting (shutdown, tests). */
  flush(): Promise<void> {
    return this.edits.flush();
  }
}
