// Retries platform calls that failed for a passing reason (outage, rate limit), with exponential backoff.
import { PlatformError } from '../core/ports.js';

export interface RetryPolicy {
  /** Total attempts, the first included. */
  tries: number;
  /** Delay before the second attempt; doubled for each one after (plus up to 25% jitter). */
  baseMs: number;
  sleep: (ms: number) => Promise<void>;
}

export function isTransient(err: unknown): boolean {
  return err instanceof PlatformError && (err.kind === 'unavailable' || err.kind === 'rate-limited');
}

export async function withRetry<T>(policy: RetryPolicy, fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= policy.tries || !isTransient(err)) throw err;
      const delay = policy.baseMs * 2 ** (attempt - 1);
      await policy.sleep(Math.round(delay * (1 + Math.random() * 0.25)));
    }
  }
}
