// /healthz and /metrics: start-up attempts, the reason for down, reconnects, and per-shard state.
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { Health } from '../../src/http/health.js';
import { Metrics } from '../../src/http/metrics.js';

describe('Health detail', () => {
  it('shows attempts and the last error while starting, and drops them once connected', () => {
    const h = new Health(() => new Date('2026-01-01T00:00:00Z'));
    h.set('slack', 'socket', 'starting');
    h.set('slack', 'socket', 'starting', { attempts: 1, lastError: 'dns' });
    h.set('slack', 'socket', 'starting', { attempts: 2, lastError: 'refused' });
    expect(h.report()).toEqual({
      status: 'degraded',
      platforms: {
        slack: {
          state: 'starting',
          mode: 'socket',
          since: '2026-01-01T00:00:00.000Z',
          attempts: 2,
          lastError: 'refused',
        },
      },
    });
    h.set('slack', 'socket', 'connected');
    expect(h.report().platforms.slack).toEqual({
      state: 'connected',
      mode: 'socket',
      since: '2026-01-01T00:00:00.000Z',
    });
  });

  it('counts each lost connection once, however many tries it takes', () => {
    const h = new Health();
    h.set('discord', 'gateway', 'ready');
    h.set('discord', 'gateway', 'reconnecting');
    h.set('discord', 'gateway', 'reconnecting');
    h.set('discord', 'gateway', 'ready');
    h.set('discord', 'gateway', 'reconnecting');
    h.set('discord', 'gateway', 'ready');
    expect(h.report().platforms.discord).toMatchObject({ state: 'ready', reconnects: 2 });
  });

  it('is down with the reason when a token was refused', () => {
    const h = new Health();
    h.set('discord', 'http', 'down', { reason: 'DISCORD_TOKEN refused (401)' });
    // A later stop does not erase why.
    h.set('discord', 'http', 'down');
    const r = h.report();
    expect(r).toMatchObject({
      status: 'down',
      platforms: { discord: { reason: 'DISCORD_TOKEN refused (401)' } },
    });
    expect(Health.httpStatus(r)).toBe(503);
  });
});

describe('Metrics.watchPlatforms', () => {
  it('exports the state of each platform and its reconnects, read from the health report', async () => {
    const h = new Health();
    const m = new Metrics(
      commands.map((c) => c.spec),
      { defaultMetrics: false },
    );
    m.watchPlatforms(() => h.report().platforms);
    h.set('discord', 'gateway', 'ready');
    h.set('slack', 'socket', 'starting', { attempts: 3, lastError: 'timeout' });
    let text = await m.text();
    expect(text).toContain('bot_platform_state{platform="discord",state="ready"} 1');
    expect(text).toContain('bot_platform_state{platform="discord",state="reconnecting"} 0');
    expect(text).toContain('bot_platform_state{platform="slack",state="starting"} 1');
    expect(text).toContain('# TYPE bot_platform_reconnects_total counter');

    h.set('discord', 'gateway', 'reconnecting');
    h.set('discord', 'gateway', 'ready');
    h.set('discord', 'gateway', 'reconnecting');
    text = await m.text();
    expect(text).toContain('bot_platform_state{platform="discord",state="reconnecting"} 1');
    expect(text).toContain('bot_platform_state{platform="discord",state="ready"} 0');
    expect(text).toContain('bot_platform_reconnects_total{platform="discord"} 2');
    // Scraped again without a new reconnect: the counter does not move.
    text = await m.text();
    expect(text).toContain('bot_platform_reconnects_total{platform="discord"} 2');
  });
});

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
