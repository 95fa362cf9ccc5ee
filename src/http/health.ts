// Each platform's state, as /healthz reports it.

export type PlatformState = 'starting' | 'connected' | 'ready' | 'reconnecting' | 'down';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  platforms: Record<string, { state: PlatformState; mode: string; since: string }>;
}

export class Health {
  private readonly platforms = new Map<string, { state: PlatformState; mode: string; since: Date }>();

  set(name: string, mode: string, state: PlatformState): void {
    const prev = this.platforms.get(name);
    if (prev && prev.state === state && prev.mode === mode) return;
    this.platforms.set(name, { state, mode, since: new Date() });
  }

  report(): HealthReport {
    const entries = [...this.platforms.entries()];
    const up = (s: PlatformState) => s === 'connected' || s === 'ready';
    const upCount = entries.filter(([, p]) => up(p.state)).length;
    // Down only when nothing configured works; one platform out of two reconnecting is degraded, not down.
    const status =
      entries.length === 0 || upCount === entries.length ? 'ok' : upCount === 0 ? 'down' : 'degraded';
    return {
      status: entries.length > 0 && entries.every(([, p]) => p.state === 'starting') ? 'degraded' : status,
      platforms: Object.fromEntries(
        entries.map(([n, p]) => [n, { state: p.state, mode: p.mode, since: p.since.toISOString() }]),
      ),
    };
  }
}
