// Shared test helpers: a context with a fixed clock and a dispatcher over the real registry.
import { commands } from '../src/commands/index.js';
import type { Invocation } from '../src/core/command.js';
import { type ContextOptions, makeContext } from '../src/core/context.js';
import { Dispatcher } from '../src/core/dispatcher.js';
import type { Reply } from '../src/core/reply.js';

export const FIXED_NOW = new Date('2026-11-29T12:00:00Z');

export const testContext = (opts: ContextOptions = {}) => makeContext({ now: FIXED_NOW, ...opts });

export const dispatcher = new Dispatcher(commands);

export const consoleSource = { platform: 'console' as const, locale: 'en' as const, userId: 'tester' };

/** Runs one command line the way the console does and returns the reply. */
export function ask(line: string, opts: ContextOptions = {}): Promise<Reply> {
  return dispatcher.handleLine(line, consoleSource, testContext(opts));
}

export function parse(line: string): Invocation {
  const r = dispatcher.parse(line, consoleSource, testContext());
  if (!r.ok) throw new Error(`did not parse: ${line}: ${r.reply.title}`);
  return r.invocation;
}

/** A minimal Reply for renderer and adapter tests; `over` sets what the test is about. */
export function makeReply(over: Partial<Reply> = {}): Reply {
  return {
    command: 'linkedin-ai',
    subcommand: 'what-data',
    understood: true,
    title: 'Title',
    sections: [],
    links: [],
    actions: [],
    sources: [],
    asOf: '2026-11-29',
    contentVersion: 'abcdef123456',
    visibility: 'ephemeral',
    ...over,
  };
}
