// Outcomes of the reminder service and platform failures become Replies here and nowhere else. The words are
// in presenter-words.ts (the public reminder message's in message-words.ts).

import type { Locale } from '../content/types.js';
import type { CommandContext } from '../core/command.js';
import type { Schedule } from '../core/ports.js';
import type { Reply } from '../core/reply.js';
import { baseReply, formatDate } from '../core/reply-builders.js';
import type { ChannelLabel, FailureReason, ReminderAction, ReminderOutcome } from './outcomes.js';
import { type PresenterWords, presenterWords } from './presenter-words.js';
import type { ChatPlatform } from './store.js';

const COMMAND = 'linkedin-reminder';

export type PresenterContext = Pick<CommandContext, 'content' | 'contentVersion' | 'now' | 'staleAfterDays'>;

export interface FailureWords {
  /** One sentence, shown as the reply title and inside the "could not pin" note. */
  title: string;
  lines: string[];
}

const NAME: Record<ChatPlatform, string> = { discord: 'Discord', slack: 'Slack' };

function isPinLimit(r: FailureReason): boolean {
  return (
    r.kind !== 'internal' && (r.reason === 'pin-limit' || r.code === 30003 || r.code === 'too_many_pins')
  );
}

/** What went wrong and the one thing to do about it, in the reminder's or the member's language. */
export function failureWords(platform: ChatPlatform, r: FailureReason, locale: Locale = 'en'): FailureWords {
  const w = presenterWords(locale);
  const name = NAME[platform];
  if (r.kind === 'internal') return { title: w.internalTitle, lines: [w.internalLine] };
  const handle = r.botHandle ?? w.theBot;
  if (isPinLimit(r)) {
    return {
      title: platform === 'discord' ? w.pinLimitDiscord : w.pinLimitSlack,
      lines: [w.pinLimitLine],
    };
  }
  switch (r.kind) {
    case 'missing-permission':
      if (platform === 'discord') {
        return { title: w.permissionTitle(r.permission ?? 'Pin Messages'), lines: [w.permissionLine] };
      }
      if (r.scope) return { title: w.scopeTitle(r.scope), lines: [w.scopeLine(r.scope)] };
      return {
        title: w.notAllowedTitle,
        lines: [...(r.reason ? [w.slackReason(w.slackReasons[r.reason])] : []), w.notAllowedLine],
      };
    case 'not-in-channel':
      if (platform === 'slack') return { title: w.inviteTitle(handle), lines: [w.thenPinAgain] };
      return { title: w.cannotSeeTitle, lines: [w.cannotSeeLine] };
    case 'not-found':
      return platform === 'slack'
        ? { title: w.cannotFindTitle, lines: [w.cannotFindLine(handle)] }
        : { title: w.goneTitle, lines: [w.goneLine] };
    case 'rate-limited': {
      const wait =
        r.retryAfterMs && r.retryAfterMs > 60_000
          ? w.waitMinutes(Math.ceil(r.retryAfterMs / 60_000))
          : w.waitAMinute;
      return { title: w.slowDownTitle(name), lines: [wait] };
    }
    case 'unavailable':
      return { title: w.notAnsweringTitle(name), lines: [w.runAgainLine] };
  }
}

function where(w: PresenterWords, channel: ChannelLabel): string {
  return channel.name ? w.named(channel.name) : w.here;
}

function when(w: PresenterWords, locale: Locale, ms: number | null): string {
  if (ms === null) return w.notScheduled;
  const iso = new Date(ms).toISOString();
  return `${formatDate(iso.slice(0, 10), locale)}, ${iso.slice(11, 16)} UTC`;
}

function scheduleLine(w: PresenterWords, locale: Locale, schedule: Schedule, next: number | null): string {
  if (schedule === 'off') return w.scheduleNone;
  return w.scheduleEvery(w.scheduleName[schedule], when(w, locale, next));
}

function subcommandOf(o: ReminderOutcome): ReminderAction {
  switch (o.kind) {
    case 'pinned':
      return 'pin';
    case 'unpinned':
    case 'forgotten':
    case 'unpin-refused':
      return 'unpin';
    case 'status':
      return 'status';
    case 'confirmed':
    case 'confirm-inactive':
      return 'confirm';
    default:
      return o.action;
  }
}

/** The private reply for one reminder outcome, in the context's language. */
export function presentReminder(ctx: PresenterContext, o: ReminderOutcome): Reply {
  const { locale } = ctx.content;
  const w = presenterWords(locale);
  const reply = (title: string, rest: Partial<Reply> = {}) =>
    baseReply(ctx, { command: COMMAND, subcommand: subcommandOf(o), title }, rest);
  const bullets = (items: string[]): Partial<Reply> => ({ sections: [{ kind: 'bullets', items }] });
  switch (o.kind) {
    case 'pinned':
      return reply(o.refreshed ? w.refreshedTitle(where(w, o.channel)) : w.pinnedTitle(where(w, o.channel)), {
        intro: o.refreshed ? w.refreshedIntro : w.pinnedIntro,
        ...bullets([
          scheduleLine(w, locale, o.schedule, o.nextPostAt),
          w.confirmationsSoFar(o.confirmations),
        ]),
      });
    case 'busy':
      return reply(w.busyTitle, { intro: w.tryInAMinute });
    case 'unpinned':
      return reply(w.unpinnedTitle(where(w, o.channel)), {
        intro: o.scheduleStopped ? w.unpinnedStoppedIntro : w.unpinnedIntro,
      });
    case 'forgotten':
      return reply(w.forgottenTitle(where(w, o.channel)), { intro: w.forgottenIntro });
    case 'unpin-refused':
      return reply(failureWords(o.platform, o.reason, locale).title, bullets([...w.unpinRefused]));
    case 'not-pinned':
      return reply(w.notPinnedTitle(where(w, o.channel)), { intro: w.notPinnedIntro });
    case 'status':
      if (o.state === 'pending') {
        return reply(w.pendingTitle(where(w, o.channel)), {
          intro: w.pendingIntro,
          ...bullets([w.confirmationsSoFar(o.confirmations)]),
        });
      }
      return reply(w.pinnedTitle(where(w, o.channel)), {
        ...bullets([
          w.pinnedSince(when(w, locale, o.pinnedAt)),
          scheduleLine(w, locale, o.schedule, o.nextPostAt),
          w.confirmations(o.confirmations),
          o.factsCurrent ? w.factsCurrent : w.factsUpdating,
        ]),
      });
    case 'confirmed': {
      if (o.already) return reply(w.alreadyCountedTitle, { intro: w.alreadyCountedIntro(o.count) });
      const others = o.count - 1;
      return reply(w.countedTitle, { intro: others === 0 ? w.firstIntro : w.othersIntro(others) });
    }
    case 'confirm-inactive':
      return reply(w.inactiveTitle, { intro: w.inactiveIntro });
    case 'no-channel':
      return reply(w.noChannelTitle, { intro: w.noChannelIntro });
    case 'platform-down':
      return reply(w.notAnsweringTitle(NAME[o.platform]));
    case 'failed': {
      const f = failureWords(o.platform, o.reason, locale);
      return reply(f.title, bullets(f.lines));
    }
  }
}
