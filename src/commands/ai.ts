// /linkedin-ai: short, sourced answers about what LinkedIn's AI training covers.
import { aboutBot as aboutDe } from '../content/about-de.js';
import { aboutBot as aboutEn } from '../content/about-en.js';
import { aboutBot as aboutEs } from '../content/about-es.js';
import { aboutBot as aboutFr } from '../content/about-fr.js';
import { aboutBot as aboutIt } from '../content/about-it.js';
import { aboutBot as aboutNl } from '../content/about-nl.js';
import { aboutBot as aboutPl } from '../content/about-pl.js';
import { aboutBot as aboutPtBr } from '../content/about-pt-BR.js';
import { getContent } from '../content/index.js';
import type { Locale } from '../content/types.js';
import type { Command, CommandContext, CommandSpec, Invocation } from '../core/command.js';
import type { Reply } from '../core/reply.js';
import { baseReply, entryReply, formatDate, sourcesFor } from '../core/reply-builders.js';
import { replyWords } from '../core/reply-words.js';
import { commandWords } from './command-words.js';
import { helpReply } from './help.js';

interface AboutBot {
  readonly title: string;
  readonly intro: string;
  readonly stores: readonly string[];
  readonly logs: readonly string[];
}

/** What the bot stores and logs, as each locale's about file says it. */
const ABOUT: Record<Locale, AboutBot> = {
  en: aboutEn,
  de: aboutDe,
  fr: aboutFr,
  it: aboutIt,
  nl: aboutNl,
  'pt-BR': aboutPtBr,
  es: aboutEs,
  pl: aboutPl,
};

const en = getContent('en');

export const TOPIC_IDS = [
  'what-data',
  'not-used',
  'default',
  'opt-out-effect',
  'other-ai',
  'privacy',
  'regions',
  'timeline',
  'microsoft',
  'get-copy',
  'why',
  'myths',
] as const;

const summary = (id: string) => en.topics[id]?.summary ?? id;

export const QUESTION_MAX_LENGTH = 300;

const spec: CommandSpec = {
  name: 'linkedin-ai',
  description: "What LinkedIn's AI training uses, what it doesn't, and what opting out changes",
  usageHint: 'what-data | not-used | default | regions | ask <question> | help',
  allowInDMs: true,
  cacheable: true,
  subcommands: [
    ...TOPIC_IDS.map((id) => ({ name: id, description: summary(id) })),
    { name: 'sources', description: 'Every source the bot relies on, with its date' },
    { name: 'about', description: 'What this bot itself stores and logs' },
    {
      name: 'ask',
      description: 'Ask a question in your own words',
      cacheable: false,
      options: [
        {
          name: 'question',
          description: 'does it use my DMs?',
          required: true,
          rest: true,
          maxLength: QUESTION_MAX_LENGTH,
          autocomplete: true,
        },
      ],
    },
    { name: 'help', description: 'List the topics' },
  ],
};

function menu(ctx: CommandContext): Reply {
  const w = commandWords(ctx.content.locale);
  const localSummary = (id: string) => ctx.content.topics[id]?.summary ?? summary(id);
  return baseReply(
    ctx,
    { command: spec.name, subcommand: null, title: w.menuTitle },
    {
      intro: w.menuIntro('/linkedin-ai <topic>', '/linkedin-ai ask <question>'),
      sections: [{ kind: 'bullets', items: TOPIC_IDS.map((id) => `${id}: ${localSummary(id)}`) }],
      actions: [
        { label: w.whatDataButton, command: '/linkedin-ai what-data' },
        { label: w.optOutEffectButton, command: '/linkedin-ai opt-out-effect' },
        { label: w.turnItOffButton, command: '/linkedin-optout', style: 'primary' },
      ],
      links: [{ label: replyWords(ctx.content.locale).openSetting, url: ctx.content.settingUrl }],
    },
  );
}

export function sourcesReply(ctx: CommandContext): Reply {
  const all = sourcesFor(
    ctx.content,
    Object.values(ctx.content.sources)
      .filter((s) => s.url)
      .map((s) => s.key),
  );
  return baseReply(
    ctx,
    { command: spec.name, subcommand: 'sources', title: commandWords(ctx.content.locale).sourcesTitle },
    {
      intro: commandWords(ctx.content.locale).sourcesIntro(formatDate(ctx.content.asOf, ctx.content.locale)),
      sources: all,
      shareCommand: '/linkedin-ai sources',
    },
  );
}

export function aboutReply(ctx: CommandContext): Reply {
  const aboutBot = ABOUT[ctx.content.locale];
  const w = commandWords(ctx.content.locale);
  return baseReply(
    ctx,
    { command: spec.name, subcommand: 'about', title: aboutBot.title },
    {
      intro: aboutBot.intro,
      sections: [
        { kind: 'bullets', title: w.whatItStores, items: [...aboutBot.stores] },
        { kind: 'bullets', title: w.whatItLogs, items: [...aboutBot.logs] },
      ],
      shareCommand: '/linkedin-ai about',
    },
  );
}

async function askReply(ctx: CommandContext, question: string): Promise<Reply> {
  const { answerQuestion } = await import('../ask/answer.js');
  return answerQuestion(ctx, question);
}

type Handler = (inv: Invocation, ctx: CommandContext) => Reply | Promise<Reply>;

/** One handler per subcommand: the dispatcher only lets through names the spec declares, all of them here. */
const handlers: Record<string, Handler> = {
  help: (_, ctx) => helpReply(ctx, spec, [commandWords(ctx.content.locale).aiHelp]),
  sources: (_, ctx) => sourcesReply(ctx),
  about: (_, ctx) => aboutReply(ctx),
  ask: (inv, ctx) => askReply(ctx, inv.options.question ?? ''),
  ...Object.fromEntries(
    TOPIC_IDS.map((id): [string, Handler] => [
      id,
      (_, ctx) => {
        const entry = ctx.content.topics[id];
        if (!entry) throw new Error(`missing topic ${id}`);
        return entryReply(ctx, spec.name, entry);
      },
    ]),
  ),
};

export const ai: Command = {
  spec,
  async run(inv, ctx) {
    if (inv.subcommand === null) return menu(ctx);
    const handler = Object.hasOwn(handlers, inv.subcommand) ? handlers[inv.subcommand] : undefined;
    if (!handler) throw new Error(`no handler for /${spec.name} ${inv.subcommand}`);
    return handler(inv, ctx);
  },
};
