import { it } from 'vitest';
import { answerQuestion } from '../../src/ask/answer.js';
import { indexFor, retrieve } from '../../src/ask/retrieve.js';
import { testContext } from '../helpers.js';

it('dbg', () => {
  const locale = (process.env.L ?? 'en') as never;
  const ctx = testContext({ locale });
  const qs = (process.env.Q ?? '').split('|');
  for (const q of qs) {
    const reply = answerQuestion(ctx, q);
    const idx = indexFor(ctx.content, 'dbg');
    const r = retrieve(idx, q);
    console.log(
      `\n### ${q}\n  reply=${reply.topic} conf=${reply.confidence} | domain=${r.domain} verdict=${r.verdict} conf=${r.confidence}`,
    );
    console.log(
      '  groups',
      JSON.stringify(r.groups.map((g) => g.map((t) => `${t}:${(r.weights.get(t) ?? 0).toFixed(2)}`))),
    );
    for (const x of r.ranked.slice(0, 3))
      console.log(
        `  ${x.id} score=${x.score.toFixed(1)} cov=${x.coverage.toFixed(2)} strong=${x.strongTerms}`,
      );
  }
});
