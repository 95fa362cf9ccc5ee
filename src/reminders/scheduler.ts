// The loop that re-posts scheduled reminders. State lives in the database, so a restart just carries on.
import type { Logger } from '../log.js';
import { systemClock, type Timers } from './clock.js';
import type { RunSummary } from './jobs.js';

export interface DueRunner {
  runDue(): Promise<RunSummary>;
  /** Pinned messages still showing older facts (say, their platform was not up at start-up). */
  refreshContent?(): Promise<unknown>;
}

export class ReminderScheduler {
  private timer: unknown;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly runner: DueRunner,
    private readonly opts: {
      log: Pick<Logger, 'error'>;
      timers?: Timers;
      /** Time between ticks; a tick that is still running when the next is due is not doubled. */
      intervalMs?: number;
    },
  ) {}

  private get timers(): Timers {
    return this.opts.timers ?? systemClock;
  }

  /** Starts ticking; the first tick runs at once, so reminders that fell due during downtime go out now. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.tick();
  }

  /** One pass over the due reminders. Never rejects: a failure is logged and the next tick tries again. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.runner
      .runDue()
      .then(() => this.runner.refreshContent?.())
      .then(
        () => undefined,
        (err: unknown) => this.opts.log.error({ err }, 'reminder scheduler tick failed'),
      )
      .finally(() => {
        this.running = undefined;
        if (!this.stopped && this.timer === undefined) {
          this.timer = this.timers.setTimeout(() => {
            this.timer = undefined;
            void this.tick();
          }, this.opts.intervalMs ?? 60_000);
        }
      });
    return this.running;
  }

  /** Stops ticking and waits for a tick in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
