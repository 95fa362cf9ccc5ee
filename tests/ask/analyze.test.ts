import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/ask/analyze.js';
import { indexFor, retrieve } from '../../src/ask/retrieve.js';
import { testContext } from '../helpers.js';

const ctx = testContext();
const index = indexFor(ctx.content, ctx.contentVersion);
const question = (q: string) => analyze(q, { fuzzy: true, known: (t) => index.df.has(t) });

describe('ask: analysing DM-style questions', () => {
  it('puts misspelt function words right, so their phrases still match', () => {
    expect(question('wat data do they use exaclty')).toEqual(question('what data do they use exactly'));
    expect(question('whre is it')).toEqual(question('where is it'));
  });

  it('does not take a changed letter for a typo of a function word ("life" is not "like")', () => {
    expect(question('meaning of life')).toContain('lif');
  });

  it('drops greetings and filler around the question', () => {
    expect(question('hey bot, quick question: does it use my dms? thanks in advance')).toEqual(
      question('does it use my dms?'),
    );
  });

  it('marks requests the bot cannot help with', () => {
    expect(question('write me a cover letter')).toEqual(['compose', 'compose']);
    expect(question('how do I delete my account')).toEqual(['closeaccount']);
  });

  it('reads a message of several sentences by its question when the whole is not understood', () => {
    const long =
      "Hello bot. Long story short: I'm a recruiter, I use LinkedIn every day, and I just learned about the AI training. Does it use my InMails?";
    expect(retrieve(index, long).ranked[0]?.id).toBe('not-used');
  });

  it('finds the bot topics, and lets another platform or a writing task point away', () => {
    expect(retrieve(index, 'who made you').ranked[0]?.id).toBe('about');
    expect(retrieve(index, 'can you cite where you got these facts').ranked[0]?.id).toBe('sources');
    expect(retrieve(index, 'how do I delete my facebook account')).toMatchObject({
      verdict: 'none',
      elsewhere: true,
    });
    expect(retrieve(index, 'write me a cover letter')).toMatchObject({ verdict: 'none', elsewhere: true });
  });

  it("keeps the words of a filler phrase and another platform's name whole", () => {
    expect(question('long story short, does it use my dms?')).toEqual(question('does it use my dms?'));
    expect(question("how do I opt out of whatsapp's new privacy policy")).toContain('whatsapp');
  });

  it('keeps the context of a message of several sentences: a sentence is worth what it keeps of it', () => {
    expect(retrieve(index, 'my kid is 17. will they use her profile for AI?').ranked[0]?.id).toBe('not-used');
    expect(
      retrieve(index, 'i keep seeing ads that clearly use my linkedin job title. can i turn that off?')
        .ranked[0]?.id,
    ).toBe('ads-sharing');
  });

  it('does not let one sentence save a message that points elsewhere', () => {
    expect(retrieve(index, 'does gemini train on my gmail? how do i stop that')).toMatchObject({
      verdict: 'none',
      elsewhere: true,
    });
  });
});
