// Turns a command line into an Invocation and runs it. Every input gets a Reply: never a throw, never silence.
import { localizedDescription } from '../commands/description-words.js';
import type { Locale } from '../content/types.js';
import type { Command, CommandContext, Invocation, Platform } from './command.js';
import { dispatcherWords } from './dispatcher-words.js';
import type { Reply } from './reply.js';
import { baseReply, choicesReply } from './reply-builders.js';
import { replyWords } from './reply-words.js';
import { cleanInput, echo, MAX_INPUT_LENGTH, rankByCloseness } from './text.js';

/** A named option token: `every:monthly` or `every=monthly`. */
const NAMED = /^([a-z-]+)[:=](.*)$/;

export interface LineSource {
  platform: Platform;
  locale: Locale;
  userId: string;
  channel?: Invocation['channel'];
}

export type ParseResult = { ok: true; invocation: Invocation } | { ok: false; reply: Reply };

export class Dispatcher {
  private readonly byName = new Map<string, Command>();
  /** The registry's first command: where replies to input that names no command point. */
  readonly home: string;

  constructor(readonly commands: readonly Command[]) {
    for (const c of commands) this.byName.set(c.spec.name, c);
    this.home = commands[0]?.spec.name ?? '';
  }

  /** The spec of a parsed invocation's subcommand, where its preconditions are declared. */
  subcommandSpec(inv: Pick<Invocation, 'command' | 'subcommand'>) {
    if (inv.subcommand === null) return undefined;
    return this.byName.get(inv.command)?.spec.subcommands.find((s) => s.name === inv.subcommand);
  }

  get(name: string): Command | undefined {
    return this.byName.get(name);
  }

