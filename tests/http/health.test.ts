// Per-shard state in the health report: listed by shard id under the platform, without changing its status.
import { describe, expect, it } from 'vitest';
import { Health } from '../../src/http/health.js';

describe('Health shards', () => {
  it('lists each shard under its platform, in id order, with when it last changed', () => {
    let now = new Date('2026-11-29T12:00:00Z');
    const health = new Health(() => now);
    health.set('discord', 'gateway', 'starting');
    health.setShard('discord', 1, 'starting');
    health.setShard('discord', 0, 'ready');
    now = new Date('2026-11-29T12:00:05Z');
    health.setShard('discord', 1, 'ready');
    health.setShard('discord', 0, 'ready');
    expect(health.report().platforms.discord?.shards).toEqual({
      '0': { state: 'ready', since: '2026-11-29T12:00:00.000Z' },
      '1': { state: 'ready', since: '2026-11-29T12:00:05.000Z' },
    });
    // The platform's own state is the adapter's to set.
    expect(health.report().status).toBe('degraded');
  });

  it('shows no shards for platforms without them', () => {
    const health = new Health();
    health.set('slack', 'socket', 'connected');
    expect(health.report().platforms.slack).not.toHaveProperty('shards');
  });
});
