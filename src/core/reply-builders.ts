// Builders that turn content entries and core situations into Reply documents.
import type { Content, Entry, Fact, Locale, SourceKey } from '../content/types.js';
import type { CommandContext } from './command.js';
import type { CommandButton, Reply, ReplySection, ReplySource } from './reply.js';
import { formatDate, replyWords } from './reply-words.js';

export { formatDate };

const DAY_MS = 86_400_000;

function factText(fact: Fact, locale: Locale): string {
  return fact.unconfirmed ? `${fact.text} (${replyWords(locale).notConfirmed})` : fact.text;
}

export function sourcesFor(content: Content, keys: Iterable<SourceKey>): ReplySource[] {
  const seen = new Set<SourceKey>();
  const out: ReplySource[] = [];
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const s = content.sources[key];
    out.push({ key, title: s.title, url: s.url, date: s.dateLabel });
  }
  return out;
}

export function factsToSection(
  kind: ReplySection['kind'],
  facts: Fact[],
  title?: string,
  locale: Locale = 'en',
): ReplySection {
  const t = title === undefined ? {} : { title };
  const text = (f: Fact) => factText(f, locale);
  if (kind === 'text') return { kind, ...t, text: facts.map(text).join(' ') };
  return { kind, ...t, items: facts.map(text) };
}

/** Each content's date in milliseconds, parsed once: the check below runs on every request (the cache key). */
const asOfMs = new Map<string, number>();

/** Whether the facts are older than the configured number of days. */
export function isStale(ctx: Pick<CommandContext, 'content' | 'now' | 'staleAfterDays'>): boolean {
  const { asOf } = ctx.content;
  let at = asOfMs.get(asOf);
  if (at === undefined) {
    at = Date.parse(`${asOf}T00:00:00Z`);
    asOfMs.set(asOf, at);
  }
  return (ctx.now.getTime() - at) / DAY_MS > ctx.staleAfterDays;
}

/** The notice every reply carries once the facts are older than the configured number of days. */
export function staleNotice(
  ctx: Pick<CommandContext, 'content' | 'now' | 'staleAfterDays'>,
): string | undefined {
  if (!isStale(ctx)) return undefined;
  const { locale } = ctx.content;
  return replyWords(locale).staleNotice(formatDate(ctx.content.asOf, locale));
}

interface Base {
  command: string;
  subcommand: string | null;
  title: string;
}

/** A reply with the footer fields filled in from the context. */
export function baseReply(ctx: CommandContext, base: Base, rest: Partial<Reply> = {}): Reply {
  const notice = staleNotice(ctx);
  return {
    understood: true,
    sections: [],
    links: [],
    actions: [],
    sources: [],
    asOf: ctx.content.asOf,
    contentVersion: ctx.contentVersion,
    locale: ctx.content.locale,
    visibility: 'ephemeral',
    ...(notice ? { notice } : {}),
    ...base,
    ...rest,
  };
}

/** The reply for a guide or topic entry: its facts, one link button, follow-ups and the sources behind it. */
export function entryReply(
  ctx: CommandContext,
  command: string,
  entry: Entry,
  shareCommand = `/${command} ${entry.id}`,
): Reply {
  const facts = [...(entry.intro ? [entry.intro] : []), ...entry.sections.flatMap((s) => s.facts)];
  const actions: CommandButton[] = entry.followUps.map((f) => ({ label: f.label, command: f.command }));
  return baseReply(
    ctx,
    { command, subcommand: entry.id, title: entry.title },
    {
      ...(entry.intro ? { intro: factText(entry.intro, ctx.content.locale) } : {}),
      sections: entry.sections.map((s) => factsToSection(s.kind, s.facts, s.title, ctx.content.locale)),
      links: entry.links.map((l) => ({ label: l.label, url: l.url })),
      actions,
      sources: sourcesFor(
        ctx.content,
        facts.flatMap((f) => f.sources),
      ),
      shareCommand,
    },
  );
}

/** "Not understood": names the valid choices, closest first. */
export function choicesReply(
  ctx: CommandContext,
  command: string,
  problem: string,
  choices: string[],
  describe: (choice: string) => string,
  /** Every valid choice in its natural order; defaults to `choices`. */
  all: string[] = choices,
): Reply {
  const closest = choices.slice(0, 3);
  const words = replyWords(ctx.content.locale);
  const sections: ReplySection[] = [
    {
      kind: 'bullets',
      title: closest.length > 1 ? words.didYouMeanMany : words.didYouMeanOne,
      items: closest.map(describe),
    },
  ];
  if (all.length > closest.length) {
    sections.push({ kind: 'text', title: words.allChoices, text: all.join(', ') });
  }
  return baseReply(
    ctx,
    { command, subcommand: null, title: problem },
    {
      understood: false,
      sections,
      actions: closest.map((c) => ({ label: c, command: c.startsWith('/') ? c : `/${command} ${c}` })),
    },
  );
}
