// What the rendered-answer cache may keep: guide and topic answers only, never reminders, questions or junk.
import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/adapters/slack/response-cache.js';
import { ask, testContext } from '../helpers.js';

describe('ResponseCache', () => {
  const ctx = testContext();

  it('keeps a guide answer under a key that ignores case and spacing', async () => {
    const cache = new ResponseCache<{ n: number }>();
    const key = cache.key('linkedin-optout', '  Desktop ', ctx);
    expect(key).toBe(cache.key('linkedin-optout', 'desktop', ctx));
    cache.set(key, await ask('/linkedin-optout desktop'), { n: 1 });
    expect(cache.get(cache.key('linkedin-optout', 'DESKTOP', ctx))).toEqual({ n: 1 });
    expect(Object.isFrozen(cache.get(key))).toBe(true);
  });

  it('never keys reminders or free-text questions', () => {
    const cache = new ResponseCache<number>();
    expect(cache.key('linkedin-reminder', 'status', ctx)).toBeUndefined();
    expect(cache.key('linkedin-ai', 'ask does it read my DMs?', ctx)).toBeUndefined();
    expect(cache.key('linkedin-ai', 'ASK anything', ctx)).toBeUndefined();
  });

  it('does not keep answers to input that was not understood', async () => {
    const cache = new ResponseCache<number>();
    const key = cache.key('linkedin-optout', 'deskto', ctx);
    cache.set(key, await ask('/linkedin-optout deskto'), 1);
    expect(cache.get(key)).toBeUndefined();
  });

  it('separates fresh from stale facts, so the out-of-date notice appears on time', () => {
    const cache = new ResponseCache<number>();
    const stale = testContext({ now: new Date('2040-01-01T00:00:00Z') });
    expect(cache.key('linkedin-ai', 'why', ctx)).not.toBe(cache.key('linkedin-ai', 'why', stale));
  });

  it('stays bounded', async () => {
    const cache = new ResponseCache<number>(2);
    const reply = await ask('/linkedin-ai why');
    for (const t of ['why', 'myths', 'regions']) cache.set(cache.key('linkedin-ai', t, ctx), reply, 1);
    expect(cache.get(cache.key('linkedin-ai', 'why', ctx))).toBeUndefined();
    expect(cache.get(cache.key('linkedin-ai', 'regions', ctx))).toBe(1);
  });
});
