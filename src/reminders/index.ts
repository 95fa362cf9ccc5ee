// One call for the app: open the storage, build the service, its background jobs and their scheduler, and
// close them in order.
import type { Logger } from '../log.js';
import { openStorage, type Storage, type StorageOptions } from '../storage/index.js';
import type { Clock, Timers } from './clock.js';
import type { ChannelLookup, ReminderServiceOptions } from './deps.js';
import type { ReminderJobs } from './jobs.js';
import { ReminderScheduler } from './scheduler.js';
import { ReminderService } from './service.js';

export { StoreOpenError } from '../storage/index.js';
export { ReminderJobs } from './jobs.js';
export { presentReminder } from './presenter.js';
export { ReminderScheduler } from './scheduler.js';
export { ReminderService } from './service.js';

export interface Reminders {
  storage: Storage;
  service: ReminderService;
  jobs: ReminderJobs;
  scheduler: ReminderScheduler;
  /** Stops the scheduler, sends waiting count edits (bounded by `budgetMs`), closes the database. */
  close(budgetMs?: number): Promise<void>;
}

export async function openReminders(opts: {
  storage: StorageOptions;
  channels: ChannelLookup;
  log: Logger;
  staleAfterDays?: number;
  clock?: Clock;
  timers?: Timers;
  tickMs?: number;
  service?: Partial<ReminderServiceOptions>;
}): Promise<Reminders> {
  const log = opts.log.child({ component: 'reminders' });
  const storage = await openStorage({ log, ...opts.storage });
  const service = new ReminderService({
    store: storage.reminders,
    tallyKey: storage.tallyKey,
    channels: opts.channels,
    log,
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.timers ? { timers: opts.timers } : {}),
    ...(opts.staleAfterDays ? { staleAfterDays: opts.staleAfterDays } : {}),
    ...opts.service,
  });
  const { jobs } = service;
  const scheduler = new ReminderScheduler(jobs, {
    log,
    ...(opts.timers ? { timers: opts.timers } : {}),
    ...(opts.tickMs ? { intervalMs: opts.tickMs } : {}),
  });
  let closing: Promise<void> | undefined;
  return {
    storage,
    service,
    jobs,
    scheduler,
    close(budgetMs = 2_000) {
      closing ??= (async () => {
        jobs.stop();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.all([scheduler.stop(), service.flush()]),
          new Promise<void>((r) => {
            timer = setTimeout(r, budgetMs);
          }),
        ]);
        clearTimeout(timer);
        await storage.close();
      })();
      return closing;
    },
  };
}
