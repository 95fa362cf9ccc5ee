// The app's one call for limits shared through Redis: connect in the background, and keep /healthz and the
// log told which budget counts (shared, or each replica's own while Redis is away).
import type { LimitKind } from '../core/rate-limit.js';
import type { Health } from '../http/health.js';
import type { Logger } from '../log.js';
import { RedisLimitStore, type SharedLimitsState } from './redis-store.js';

export { RedisLimitStore, type SharedLimitsState } from './redis-store.js';

/** The name /healthz lists the shared limits under, in `dependencies`. */
export const HEALTH_NAME = 'rateLimits';

export function openSharedLimits(opts: {
  url: string;
  perMinute: Record<LimitKind, number>;
  health: Health;
  log: Pick<Logger, 'info' | 'warn'>;
  keyPrefix?: string;
}): RedisLimitStore {
  const report = (s: SharedLimitsState) => {
    if (s.state === 'shared') {
      opts.health.setDependency(HEALTH_NAME, { state: 'ok', mode: 'shared through Redis' });
      opts.log.info({ rateLimits: 'shared' }, 'rate limits shared through Redis');
    } else {
      opts.health.setDependency(HEALTH_NAME, {
        state: 'degraded',
        mode: 'per replica, in memory',
        reason: s.state === 'connecting' ? 'connecting to Redis' : s.reason,
      });
      if (s.state === 'local')
        opts.log.warn(
          { rateLimits: 'local', reason: s.reason },
          'Redis unavailable: rate limits per replica',
        );
    }
  };
  const store = new RedisLimitStore({
    url: opts.url,
    perMinute: opts.perMinute,
    onState: report,
    ...(opts.keyPrefix ? { keyPrefix: opts.keyPrefix } : {}),
  });
  report(store.state);
  store.connect();
  return store;
}
