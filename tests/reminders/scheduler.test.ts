import { describe, expect, it } from 'vitest';
import { ReminderScheduler } from '../../src/reminders/scheduler.js';
import { FIXED_NOW } from '../helpers.js';
import { ManualClock, settle } from './manual-clock.js';
import { silentLog } from './setup.js';

describe('scheduler loop', () => {
  it('ticks at start, then every interval, survives a failing tick and stops cleanly', async () => {
    const clock = new ManualClock(FIXED_NOW);
    let runs = 0;
    const errors: unknown[] = [];
    let refreshes = 0;
    const runner = {
      async runDue() {
        runs++;
        if (runs === 2) throw new Error('database busy');
        return { posted: 0, failed: 0 };
      },
      async refreshContent() {
        refreshes++;
      },
    };
    const scheduler = new ReminderScheduler(runner, {
      log: { error: (o: unknown) => errors.push(o) } as never,
      timers: clock,
      intervalMs: 60_000,
    });
    scheduler.start();
    await settle();
    expect(runs).toBe(1);
    await clock.advance(59_999);
    expect(runs).toBe(1);
    await clock.advance(1);
    expect(runs).toBe(2);
    expect(errors).toHaveLength(1);
    await clock.advance(60_000);
    expect(runs).toBe(3);
    // The pass whose due run failed skipped its refresh; the others refreshed.
    expect(refreshes).toBe(2);
    await scheduler.stop();
    await clock.advance(10 * 60_000);
    expect(runs).toBe(3);
    expect(clock.timerCount).toBe(0);
  });

  it('never runs two passes at once in one process', async () => {
    const clock = new ManualClock(FIXED_NOW);
    let active = 0;
    let maxActive = 0;
    let release: () => void = () => {};
    const runner = {
      async runDue() {
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise<void>((r) => {
          release = r;
        });
        active--;
        return { posted: 0, failed: 0 };
      },
    };
    const scheduler = new ReminderScheduler(runner, { log: silentLog, timers: clock, intervalMs: 1_000 });
    scheduler.start();
    const again = scheduler.tick();
    await clock.advance(5_000);
    expect(maxActive).toBe(1);
    release();
    await again;
    const stopped = scheduler.stop();
    release();
    await stopped;
    expect(maxActive).toBe(1);
  });
});
