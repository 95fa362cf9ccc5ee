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

/**
 * Checks a per-locale words table against its English entry: every locale has every key (typecheck says so
 * too), no text is blank, lists are as long, and each text carries the same placeholders as the English one.
 * A function is called with marker arguments and must show every marker English shows (no more, no fewer).
 */
export function expectWordsParity(table: Record<string, unknown>, name = 'words'): void {
  const en = table.en;
  if (en === undefined) throw new Error(`${name}: no English entry`);
  const markers = (s: string) => [...s.matchAll(/⟪\d+⟫|\{[a-zA-Z]+\}/g)].map((m) => m[0]).sort();
  const walk = (ref: unknown, other: unknown, path: string): void => {
    if (typeof ref === 'string') {
      if (typeof other !== 'string' || other.trim() === '') throw new Error(`${path}: missing or blank`);
      if (markers(other).join() !== markers(ref).join())
        throw new Error(`${path}: placeholders ${markers(other)} differ from English ${markers(ref)}`);
      return;
    }
    if (typeof ref === 'function') {
      if (typeof other !== 'function') throw new Error(`${path}: not a function`);
      const args = Array.from({ length: Math.max(ref.length, 1) }, (_, i) => `⟪${i}⟫`);
      walk(ref(...args), other(...args), `${path}()`);
      return;
    }
    if (Array.isArray(ref)) {
      if (!Array.isArray(other) || other.length !== ref.length)
        throw new Error(`${path}: list length differs`);
      for (const [i, r] of ref.entries()) walk(r, other[i], `${path}[${i}]`);
      return;
    }
    if (ref && typeof ref === 'object') {
      if (!other || typeof other !== 'object') throw new Error(`${path}: missing`);
      const a = Object.keys(ref).sort().join();
      const b = Object.keys(other).sort().join();
      if (a !== b) throw new Error(`${path}: keys ${b} differ from English ${a}`);
      for (const k of Object.keys(ref))
        walk((ref as Record<string, unknown>)[k], (other as Record<string, unknown>)[k], `${path}.${k}`);
      return;
    }
    if (other !== ref && typeof other !== typeof ref) throw new Error(`${path}: type differs`);
  };
  for (const locale of ['en', 'de', 'fr', 'it', 'nl', 'pt-BR', 'es', 'pl']) {
    if (!(locale in table)) throw new Error(`${name}: no ${locale} entry`);
    walk(en, table[locale], `${name}.${locale}`);
  }
}

/** A reply section's list items, or its text as the one item: what a member reads in it. */
export function sectionLines(section: Reply['sections'][number] | undefined): string[] {
  if (!section) return [];
  return section.kind === 'text' ? [section.text] : section.items;
}
