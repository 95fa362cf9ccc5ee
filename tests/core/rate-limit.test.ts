// Token buckets with a fake clock: bursts, refill, per-key isolation, bounded memory, the polite reply.
import { describe, expect, it } from 'vitest';
import { renderDiscord } from '../../src/adapters/discord/render.js';
import { type LimitResult, Limits, TokenBuckets } from '../../src/core/rate-limit.js';
import { testContext } from '../helpers.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('TokenBuckets', () => {
  it('allows a burst of `capacity`, then refuses with the wait until the next token', () => {
    const c = clock();
    const b = new TokenBuckets({ capacity: 10, perMinute: 10, now: c.now });
    for (let i = 0; i < 10; i++) expect(b.take('u').allowed).toBe(true);
    expect(b.take('u')).toEqual({ allowed: false, retryAfterMs: 6000 });
    c.advance(3000);
    expect(b.take('u')).toEqual({ allowed: false, retryAfterMs: 3000 });
    c.advance(3000);
    expect(b.take('u').allowed).toBe(true);
    expect(b.take('u').allowed).toBe(false);
  });

  it('refills to capacity and no further', () => {
    const c = clock();
    const b = new TokenBuckets({ capacity: 3, perMinute: 3, now: c.now });
    for (let i = 0; i < 3; i++) b.take('u');
    c.advance(10 * 60_000);
    expect([1, 2, 3, 4].map(() => b.take('u').allowed)).toEqual([true, true, true, false]);
  });

  it('keeps keys apart', () => {
    const c = clock();
    const b = new TokenBuckets({ capacity: 1, perMinute: 1, now: c.now });
    expect(b.take('discord:1').allowed).toBe(true);
    expect(b.take('discord:1').allowed).toBe(false);
    expect(b.take('slack:1').allowed).toBe(true);
  });

  it('does not mint tokens when the clock steps backwards', () => {
    const c = clock();
    const b = new TokenBuckets({ capacity: 1, perMinute: 1, now: c.now });
    b.take('u');
    c.advance(-3_600_000);
    expect(b.take('u').allowed).toBe(false);
  });

  it('forgets idle keys once their bucket is full again', () => {
    const c = clock();
    const b = new TokenBuckets({ capacity: 2, perMinute: 2, now: c.now });
    for (let i = 0; i < 1000; i++) b.take(`user-${i}`);
    expect(b.size).toBe(1000);
    c.advance(60_001);
    b.take('someone');
    expect(b.size).toBe(1);
  });

  it('never tracks more than maxKeys, dropping the least recently used', () => {
    const c = clock();
    const b = new TokenBuckets({ capacity: 1, perMinute: 1, maxKeys: 100, now: c.now });
    b.take('old');
    for (let i = 0; i < 10_000; i++) b.take(`flood-${i}`);
    expect(b.size).toBe(100);
    // Forgetting a key can only ever be generous: "old" starts over with a full bucket.
    expect(b.take('old').allowed).toBe(true);
  });
});

describe('Limits', () => {
  it('gives a polite ephemeral reply naming the wait, and counts it', async () => {
    const c = clock();
    const limited: string[] = [];
    const limits = new Limits({
      commandsPerMinute: 2,
      sharesPerMinute: 1,
      now: c.now,
      context: () => testContext(),
      command: 'linkedin-optout',
      onLimited: (k) => limited.push(k),
    });
    expect(await limits.allow('command', 'discord:1')).toEqual({ allowed: true });
    expect(await limits.allow('command', 'discord:1')).toEqual({ allowed: true });
    const refused = await limits.allow('command', 'discord:1');
    expect(refused.allowed).toBe(false);
    if (refused.allowed) return;
    expect(refused.retryAfterSeconds).toBe(30);
    expect(refused.reply.visibility).toBe('ephemeral');
    expect(refused.reply.intro).toContain('30 seconds');
    expect(renderDiscord(refused.reply).flags).toBe(64);

    // Shares are limited per channel, separately from commands.
    expect((await limits.allow('share', 'slack:C1')).allowed).toBe(true);
    const share = await limits.allow('share', 'slack:C1');
    expect(share.allowed === false && share.reply.title).toMatch(/channel/);
    expect((await limits.allow('share', 'slack:C2')).allowed).toBe(true);
    expect(limited).toEqual(['command', 'share']);
    expect(limits.sizes()).toEqual({ command: 1, share: 2, 'channel-message': 0 });
  });

  it('tells a flooded channel to wait once per window, then stays quiet until the window has passed', () => {
    const c = clock();
    const limited: string[] = [];
    const limits = new Limits({
      commandsPerMinute: 100,
      channelMessagesPerMinute: 2,
      now: c.now,
      context: () => testContext(),
      command: 'linkedin-optout',
      onLimited: (k) => limited.push(k),
    });
    // In memory (no shared store) the answer is synchronous.
    const take = (key = 'slack:T1:C1') => limits.allow('channel-message', key) as LimitResult;
    expect([take().allowed, take().allowed]).toEqual([true, true]);
    const first = take();
    expect(first.allowed === false && [first.quiet, first.reply.visibility]).toEqual([false, 'public']);
    expect(first.allowed === false && first.reply.title).toMatch(/channel/);
    const second = take();
    expect(second.allowed === false && second.quiet).toBe(true);
    // Another channel has its own bucket and its own notice.
    expect(take('slack:T1:C2').allowed).toBe(true);
    // A minute later the channel may ask again; a new flood gets one new notice.
    c.advance(60_000);
    expect([take().allowed, take().allowed]).toEqual([true, true]);
    const again = take();
    expect(again.allowed === false && again.quiet).toBe(false);
    expect(limited).toEqual(['channel-message', 'channel-message', 'channel-message']);
  });
});
