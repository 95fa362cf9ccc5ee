// Rendered answers to the guide and topic commands, kept so a busy workspace does not rebuild and re-render
// the same Block Kit for every `/linkedin-optout desktop`. Only replies that depend on nothing but the
// content are kept: never the reminder (it has side effects and state), never `ask` (free text from a person,
// which is also not worth keeping in memory), never a reply to input that was not understood.
import type { CommandContext } from '../../core/command.js';
import { staleNotice } from '../../core/replies.js';
import type { Reply } from '../../core/reply.js';
import { cleanInput } from '../../core/text.js';

/** Commands whose replies are a pure function of the content and the command line. */
const PURE_COMMANDS = new Set(['linkedin-optout', 'linkedin-ai']);
const UNCACHED_SUBCOMMANDS = new Set(['ask']);

export class ResponseCache<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly max = 256) {}

  /** The cache key for a command line, or undefined when its reply must always be computed. */
  key(command: string, text: string, ctx: CommandContext): string | undefined {
    if (!PURE_COMMANDS.has(command) || text.length > 100) return undefined;
    const line = cleanInput(text).toLowerCase();
    const first = line.split(' ', 1)[0] ?? '';
    if (UNCACHED_SUBCOMMANDS.has(first)) return undefined;
    // The stale-facts notice is the only part of these replies that changes with time.
    const stale = staleNotice(ctx) ? 'stale' : 'fresh';
    return `${ctx.contentVersion}|${stale}|${command}|${line}`;
  }

  get(key: string | undefined): T | undefined {
    return key === undefined ? undefined : this.entries.get(key);
  }

  set(key: string | undefined, reply: Reply, value: T): void {
    if (key === undefined || !reply.understood || !PURE_COMMANDS.has(reply.command)) return;
    if (reply.subcommand && UNCACHED_SUBCOMMANDS.has(reply.subcommand)) return;
    // Valid lines are few (a few dozen guides and topics), so a full cache means junk input: start over.
    if (this.entries.size >= this.max) this.entries.clear();
    // Frozen: the same object answers many requests, and the HTTP receiver reuses its JSON for frozen bodies.
    this.entries.set(key, deepFreeze(value));
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
