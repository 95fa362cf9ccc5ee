// A reminder service over an in-memory (or file) database, a manual clock and fake channel ports.
import pino from 'pino';
import type { ReminderTarget } from '../../src/core/ports.js';
import type { Reply } from '../../src/core/reply.js';
import { ReminderService, type ReminderServiceOptions } from '../../src/reminders/service.js';
import { ReminderStore } from '../../src/reminders/store.js';
import { FakeChannelPort } from '../fakes/channel-port.js';
import { FIXED_NOW } from '../helpers.js';
import { ManualClock } from './manual-clock.js';

export const silentLog = pino({ level: 'silent' });

export interface Harness {
  clock: ManualClock;
  store: ReminderStore;
  discord: FakeChannelPort;
  slack: FakeChannelPort;
  channels: Map<'discord' | 'slack', FakeChannelPort>;
  service: ReminderService;
  /** Every delay the retry policy asked to sleep for. */
  sleeps: number[];
}

export function harness(
  opts: {
    path?: string;
    clock?: ManualClock;
    discord?: FakeChannelPort;
    slack?: FakeChannelPort;
    service?: Partial<ReminderServiceOptions>;
  } = {},
): Harness {
  const clock = opts.clock ?? new ManualClock(FIXED_NOW);
  const store = ReminderStore.open(opts.path ?? ':memory:');
  const discord = opts.discord ?? new FakeChannelPort();
  const slack = opts.slack ?? new FakeChannelPort();
  const channels = new Map<'discord' | 'slack', FakeChannelPort>([
    ['discord', discord],
    ['slack', slack],
  ]);
  const sleeps: number[] = [];
  const service = new ReminderService({
    store,
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
  return { clock, store, discord, slack, channels, service, sleeps };
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
