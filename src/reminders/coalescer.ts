// Coalesces edits of one pinned message: a burst of clicks makes one edit at once, then at most one edit per
// interval, and always a trailing edit after the last click so the final count is what the channel sees.
import type { Clock, Timers } from './clock.js';

interface Slot {
  timer?: unknown;
  inFlight?: Promise<void>;
  /** A change arrived that no started edit has picked up yet. */
  dirty: boolean;
  lastStart: number;
}

export class EditCoalescer<K> {
  private readonly slots = new Map<K, Slot>();

  constructor(
    private readonly run: (key: K) => Promise<void>,
    private readonly opts: { intervalMs: number; clock: Clock; timers: Timers },
  ) {}

  /** Something changed for `key`; the edit that follows reads the latest state when it starts. */
  request(key: K): void {
    if (this.slots.size > 256) this.prune();
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { dirty: false, lastStart: Number.NEGATIVE_INFINITY };
      this.slots.set(key, slot);
    }
    slot.dirty = true;
    this.schedule(key, slot);
  }

  private schedule(key: K, slot: Slot): void {
    if (slot.timer !== undefined || slot.inFlight) return;
    const wait = slot.lastStart + this.opts.intervalMs - this.opts.clock.now().getTime();
    if (wait <= 0) {
      this.fire(key, slot);
      return;
    }
    slot.timer = this.opts.timers.setTimeout(() => {
      slot.timer = undefined;
      this.fire(key, slot);
    }, wait);
  }

  private fire(key: K, slot: Slot): void {
    slot.dirty = false;
    slot.lastStart = this.opts.clock.now().getTime();
    slot.inFlight = this.run(key)
      .catch(() => {
        // `run` reports its own failures; a failed edit must not stop later ones.
      })
      .finally(() => {
        slot.inFlight = undefined;
        // The slot stays (idle) so the next click within the interval still waits for its turn.
        if (slot.dirty) this.schedule(key, slot);
      });
  }

  private idle(slot: Slot): boolean {
    return slot.timer === undefined && !slot.inFlight && !slot.dirty;
  }

  /** Forgets idle slots whose interval has passed: they would fire at once anyway. */
  private prune(): void {
    const now = this.opts.clock.now().getTime();
    for (const [key, slot] of this.slots) {
      if (this.idle(slot) && slot.lastStart + this.opts.intervalMs <= now) this.slots.delete(key);
    }
  }

  /** Runs every waiting edit now and resolves when none is pending or in flight (shutdown, tests). */
  async flush(): Promise<void> {
    for (;;) {
      const busy = [...this.slots.entries()].filter(([, s]) => !this.idle(s));
      if (busy.length === 0) return;
      for (const [key, slot] of busy) {
        if (slot.timer !== undefined) {
          this.opts.timers.clearTimeout(slot.timer);
          slot.timer = undefined;
          if (!slot.inFlight) this.fire(key, slot);
        }
      }
      await Promise.all(busy.map(([, s]) => s.inFlight));
      // Let `finally` handlers run before looking again.
      await new Promise<void>((r) => setImmediate(r));
    }
  }

  /** Pending (not started) edits, for tests and status. */
  get pending(): number {
    return [...this.slots.values()].filter((s) => !this.idle(s)).length;
  }
}
