// Holds the matcher to ≥ 90% top-1 accuracy on realistic questions and ≥ 90% rejection of off-topic ones.
// Misses are printed so a regression shows what broke; `npm run eval:ask` prints the full confusion table.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/ask/answer.js';
import { testContext } from '../helpers.js';
import { offTopic, onTopic } from './questions-content-2026.js';

const ctx = testContext();

describe('ask: evaluation set', () => {
  it('is big and varied enough to mean something', () => {
    expect(onTopic.length).toBeGreaterThanOrEqual(60);
    expect(offTopic.length).toBeGreaterThanOrEqual(12);
    const ids = new Set(onTopic.flatMap((x) => (typeof x.expect === 'string' ? [x.expect] : [...x.expect])));
    for (const id of [
      ...Object.keys(ctx.content.topics),
      'desktop',
      'mobile',
      'objection-form',
      'ads-sharing',
    ]) {
      expect(ids, `no question expects ${id}`).toContain(id);
    }
  });

  it('answers ≥ 90% of on-topic questions with the expected topic', () => {
    const misses: string[] = [];
    for (const { q, expect: want } of onTopic) {
      const reply = answerQuestion(ctx, q);
      const ok = typeof want === 'string' ? [want] : [...want];
      if (!ok.includes(reply.topic ?? '(none)')) {
        misses.push(`expected ${ok.join('|')}, got ${reply.topic ?? '(none)'} (${reply.confidence}): ${q}`);
      }
    }
    if (misses.length)
      console.log(`on-topic misses (${misses.length}/${onTopic.length}):\n  ${misses.join('\n  ')}`);
    expect((onTopic.length - misses.length) / onTopic.length).toBeGreaterThanOrEqual(0.9);
  });

  it('gives no topic to ≥ 90% of off-topic questions', () => {
    const misses: string[] = [];
    for (const q of offTopic) {
      const reply = answerQuestion(ctx, q);
      if (reply.topic !== null) misses.push(`got ${reply.topic} (${reply.confidence}): ${q}`);
    }
    if (misses.length)
      console.log(`off-topic misses (${misses.length}/${offTopic.length}):\n  ${misses.join('\n  ')}`);
    expect((offTopic.length - misses.length) / offTopic.length).toBeGreaterThanOrEqual(0.9);
  });
});
