// One call for the app: open the store, build the service and its scheduler, and close them in order.
import type { Logger } from '../log.js';
import type { Clock, Timers } from './clock.js';
import { ReminderScheduler } from './scheduler.js';
import { type ChannelLookup, ReminderService, type ReminderServiceOptions } from './service.js';
import { ReminderStore } from './store.js';

export { ReminderScheduler } from './scheduler.js';
export { ReminderService } from './service.js';
export { ReminderStore, StoreOpenError } from './store.js';

export interface Reminders {
  store: ReminderStore;
  service: ReminderService;
  scheduler: ReminderScheduler;
  /** Stops the scheduler, sends waiting count edits (bounded by `budgetMs`), closes the database. */
  close(budgetMs?: number): Promise<void>;
}

export function openReminders(opts: {
  databasePath: string;
  channels: ChannelLookup;
  log: Logger;
  staleAfterDays?: number;
  clock?: Clock;
  timers?: Timers;
  tickMs?: number;
  service?: Partial<ReminderServiceOptions>;
}): Reminders {
  const store = ReminderStore.open(opts.databasePath);
  const log = opts.log.child({ component: 'reminders' });
  const service = new ReminderService({
    store,
    channels: opts.channels,
    log,
    ...(opts.clock ? { clock: opts.clock } : {}),
    ...(opts.timers ? { timers: opts.timers } : {}),
    ...(opts.staleAfterDays ? { staleAfterDays: opts.staleAfterDays } : {}),
    ...opts.service,
  });
  const scheduler = new ReminderScheduler(service, {
    log,
    ...(opts.timers ? { timers: opts.timers } : {}),
    ...(opts.tickMs ? { intervalMs: opts.tickMs } : {}),
  });
  let closing: Promise<void> | undefined;
  return {
    store,
    service,
    scheduler,
    close(budgetMs = 2_000) {
      closing ??= (async () => {
        service.stop();
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.all([scheduler.stop(), service.flush()]),
          new Promise<void>((r) => {
            timer = setTimeout(r, budgetMs);
          }),
        ]);
        clearTimeout(timer);
        store.close();
      })();
      return closing;
    },
  };
}
