// Each platform's state, as /healthz reports it (docs/OPERATIONS.md, "Health").
//
// ok:       every configured platform is connected (gateway, Socket Mode) or ready (HTTP mode), or none is configured.
// degraded: something is starting (retrying, with its attempt count and last error) or reconnecting; the process
//           is alive and will recover on its own (200). Also while a shared dependency the process can do without
//           is unreachable (Redis for the rate limits): it keeps answering with a local fallback, and
//           `dependencies` says why.
// down:     a configured platform gave up ('down', e.g. its token was refused: `reason` says so), or the process
//           is shutting down (503), so a supervisor or load balancer stops sending traffic.

export type PlatformState = 'starting' | 'connected' | 'ready' | 'reconnecting' | 'down';

/** Why a platform is in its state: start-up attempts that failed so far and the last failure, or why it is down. */
export interface StateDetail {
  /** Failed start-up attempts so far (the platform is retrying). */
  attempts?: number;
  /** What the last attempt ran into: dns, refused, timeout, reset, rate-limited, http, network, other. */
  lastError?: string;
  /** Why the platform is down for good, e.g. "DISCORD_TOKEN refused (401)". */
  reason?: string;
}

export interface PlatformHealth extends StateDetail {
  state: PlatformState;
  mode: string;
  since: string;
  /** Times the connection was lost and re-established on its own (present once it happened). */
  reconnects?: number;
  /** Discord gateway shards this process runs, by shard id. */
  shards?: Record<string, { state: PlatformState; since: string }>;
}

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  platforms: Record<string, PlatformHealth>;
  /** Shared services the process can run without for a while (`rateLimits`: Redis); present once set. */
  dependencies?: Record<string, DependencyReport>;
  /** Present while the process is stopping. */
  shuttingDown?: true;
}

export interface DependencyReport {
  /** `ok`: in use; `degraded`: unreachable, a local fallback is used instead (see `reason`). */
  state: 'ok' | 'degraded';
  /** What the process does meanwhile or why, in words for an operator. */
  mode: string;
  since: string;
  reason?: string;
}

interface Entry {
  state: PlatformState;
  mode: string;
  since: Date;
  detail: StateDetail;
  reconnects: number;
}

export class Health {
  private readonly dependencies = new Map<string, Omit<DependencyReport, 'since'> & { since: Date }>();
  private readonly platforms = new Map<string, Entry>();
  private readonly shards = new Map<string, Map<number, { state: PlatformState; since: Date }>>();
  private stopping = false;

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** A new state starts with `detail` alone; the same state again only updates the detail. */
  set(name: string, mode: string, state: PlatformState, detail?: StateDetail): void {
    const prev = this.platforms.get(name);
    if (prev && prev.state === state && prev.mode === mode) {
      if (detail) prev.detail = { ...prev.detail, ...detail };
      return;
    }
    // Counted on entering `reconnecting`: one lost connection, however many tries it takes to come back.
    const reconnects = (prev?.reconnects ?? 0) + (state === 'reconnecting' ? 1 : 0);
    this.platforms.set(name, { state, mode, since: this.now(), detail: detail ?? {}, reconnects });
  }

  /** One shard's state; the platform's own state stays whatever `set` last said (the adapter sums them up). */
  setShard(name: string, shardId: number, state: PlatformState): void {
    const shards = this.shards.get(name) ?? new Map<number, { state: PlatformState; since: Date }>();
    this.shards.set(name, shards);
    if (shards.get(shardId)?.state === state) return;
    shards.set(shardId, { state, since: this.now() });
  }

  /** A shared dependency's state: `degraded` makes the whole report degraded (never down: there is a fallback). */
  setDependency(name: string, d: { state: DependencyReport['state']; mode: string; reason?: string }): void {
    const prev = this.dependencies.get(name);
    if (prev && prev.state === d.state && prev.mode === d.mode && prev.reason === d.reason) return;
    this.dependencies.set(name, { ...d, since: this.now() });
  }

  /** Marks the process as stopping: /healthz answers 503 from now on. */
  shuttingDown(): void {
    this.stopping = true;
  }

  report(): HealthReport {
    const states = [...this.platforms.values()].map((p) => p.state);
    const up = (s: PlatformState) => s === 'connected' || s === 'ready';
    const dependenciesUp = [...this.dependencies.values()].every((d) => d.state === 'ok');
    const status: HealthReport['status'] =
      this.stopping || states.includes('down')
        ? 'down'
        : states.every(up) && dependenciesUp
          ? 'ok'
          : 'degraded';
    return {
      status,
      platforms: Object.fromEntries(
        [...this.platforms.entries()].map(([n, p]) => [
          n,
          {
            state: p.state,
            mode: p.mode,
            since: p.since.toISOString(),
            ...p.detail,
            ...(p.reconnects > 0 ? { reconnects: p.reconnects } : {}),
            ...(this.shards.has(n) ? { shards: this.shardReport(n) } : {}),
          },
        ]),
      ),
      ...(this.dependencies.size
        ? {
            dependencies: Object.fromEntries(
              [...this.dependencies.entries()].map(([n, d]) => [
                n,
                {
                  state: d.state,
                  mode: d.mode,
                  since: d.since.toISOString(),
                  ...(d.reason ? { reason: d.reason } : {}),
                },
              ]),
            ),
          }
        : {}),
      ...(this.stopping ? { shuttingDown: true as const } : {}),
    };
  }

  private shardReport(name: string): Record<string, { state: PlatformState; since: string }> {
    const shards = [...(this.shards.get(name) ?? new Map()).entries()].sort(([a], [b]) => a - b);
    return Object.fromEntries(
      shards.map(([id, s]) => [String(id), { state: s.state, since: s.since.toISOString() }]),
    );
  }

  /** HTTP status for the report: 200 unless down. */
  static httpStatus(report: HealthReport): number {
    return report.status === 'down' ? 503 : 200;
  }
}
