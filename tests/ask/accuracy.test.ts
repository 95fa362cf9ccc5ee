// Holds the matcher to its targets on the tuning and held-out parts of the evaluation set (tests/ask/eval-set.ts): top-1
// accuracy on on-topic questions, and no answer at all (`topic: null`) for off-topic ones. Misses are
// printed so a regression shows what broke; `npm run eval:ask` prints the full picture. The fresh part is
// held only to floors a few points below its measured level: it measures, it is not a target to tune for.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/ask/answer.js';
import { THRESHOLD } from '../../src/ask/retrieve.js';
import { TOPIC_IDS } from '../../src/commands/ai.js';
import type { CommandContext } from '../../src/core/command.js';
import { testContext } from '../helpers.js';
import {
  accepted,
  type EvalPart,
  fresh,
  heldOut,
  localeSets,
  nearCopies,
  questionsOf,
  tuning,
} from './eval-set.js';

const englishCtx = testContext();

function score(
  part: EvalPart,
  ctx: CommandContext = englishCtx,
): { accuracy: number; misses: string[]; offTopicAnswered: string[] } {
  const misses: string[] = [];
  for (const x of part.onTopic) {
    const reply = answerQuestion(ctx, x.q);
    if (!accepted(x).includes(reply.topic ?? '(none)'))
      misses.push(
        `expected ${accepted(x).join('|')}, got ${reply.topic ?? '(none)'} (${reply.confidence}): ${x.q}`,
      );
  }
  const offTopicAnswered = part.offTopic.filter((q) => answerQuestion(ctx, q).topic !== null);
  return { accuracy: (part.onTopic.length - misses.length) / part.onTopic.length, misses, offTopicAnswered };
}

