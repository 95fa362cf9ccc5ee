// The pinned reminder itself, built from the content so a content change is a reason to edit it in place.
import type { Entry, Fact, Locale } from '../content/types.js';
import type { CommandContext } from '../core/command.js';
import type { Reply } from '../core/reply.js';
import { baseReply, sourcesFor } from '../core/reply-builders.js';
import { messageWords } from './message-words.js';

export const CONFIRM_COMMAND = '/linkedin-reminder confirm';
const COMMAND = 'linkedin-reminder';

export type MessageContext = Pick<CommandContext, 'content' | 'contentVersion' | 'now' | 'staleAfterDays'>;

function stepFacts(entry: Entry | undefined): Fact[] {
  return entry?.sections.find((s) => s.kind === 'steps')?.facts ?? [];
}

/**
 * One step as a menu name: "Click Me (your profile photo in the top bar)." → "Me",
 * 'Under "How LinkedIn uses your data", click Data for … .' → "Data for …". Derived, never invented,
 * so a change to the guide's steps changes the pinned message too.
 */
export function shortStep(text: string): string {
  const short = text
    .replace(/\.$/, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^under\s+"[^"]*",\s*/i, '')
    .replace(/^(click|choose|open|tap|select|go to)\s+/i, '')
    .replace(/^your\s+/i, '')
    .replace(/\s*"[^"]*"\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return short || text;
}

export function shortPath(entry: Entry | undefined): string | undefined {
  const steps = stepFacts(entry);
  return steps.length ? steps.map((f) => shortStep(f.text)).join(' → ') : undefined;
}

export function confirmLabel(count: number, locale: Locale = 'en'): string {
  return messageWords(locale).confirm(count);
}

/** The public reminder: why, the link, the two paths, the live count and the as-of date. */
export function reminderMessage(ctx: MessageContext, count: number): Reply {
  const { guides, locale } = ctx.content;
  const words = messageWords(locale);
  const overview = guides.overview;
  const why: Fact[] = [];
  if (overview?.intro) why.push(overview.intro);
  const future = overview?.sections.flatMap((s) => s.facts).find((f) => /future training/i.test(f.text));
  if (future) why.push(future);
  const lines: string[] = [];
  const desktop = shortPath(guides.desktop);
  const mobile = shortPath(guides.mobile);
  if (desktop) lines.push(`${words.desktop}: ${desktop}`);
  if (mobile) lines.push(`${words.mobileApp}: ${mobile}`);
  return baseReply(
    ctx,
    { command: COMMAND, subcommand: 'pin', title: overview?.title ?? words.fallbackTitle },
    {
      ...(why.length ? { intro: why.map((f) => f.text).join(' ') } : {}),
      sections: lines.length ? [{ kind: 'bullets', items: lines }] : [],
      links: [{ label: words.openSetting, url: ctx.content.settingUrl }],
      actions: [{ label: confirmLabel(count, locale), command: CONFIRM_COMMAND, style: 'success' }],
      sources: sourcesFor(ctx.content, [
        ...why.flatMap((f) => f.sources),
        'SETTING-URL',
        ...stepFacts(guides.desktop).flatMap((f) => f.sources),
        ...stepFacts(guides.mobile).flatMap((f) => f.sources),
      ]),
      visibility: 'public',
    },
  );
}

/**
 * What a posted reminder becomes when it could not be pinned: a short public note instead of an unpinned
 * reminder. Its message id is kept, so the next pin attempt turns this same message back into the reminder.
 */
export function unpinnedNote(ctx: MessageContext, why: string): Reply {
  const words = messageWords(ctx.content.locale);
  return baseReply(
    ctx,
    { command: COMMAND, subcommand: 'pin', title: words.unpinnedTitle },
    {
      intro: words.unpinnedIntro(why),
      visibility: 'public',
    },
  );
}
