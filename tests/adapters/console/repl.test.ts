import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CONSOLE_WORDS } from '../../../src/adapters/console/console-words.js';
import { startRepl } from '../../../src/adapters/console/repl.js';
import type { Locale } from '../../../src/content/types.js';
import { expectWordsParity } from '../../helpers.js';

async function session(lines: string[], locale?: Locale): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (c) => {
    text += c;
  });
  const done = startRepl({ input, output, persistHistory: false, ...(locale ? { locale } : {}) });
  for (const l of lines) input.write(`${l}\n`);
  input.end(); // Ctrl-D
  await done;
  return text;
}

describe('console chat', () => {
  it('greets, answers and says goodbye in the chosen language', async () => {
    expectWordsParity(CONSOLE_WORDS, 'console');
    const out = await session(['help'], 'it');
    expect(out).toContain('Assistente per opporsi');
    expect(out).toContain('Comandi');
    expect(out.trimEnd().endsWith('Ciao.')).toBe(true);
  });

  it('answers each line in order and says bye on Ctrl-D', async () => {
    const out = await session(['/linkedin-optout desktop', '/linkedin-ai not-used']);
    const desktop = out.indexOf('Switch it off on desktop');
    const notUsed = out.indexOf('Private messages');
    expect(desktop).toBeGreaterThan(-1);
    expect(notUsed).toBeGreaterThan(desktop);
    expect(out.trimEnd().endsWith('Bye.')).toBe(true);
  });

  it('lists the commands on help and stops on exit', async () => {
    const out = await session(['help', 'exit', '/linkedin-ai myths']);
    expect(out).toContain('/linkedin-reminder');
    expect(out).not.toContain('Myth:');
  });
});
