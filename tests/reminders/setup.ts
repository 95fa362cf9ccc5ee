// A reminder service over an in-memory (or file, or PostgreSQL) database, a manual clock and fake channel
// ports. `reply` runs the service and presents its outcome the way the command does.
import pino from 'pino';
import type { ReminderTarget, Schedule } from '../../src/core/ports.js';
import type { Reply } from '../../src/core/reply.js';
import type { ReminderServiceOptions } from '../../src/reminders/deps.js';
import type { ReminderJobs } from '../../src/reminders/jobs.js';
import { presentReminder } from '../../src/reminders/presenter.js';
import { ReminderService } from '../../src/reminders/service.js';
import type { ReminderStore } from '../../src/reminders/store.js';
import { openStorage, type Storage } from '../../src/storage/index.js';
import { FakeChannelPort } from '../fakes/channel-port.js';
import { FIXED_NOW } from '../helpers.js';
import { ManualClock } from './manual-clock.js';

export const silentLog = pino({ level: 'silent' });

export interface Harness {
  clock: ManualClock;
  storage: Storage;
  store: ReminderStore;
  discord: FakeChannelPort;
  slack: FakeChannelPort;
  channels: Map<'discord' | 'slack', FakeChannelPort>;
  service: ReminderService;
  jobs: ReminderJobs;
  /** The service's outcomes as the Replies a moderator or member reads. */
  reply: {
    pin(t: ReminderTarget, schedule: Schedule): Promise<Reply>;
    unpin(t: ReminderTarget): Promise<Reply>;
    status(t: ReminderTarget): Promise<Reply>;
    confirm(t: ReminderTarget): Promise<Reply>;
  };
  /** Every delay the retry policy asked to sleep for. */
  sleeps: number[];
}

export async function harness(
  opts: {
    path?: string;
    databaseUrl?: string;
    encryptionKey?: Buffer;
    clock?: ManualClock;
    discord?: FakeChannelPort;
    slack?: FakeChannelPort;
    service?: Partial<ReminderServiceOptions>;
  } = {},
): Promise<Harness> {
  const clock = opts.clock ?? new ManualClock(FIXED_NOW);
  const storage = await openStorage({
    databasePath: opts.path ?? ':memory:',
    ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl, poolSize: 4 } : {}),
    ...(opts.encryptionKey ? { encryptionKey: opts.encryptionKey } : {}),
  });
  const discord = opts.discord ?? new FakeChannelPort();
  const slack = opts.slack ?? new FakeChannelPort();
  const channels = new Map<'discord' | 'slack', FakeChannelPort>([
    ['discord', discord],
    ['slack', slack],
  ]);
  const sleeps: number[] = [];
  const service = new ReminderService({
    store: storage.reminders,
    tallyKey: storage.tallyKey,
    channels,
    log: silentLog,
    clock,
    timers: clock,
    retry: {
      baseMs: 100,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    },
    ...opts.service,
  });
  const ctx = () => ({ ...service.deps.context(), now: clock.now() });
  const reply: Harness['reply'] = {
    pin: async (t, s) => presentReminder(ctx(), await service.pin(t, s)),
    unpin: async (t) => presentReminder(ctx(), await service.unpin(t)),
    status: async (t) => presentReminder(ctx(), await service.status(t)),
    confirm: async (t) => presentReminder(ctx(), await service.confirm(t)),
  };
  const { jobs } = service;
  return { clock, storage, store: storage.reminders, discord, slack, channels, service, jobs, reply, sleeps };
}

export function target(
  userId = 'U1',
  channelId = 'C1',
  platform: 'discord' | 'slack' = 'discord',
  workspaceId: string | null = 'G1',
): ReminderTarget {
  return { platform, userId, channel: { id: channelId, workspaceId, name: 'general' } };
}

/** The "I've turned it off" button of a reminder message. */
export function confirmButton(reply: Reply) {
  return reply.actions.find((a) => a.command === '/linkedin-reminder confirm');
}

export function lines(reply: Reply): string[] {
  return reply.sections.flatMap((s) => (s.kind === 'text' ? [s.text] : s.items));
}
