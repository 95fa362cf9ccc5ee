// The console's free text, black-box through the built entry point (`npm start -- say "<line>"`), and the
// console conversation through its module.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { consoleCore, consoleRequest, isCommandLine } from '../../../src/adapters/console/request.js';
import type { Reply } from '../../../src/core/reply.js';

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
  it('sends "/…" and empty lines to the commands, anything else to the conversation', async () => {
    const core = consoleCore();
    const run = async (line: string) => (await core.pipeline.handle(consoleRequest(line))).reply;
    expect(isCommandLine('/linkedin-ai regions')).toBe(true);
    expect(isCommandLine('  ')).toBe(true);
    expect(isCommandLine('what about canada?')).toBe(false);
    expect((await run('/linkedin-ai regions')).subcommand).toBe('regions');
    expect((await run('')).understood).toBe(false);
    expect((await run('hello')).actions.map((a) => a.command)).toContain('/linkedin-optout desktop');
  });

  it('keeps one conversation for the console session', async () => {
    const core = consoleCore();
    const run = async (line: string) => (await core.pipeline.handle(consoleRequest(line))).reply;
    expect((await run('where is it on my laptop')).topic).toBe('desktop');
    expect((await run('and on my phone?')).topic).toBe('mobile');
  });
});
