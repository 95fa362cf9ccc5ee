// Time and timers behind interfaces, so tests and benchmarks can drive the scheduler and the debouncer.

export interface Clock {
  now(): Date;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Real time. Timers are unref'd: the HTTP server and the platform clients decide when the process lives. */
export const systemClock: Clock & Timers = {
  now: () => new Date(),
  setTimeout(fn, ms) {
    const t = setTimeout(fn, ms);
    t.unref();
    return t;
  },
  clearTimeout(handle) {
    clearTimeout(handle as NodeJS.Timeout);
  },
};

export const DAY_MS = 86_400_000;
export const WEEK_MS = 7 * DAY_MS;

/** The same day and time one calendar month later, clamped to the month's last day (31 Jan → 28/29 Feb). */
export function addMonthUtc(ms: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  const target = new Date(ms);
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + 1);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.getTime();
}

export function nextPostAt(schedule: 'off' | 'weekly' | 'monthly', fromMs: number): number | null {
  if (schedule === 'weekly') return fromMs + WEEK_MS;
  if (schedule === 'monthly') return addMonthUtc(fromMs);
  return null;
}
