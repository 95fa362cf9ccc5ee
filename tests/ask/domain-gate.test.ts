// The domain gate (src/ask/domain-gate.ts): a question is answered only when it is about what the bot
// knows; generic words it shares with other LinkedIn features or other platforms are not enough.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/ask/answer.js';
import { domainOf } from '../../src/ask/domain-gate.js';
import { indexFor, retrieve } from '../../src/ask/retrieve.js';
import { testContext } from '../helpers.js';

const ctx = testContext();
const index = indexFor(ctx.content, ctx.contentVersion);
const knowsAll = () => true;
const knowsNot =
  (...unknown: string[]) =>
  (t: string) =>
    !unknown.includes(t);

describe('ask: domain gate, by terms', () => {
  it('anchors a question on a concept of the domain', () => {
    expect(domainOf(['optout', 'ai', 'mobile', 'sync'], ['optout', 'mobile'], knowsNot('sync'))).toBe(
      'anchored',
    );
  });

  it('reads a message that holds only words the content knows as about the setting ("switch it off on my iphone")', () => {
    expect(domainOf(['optout', 'mobile'], ['optout', 'mobile'], knowsAll)).toBe('anchored');
  });

  it('does not anchor on generic words next to a word the content does not know ("turn off data sync")', () => {
    expect(domainOf(['optout', 'data', 'sync', 'mobile'], ['optout', 'mobile'], knowsNot('sync'))).toBe(
      'unanchored',
    );
  });

  it('lets a soft anchor count next to a specific match ("do they use my cv")', () => {
    expect(domainOf(['use', 'resume', 'upload'], ['resume'], knowsNot('upload'))).toBe('anchored');
    expect(domainOf(['capital', 'canada', 'region'], ['canada', 'region'], knowsNot('capital'))).toBe(
      'specific',
    );
  });

  it('lets negative evidence outweigh generic words', () => {
    // a writing task, even about the domain
    expect(domainOf(['compose', 'ai', 'privacy'], ['ai'], knowsAll)).toBe('outside');
    // another platform without LinkedIn; with LinkedIn it is a comparison the content may answer
    expect(domainOf(['facebook', 'ai', 'train'], ['train'], knowsAll)).toBe('outside');
    expect(domainOf(['facebook', 'linkedin', 'ai', 'train'], ['train'], knowsAll)).toBe('anchored');
    // a LinkedIn feature, unless tied to AI or data use
    expect(domainOf(['optout', 'location', 'mobile'], ['optout', 'mobile'], knowsAll)).toBe('outside');
    expect(domainOf(['location', 'use', 'ai'], ['ai'], knowsAll)).toBe('anchored');
  });
});

describe('ask: domain gate, through the answer path', () => {
  const topic = (q: string, previousTopic?: string) =>
    answerQuestion(ctx, q, previousTopic ? { previousTopic } : {}).topic;

  it.each([
    'how do i turn off location on my iphone',
    'how do i delete a post on linkedin',
    'how do i turn off notifications on the linkedin app',
    'how do i turn off meta ai on instagram',
    'does x use my tweets to train grok',
    'write a poem about data privacy',
    'how do i turn off data sync on my phone',
    'what is the capital of canada',
  ])('answers nothing to "%s"', (q) => {
    expect(topic(q)).toBeNull();
  });

  it.each([
    ['how do i turn off the ai training on my iphone', 'mobile'],
    ['i deleted a post, is it still used for ai training?', 'opt-out-effect'],
    ['is my profile picture used?', 'what-data'],
    ['how do i switch it off on my iphone', 'mobile'],
    ['what about Canada?', 'regions'],
    ['do you store what I type?', 'about'],
  ])('still answers "%s" with %s', (q, expected) => {
    expect(topic(q)).toBe(expected);
  });

  it('says why: the retrieval carries the domain', () => {
    expect(retrieve(index, 'how do i turn off location on my iphone').domain).toBe('outside');
    expect(retrieve(index, 'how do i turn off the ai training on my iphone').domain).toBe('anchored');
  });

  it('lets the previous topic supply the anchor of a follow-up, never of a request that points elsewhere', () => {
    const q = 'and on my second phone?';
    expect(retrieve(index, q).domain).toBe('unanchored');
    expect(topic(q)).toBeNull();
    expect(topic(q, 'desktop')).toBe('mobile');
    expect(topic('and how do i turn off location?', 'mobile')).toBeNull();
  });
});
