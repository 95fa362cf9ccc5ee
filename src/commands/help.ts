// Help replies generated from a command's spec, so help never drifts from what the dispatcher accepts.
import type { CommandContext, CommandSpec } from '../core/command.js';
import type { Reply } from '../core/reply.js';
import { baseReply } from '../core/reply-builders.js';

export function helpReply(ctx: CommandContext, spec: CommandSpec, extra: string[] = []): Reply {
  const lines = spec.subcommands
    .filter((s) => !s.hidden)
    .map((s) => {
      const args = (s.options ?? []).map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('');
      const aliases = s.aliases?.length ? ` (also: ${s.aliases.join(', ')})` : '';
      return `/${spec.name} ${s.name}${args}: ${s.description}${aliases}`;
    });
  return baseReply(
    ctx,
    { command: spec.name, subcommand: 'help', title: `/${spec.name}: ${spec.description}` },
    {
      sections: [
        { kind: 'bullets', title: 'Usage', items: lines },
        ...(extra.length ? [{ kind: 'text' as const, text: extra.join(' ') }] : []),
      ],
    },
  );
}

/** The console's `help`: every command in one short list. */
export function commandsHelpReply(ctx: CommandContext, specs: readonly CommandSpec[]): Reply {
  return baseReply(
    ctx,
    { command: 'help', subcommand: null, title: 'Commands' },
    {
      sections: [{ kind: 'bullets', items: specs.map((s) => `/${s.name} ${s.usageHint}: ${s.description}`) }],
      actions: specs.map((s) => ({ label: `/${s.name} help`, command: `/${s.name} help` })),
    },
  );
}