  /**
   * Parses "/linkedin-optout desktop", "LinkedIn-AI   ask does it use my DMs?" or "linkedin-reminder pin every:monthly".
   * `commandName` is given when the platform already knows the command (a Slack slash command's text).
   */
  parse(raw: string, from: LineSource, ctx: CommandContext, commandName?: string): ParseResult {
    const w = dispatcherWords(ctx.content.locale);
    if (raw.length > MAX_INPUT_LENGTH) {
      return this.fail(ctx, commandName ?? this.home, w.messageTooLong(raw.length), [
        w.messageTooLongHint(MAX_INPUT_LENGTH, `/${this.home} help`),
      ]);
    }
    const line = cleanInput(raw);
    const words = line.split(' ').filter(Boolean);
    let name = commandName;
    if (!name) {
      const first = words.shift();
      if (!first) return this.unknownCommand(ctx, '');
      name = first.replace(/^\//, '').toLowerCase();
    }
    const command = this.byName.get(name);
    if (!command) return this.unknownCommand(ctx, name);

    const invocation: Invocation = {
      command: command.spec.name,
      subcommand: null,
      options: {},
      platform: from.platform,
      locale: from.locale,
      userId: from.userId,
      ...(from.channel ? { channel: from.channel } : {}),
    };
    const word = words.shift();
    if (word === undefined) return { ok: true, invocation };

    const wanted = word.toLowerCase();
    const sub = command.spec.subcommands.find((s) => s.name === wanted || s.aliases?.includes(wanted));
    if (!sub) {
      const names = command.spec.subcommands.filter((s) => !s.hidden).map((s) => s.name);
      const ranked = rankByCloseness(wanted, names);
      const describe = (n: string) => {
        const s = command.spec.subcommands.find((x) => x.name === n);
        return s
          ? `${n}: ${localizedDescription(ctx.content.locale, `${command.spec.name} ${n}`, s.description)}`
          : n;
      };
      return {
        ok: false,
        reply: choicesReply(
          ctx,
          command.spec.name,
          w.notAChoice(echo(word), `/${command.spec.name}`),
          ranked,
          describe,
        ),
      };
    }
    invocation.subcommand = sub.name;

    for (const opt of sub.options ?? []) {
      if (opt.rest) {
        const text = words.join(' ');
        words.length = 0;
        if (text) invocation.options[opt.name] = text;
        continue;
      }
      // Accept `every:monthly`, `every=monthly` anywhere (so named options come in any order), `every monthly`
      // and a bare `monthly`.
      const named = words.findIndex((w) => w.toLowerCase().match(NAMED)?.[1] === opt.name);
      const token = words[0];
      let value: string | undefined;
      if (named !== -1) {
        const [w] = words.splice(named, 1);
        value = w?.slice(opt.name.length + 1) || words.splice(named, 1)[0];
      } else if (token === undefined) {
        continue;
      } else if (token.toLowerCase() === opt.name) {
        words.shift();
        value = words.shift();
      } else if (opt.choices && !NAMED.test(token.toLowerCase())) {
        value = words.shift();
      }
      if (value === undefined) continue;
      const v = value.toLowerCase();
      // Choices compare without case but are kept as spelled (`pt-BR`).
      const choice = opt.choices?.find((c) => c.toLowerCase() === v);
      if (opt.choices && choice === undefined) {
        const ranked = rankByCloseness(v, opt.choices);
        return {
          ok: false,
          reply: choicesReply(
            ctx,
            command.spec.name,
            w.notAValid(echo(value), opt.name),
            ranked.map((c) => `/${command.spec.name} ${sub.name} ${opt.name}:${c}`),
            (c) => c,
          ),
        };
      }
      invocation.options[opt.name] = choice ?? value;
    }
    for (const opt of sub.options ?? []) {
      const value = invocation.options[opt.name];
      if (opt.maxLength !== undefined && value !== undefined && value.length > opt.maxLength) {
        return this.fail(ctx, command.spec.name, w.optionTooLong(opt.name, value.length), [
          w.optionTooLongHint(opt.name, opt.maxLength, `/${command.spec.name} help`),
        ]);
      }
    }
    if (words.length > 0) {
      const usage = `/${command.spec.name} ${sub.name}${(sub.options ?? []).map((o) => ` [${o.name}]`).join('')}`;
      return this.fail(ctx, command.spec.name, w.notUnderstood(echo(words.join(' '))), [
        w.tryInstead(usage, `/${command.spec.name} help`),
      ]);
    }
    for (const opt of sub.options ?? []) {
      if (opt.required && !invocation.options[opt.name]) {
        const line = `/${command.spec.name} ${sub.name}`;
        const example = localizedDescription(
          ctx.content.locale,
          `${command.spec.name} ${sub.name} ${opt.name}`,
          opt.description,
        );
        return this.fail(ctx, command.spec.name, w.needsOption(line, opt.name), [
          w.forExample(`${line} ${example}`),
        ]);
      }
    }
    return { ok: true, invocation };
  }

  /** Runs an invocation; a failing command still produces a reply (and is reported to `onError`). */
  async run(invocation: Invocation, ctx: CommandContext, onError?: (err: unknown) => void): Promise<Reply> {
    const command = this.byName.get(invocation.command);
    if (!command) return this.unknownCommand(ctx, invocation.command).reply;
    try {
      return await command.run(invocation, ctx);
    } catch (err) {
      onError?.(err);
      const w = dispatcherWords(ctx.content.locale);
      return baseReply(
        ctx,
        {
          command: invocation.command,
          subcommand: invocation.subcommand,
          title: w.wentWrongTitle,
        },
        {
          understood: true,
          intro: w.wentWrongIntro,
          links: [{ label: replyWords(ctx.content.locale).openSetting, url: ctx.content.settingUrl }],
        },
      );
    }
  }

  /** Parse and run in one step: the console, `say` and Slack use this. */
  async handleLine(raw: string, from: LineSource, ctx: CommandContext, commandName?: string): Promise<Reply> {
    const parsed = this.parse(raw, from, ctx, commandName);
    if (!parsed.ok) return parsed.reply;
    return this.run(parsed.invocation, ctx);
  }

  private unknownCommand(ctx: CommandContext, name: string): { ok: false; reply: Reply } {
    const names = this.commands.map((c) => `/${c.spec.name}`);
    const ranked = name ? rankByCloseness(name, names) : names;
    const { locale } = ctx.content;
    const w = dispatcherWords(locale);
    const title = name ? w.unknownCommand(`/${echo(name)}`) : w.typeACommand;
    const describe = (n: string) => {
      const spec = this.byName.get(n.slice(1))?.spec;
      return `${n}: ${spec ? localizedDescription(locale, spec.name, spec.description) : ''}`;
    };
    return { ok: false, reply: choicesReply(ctx, this.home, title, ranked, describe) };
  }

  private fail(
    ctx: CommandContext,
    command: string,
    title: string,
    lines: string[],
  ): { ok: false; reply: Reply } {
    return {
      ok: false,
      reply: baseReply(
        ctx,
        { command, subcommand: null, title },
        { understood: false, sections: [{ kind: 'bullets', items: lines }] },
      ),
    };
  }
}
