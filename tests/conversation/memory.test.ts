import { describe, expect, it } from 'vitest';
import { TOPIC_MEMORY_TTL_MS, TopicMemory } from '../../src/conversation/memory.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('conversation: topic memory', () => {
  it('keeps the last topic per conversation key', () => {
    const m = new TopicMemory();
    m.remember('slack:T1:C1:1.1', 'desktop');
    m.remember('slack:T1:C1:2.2', 'regions');
    m.remember('slack:T1:C1:1.1', 'mobile');
    expect(m.get('slack:T1:C1:1.1')).toBe('mobile');
    expect(m.get('slack:T1:C1:2.2')).toBe('regions');
    expect(m.get('discord:dm:9')).toBeUndefined();
  });

  it('forgets a topic 30 minutes after it was answered', () => {
    const c = clock();
    const m = new TopicMemory({ now: c.now });
    m.remember('k', 'regions');
    c.advance(TOPIC_MEMORY_TTL_MS - 1);
    expect(m.get('k')).toBe('regions');
    c.advance(1);
    expect(m.get('k')).toBeUndefined();
    expect(m.size).toBe(0);
  });

  it('restarts the 30 minutes when the conversation moves on', () => {
    const c = clock();
    const m = new TopicMemory({ now: c.now });
    m.remember('k', 'desktop');
    c.advance(TOPIC_MEMORY_TTL_MS - 10);
    m.remember('k', 'mobile');
    c.advance(TOPIC_MEMORY_TTL_MS - 10);
    expect(m.get('k')).toBe('mobile');
  });

  it('is bounded: past the limit the least recently answered conversation goes', () => {
    const m = new TopicMemory({ maxConversations: 2 });
    m.remember('a', 'desktop');
    m.remember('b', 'mobile');
    m.remember('a', 'regions');
    m.remember('c', 'timeline');
    expect(m.size).toBe(2);
    expect(m.get('b')).toBeUndefined();
    expect(m.get('a')).toBe('regions');
    expect(m.get('c')).toBe('timeline');
  });

  it('holds topic ids only: nothing else can be stored', () => {
    const m = new TopicMemory();
    m.remember('k', 'regions');
    m.forget('k');
    expect(m.get('k')).toBeUndefined();
  });
});