describe('ask: evaluation set', () => {
  it('has a tuning part and a held-out part of the expected sizes', () => {
    expect(tuning.onTopic.length).toBeGreaterThanOrEqual(150);
    expect(tuning.offTopic.length).toBeGreaterThanOrEqual(30);
    expect(heldOut.onTopic.length).toBeGreaterThanOrEqual(60);
    expect(heldOut.offTopic.length).toBeGreaterThanOrEqual(20);
  });

  it('expects every topic, guide and bot topic somewhere in the tuning part', () => {
    const ids = new Set(tuning.onTopic.flatMap(accepted));
    for (const id of [
      ...TOPIC_IDS,
      'overview',
      'desktop',
      'mobile',
      'link',
      'objection-form',
      'ads-sharing',
      'about',
      'sources',
    ])
      expect(ids, `no question expects ${id}`).toContain(id);
  });

  // The tuning part at its measured level (docs/ASK.md, "Evaluation"), so that a routing regression fails.
  it('answers ≥ 91% of the tuning on-topic questions with the expected topic', () => {
    const { accuracy, misses } = score(tuning);
    if (misses.length) console.log(`tuning misses (${misses.length}):\n  ${misses.join('\n  ')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.91);
  });

  it('answers none of the tuning off-topic questions (among them those the issue names)', () => {
    expect(tuning.offTopic).toEqual(
      expect.arrayContaining([
        'how do I delete my facebook account',
        'write me a cover letter',
        'tell me a joke',
      ]),
    );
    expect(score(tuning).offTopicAnswered).toEqual([]);
  });

  // Only the scores: the held-out questions are for measuring, and their misses are not to be tuned on
  // (`npm run eval:ask -- --held-out-misses` lists them when someone must look).
  // Issue 13's target: ≥ 90% top-1 on the held-out part.
  it('answers ≥ 90% of the held-out on-topic questions with the expected topic', () => {
    expect(score(heldOut).accuracy).toBeGreaterThanOrEqual(0.9);
  });

  // Issue 13's target: 0 off-topic questions answered (not even with a "not sure" guess).
  it('answers none of the held-out off-topic questions', () => {
    expect(score(heldOut).offTopicAnswered).toEqual([]);
  });
});

// A held-out question that is the same as a tuning one, or nearly (most of its words shared), measures
// nothing unseen: a question moved to the tuning part must be replaced by a different one.
describe('ask: held-out parts are apart from the tuning parts', () => {
  for (const set of localeSets)
    it(`${set.locale}: no held-out question is a copy or a near copy of a tuning question`, () => {
      const tuned = questionsOf(set.tuning);
      const near = questionsOf(set.heldOut).flatMap((q) => nearCopies(q, tuned).map((t) => `${q}  ~  ${t}`));
      expect(near).toEqual([]);
    });
});

// Each other language, in its own content (issue 16: ≥ 85% top-1 on the held-out part, ≥ 20 questions).
describe('ask: evaluation set per language', () => {
  for (const set of localeSets.filter((s) => s.locale !== 'en')) {
    const ctx = testContext({ locale: set.locale });

    it(`${set.locale}: has at least 20 on-topic questions and off-topic ones in both parts`, () => {
      expect(set.tuning.onTopic.length + set.heldOut.onTopic.length).toBeGreaterThanOrEqual(20);
      expect(set.tuning.offTopic.length).toBeGreaterThanOrEqual(1);
      expect(set.heldOut.offTopic.length).toBeGreaterThanOrEqual(1);
    });

    it(`${set.locale}: answers ≥ 90% of its tuning questions with the expected topic, and no off-topic one`, () => {
      const { accuracy, misses, offTopicAnswered } = score(set.tuning, ctx);
      if (misses.length)
        console.log(`${set.locale} tuning misses (${misses.length}):\n  ${misses.join('\n  ')}`);
      expect(accuracy).toBeGreaterThanOrEqual(0.9);
      expect(offTopicAnswered).toEqual([]);
    });

    // Only the scores, as for English: the held-out misses are not to be tuned on.
    it(`${set.locale}: answers ≥ 85% of its held-out questions with the expected topic, and no off-topic one`, () => {
      const { accuracy, offTopicAnswered } = score(set.heldOut, ctx);
      expect(accuracy).toBeGreaterThanOrEqual(0.85);
      expect(offTopicAnswered).toEqual([]);
    });
  }
});

// The fresh, never-tuned part (docs/ASK.md, "Fresh, never-tuned measurement"): floors a few points below
// what was measured on 2026-11-30, so a quality drop fails. Only the scores are asserted and no misses are
// printed: tuning on these questions would spoil the measure (`npm run eval:ask -- --fresh-misses`).
describe('ask: fresh never-tuned part, non-regression floors', () => {
  const others = localeSets.filter((s) => s.locale !== 'en');
  const scored = others.map((set) => score(set.fresh, testContext({ locale: set.locale })));
  const otherOnTopic = others.reduce((n, set) => n + set.fresh.onTopic.length, 0);

  // Measured: 46/50 (92.0%).
  it('en: answers ≥ 88% of its on-topic questions with the expected topic', () => {
    expect(fresh.onTopic.length).toBe(50);
    expect(score(fresh).accuracy).toBeGreaterThanOrEqual(0.88);
  });

  // Measured: 0/20 answered.
  it('en: answers at most 1 of its 20 off-topic requests, and none with confidence', () => {
    const answered = score(fresh).offTopicAnswered;
    expect(answered.length).toBeLessThanOrEqual(1);
    for (const q of answered)
      expect(answerQuestion(englishCtx, q).confidence ?? 0).toBeLessThan(THRESHOLD.SURE);
  });

  // Measured: 50/56 (89.3%) over de, fr, it, nl, pt-BR, es, pl (8 each: one locale alone is too few).
  it('other locales together: answer ≥ 85% of their on-topic questions with the expected topic', () => {
    expect(otherOnTopic).toBe(56);
    const missed = scored.reduce((n, s) => n + s.misses.length, 0);
    expect((otherOnTopic - missed) / otherOnTopic).toBeGreaterThanOrEqual(0.85);
  });

  // Measured: 2/21 answered, both as "not sure" (fr and pt-BR).
  it('other locales together: answer at most 3 of their off-topic requests, and none with confidence', () => {
    const answered = others.flatMap((set, i) =>
      scored[i]!.offTopicAnswered.map((q) => ({ q, ctx: testContext({ locale: set.locale }) })),
    );
    expect(answered.length).toBeLessThanOrEqual(3);
    for (const { q, ctx } of answered)
      expect(answerQuestion(ctx, q).confidence ?? 0).toBeLessThan(THRESHOLD.SURE);
  });
});
