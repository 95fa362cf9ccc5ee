// Help replies generated from a command's spec, so help never drifts from what the dispatcher accepts.
import type { CommandContext, CommandSpec } from '../core/command.js';
import type { Reply } from '../core/reply.js';
import { baseReply } from '../core/reply-builders.js';
import { commandWords } from './command-words.js';
import { localizedDescription } from './description-words.js';

export function helpReply(ctx: CommandContext, spec: CommandSpec, extra: readonly string[] = []): Reply {
  const { locale } = ctx.content;
  const w = commandWords(locale);
  const describe = (path: string, english: string) => localizedDescription(locale, path, english);
  const lines = spec.subcommands
    .filter((s) => !s.hidden)
    .map((s) => {
      const args = (s.options ?? []).map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('');
      const aliases = s.aliases?.length ? ` ${w.also(s.aliases.join(', '))}` : '';
      return `/${spec.name} ${s.name}${args}: ${describe(`${spec.name} ${s.name}`, s.description)}${aliases}`;
    });
  return baseReply(
    ctx,
    {
      command: spec.name,
      subcommand: 'help',
      title: `/${spec.name}: ${describe(spec.name, spec.description)}`,
    },
    {
      sections: [
        { kind: 'bullets', title: w.usage, items: lines },
        ...(extra.length ? [{ kind: 'text' as const, text: extra.join(' ') }] : []),
      ],
    },
  );
}

/** The console's `help`: every command in one short list. */
export function commandsHelpReply(ctx: CommandContext, specs: readonly CommandSpec[]): Reply {
  const { locale } = ctx.content;
  const line = (s: CommandSpec) =>
    `/${s.name} ${s.usageHint}: ${localizedDescription(locale, s.name, s.description)}`;
  return baseReply(
    ctx,
    { command: 'help', subcommand: null, title: commandWords(locale).commandsTitle },
    {
      sections: [{ kind: 'bullets', items: specs.map(line) }],
      actions: specs.map((s) => ({ label: `/${s.name} help`, command: `/${s.name} help` })),
    },
  );
}
