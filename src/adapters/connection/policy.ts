// The one start-up policy for every platform connection (Discord gateway and HTTP mode, Slack Socket Mode and
// HTTP mode): a transient failure is retried for ever with exponential backoff and jitter, shown in /healthz
// and logged at warn once per attempt; a refused token is never retried: it is reported once and the process
// exits 78 (the app's `onRefused` decides that, not the adapters). After start-up the libraries reconnect on
// their own; a token revoked while running comes through `revoked` and ends the same way.
import type { Health } from '../../http/health.js';
import type { Logger } from '../../log.js';
import { classifyFailure, type Failure } from './failure.js';
import {
  CredentialRefused,
  type CredentialVariable,
  type Refusal,
  refusalLine,
  refusalReason,
} from './refusal.js';

export interface Backoff {
  /** The first wait, doubled after every failure... */
  initialMs: number;
  /** ...up to this. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 60_000 };

/** The backoff for a first wait of `initialMs` (STARTUP_RETRY_INITIAL_MS, for tests): the cap is 60 times it. */
export function backoffFrom(initialMs: number): Backoff {
  return { initialMs, maxMs: initialMs * 60 };
}

/**
 * The wait after `failures` failed attempts: `initialMs` doubled each time up to `maxMs`, then "equal jitter"
 * (half of it fixed, half random), so many bots restarted by one network outage do not retry in step.
 */
export function retryDelayMs(failures: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(Math.max(failures - 1, 0), 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface ConnectTarget {
  platform: 'discord' | 'slack';
  mode: string;
  /** The variable holding the token this call presents. */
  variable: CredentialVariable;
  /** What is being called, for the log: `GET /gateway/bot`, `auth.test`, `apps.connections.open`. */
  call: string;
}

export interface ConnectionsOptions {
  health: Health;
  log: Logger;
  backoff?: Backoff;
  /** Called once, for the first refused token; the app exits 78 from here. */
  onRefused?: (refusal: Refusal) => void;
  random?: () => number;
}

/** What a transient failure was, in the words of the warn line. */
export function describeFailure(f: Extract<Failure, { credential: false }>): string {
  switch (f.kind) {
    case 'dns':
      return `DNS lookup failed (${f.detail})`;
    case 'refused':
      return 'connection refused';
    case 'timeout':
      return 'timed out';
    case 'reset':
      return 'connection reset';
    case 'rate-limited':
      return 'rate limited (HTTP 429)';
    case 'http':
      return f.detail;
    case 'network':
      return `network error (${f.detail})`;
    default:
      return f.detail;
  }
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function wait(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve(false);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class Connections {
  private refused: Refusal | undefined;
  private readonly backoff: Backoff;

  constructor(private readonly opts: ConnectionsOptions) {
    this.backoff = opts.backoff ?? DEFAULT_BACKOFF;
  }

  /**
   * Runs `attempt` until it succeeds and returns its result. A transient failure is retried for ever;
   * a refused token throws CredentialRefused (after reporting it); undefined once `signal` aborts (the
   * platform is stopping). The adapter sets the state it reaches on success (ready, connected).
   */
  async connect<T>(
    target: ConnectTarget,
    attempt: () => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T | undefined> {
    const { health, log } = this.opts;
    for (let failures = 0; ; ) {
      if (signal?.aborted) return undefined;
      try {
        return await attempt();
      } catch (err) {
        if (signal?.aborted) return undefined;
        const failure = classifyFailure(err);
        if (failure.credential) {
          const refusal: Refusal = {
            platform: target.platform,
            variable: target.variable,
            code: failure.code,
            phase: 'start-up',
          };
          this.refuse(refusal, target.mode);
          throw new CredentialRefused(refusal);
        }
        failures++;
        const delayMs = retryDelayMs(failures, this.backoff, this.opts.random);
        health.set(target.platform, target.mode, 'starting', { attempts: failures, lastError: failure.kind });
        log.warn(
          {
            platform: target.platform,
            call: target.call,
            attempt: failures,
            kind: failure.kind,
            ...(failure.status === undefined ? {} : { status: failure.status }),
            retryInMs: delayMs,
          },
          `${target.platform}: ${target.call} failed (${describeFailure(failure)}); retrying in ${delayMs} ms`,
        );
        if (!(await wait(delayMs, signal))) return undefined;
      }
    }
  }

  /** A token that worked was refused while running (revoked, reset): reported once, then the process exits 78. */
  revoked(target: Omit<ConnectTarget, 'call'>, code: string): void {
    this.refuse(
      { platform: target.platform, variable: target.variable, code, phase: 'running' },
      target.mode,
    );
  }

  /** The first refusal, if any (later ones are the same outage seen through another call). */
  get refusal(): Refusal | undefined {
    return this.refused;
  }

  private refuse(refusal: Refusal, mode: string): void {
    if (this.refused) return;
    this.refused = refusal;
    this.opts.health.set(refusal.platform, mode, 'down', { reason: refusalReason(refusal) });
    this.opts.log.error(
      { platform: refusal.platform, variable: refusal.variable, code: refusal.code, phase: refusal.phase },
      refusalLine(refusal),
    );
    this.opts.onRefused?.(refusal);
  }
}
