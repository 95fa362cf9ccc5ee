// The console's free text, black-box through the built entry point (`npm start -- say "<line>"`), and the
// console conversation through its module.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isCommandLine, replyToConsoleLine } from '../../src/conversation/console-line.js';
import { Conversation } from '../../src/conversation/conversation.js';
import type { Reply } from '../../src/core/reply.js';
import { ask, testContext } from '../helpers.js';

function say(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/main.js', 'say', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const json = (out: string) => JSON.parse(out) as Reply;

describe('say: a line without a leading "/" is a question', () => {
  it('answers "does linkedin read my DMs?" from not-used, exit 0', () => {
    const r = say('does linkedin read my DMs?', '--format', 'json');
    expect(r.code).toBe(0);
    expect(json(r.out)).toMatchObject({ topic: 'not-used', understood: true });
  });

  it('answers "is my profile picture used?" from what-data, in text', () => {
    const r = say('is my profile picture used?');
    expect(r.code).toBe(0);
    expect(r.out).toContain('What data LinkedIn trains on');
    expect(r.out).toMatch(/photo/);
  });

  it('exits 2 on "tell me a joke" with the "I only know about…" reply', () => {
    const r = say('tell me a joke');
    expect(r.code).toBe(2);
    expect(r.out).toContain('I only know about');
  });

  it('greets back with the guide buttons, exit 0', () => {
    const r = say('hello!', '--format', 'json');
    expect(r.code).toBe(0);
    expect(json(r.out).actions.map((a) => a.command)).toContain('/linkedin-optout mobile');
  });
});

describe('console line routing', () => {
  const ctx = testContext();
  const run = (line: string) => ask(line);

  it('sends "/…" and empty lines to the commands, anything else to the conversation', async () => {
    expect(isCommandLine('/linkedin-ai regions')).toBe(true);
    expect(isCommandLine('  ')).toBe(true);
    expect(isCommandLine('what about canada?')).toBe(false);
    expect((await replyToConsoleLine('/linkedin-ai regions', ctx, run)).subcommand).toBe('regions');
    expect((await replyToConsoleLine('', ctx, run)).understood).toBe(false);
  });

  it('keeps one conversation for the console session', async () => {
    const c = new Conversation();
    expect((await replyToConsoleLine('where is it on my laptop', ctx, run, c)).topic).toBe('desktop');
    expect((await replyToConsoleLine('and on my phone?', ctx, run, c)).topic).toBe('mobile');
  });
});
