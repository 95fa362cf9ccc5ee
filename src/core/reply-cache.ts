// The one reply cache of an instance: answers that depend on nothing but the content and the command line
// (the guides and topics a spec declares `cacheable`), with what each renderer made of them. Keyed by the raw
// line, so a hit skips parsing as well as rendering; the canonical labels are kept for the metrics.
import type { CachedReply, PipelineOutcome } from './request.js';

/** Valid lines are few (a few dozen guides and topics), so a full cache means junk input: start over. */
const DEFAULT_MAX = 512;
/** Longer lines are never guides or topics worth keeping. */
export const CACHEABLE_LINE_MAX = 100;

export class ReplyCache {
  private readonly entries = new Map<string, CachedReply>();

  constructor(private readonly max = DEFAULT_MAX) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedReply | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: Omit<CachedReply, 'renderings'>): CachedReply {
    if (this.entries.size >= this.max) this.entries.clear();
    const cached: CachedReply = { ...entry, reply: deepFreeze(entry.reply), renderings: new Map() };
    this.entries.set(key, cached);
    return cached;
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Renders an outcome once per renderer while it stays cached. The rendering is frozen: one object answers many
 * requests, and the HTTP layers reuse its JSON by identity.
 */
export function renderOnce<T>(
  outcome: PipelineOutcome,
  renderer: string,
  render: (o: PipelineOutcome) => T,
): T {
  const cached = outcome.cached;
  if (!cached) return render(outcome);
  const hit = cached.renderings.get(renderer);
  if (hit !== undefined) return hit as T;
  const value = deepFreeze(render(outcome));
  cached.renderings.set(renderer, value);
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
