// Every word a moderator or member reads about reminders (except the public reminder message itself, in
// message.ts): outcomes of the service and platform failures become Replies here and nowhere else.
import type { CommandContext } from '../core/command.js';
import type { PlatformErrorFields, Schedule } from '../core/ports.js';
import type { Reply } from '../core/reply.js';
import { baseReply, formatDate } from '../core/reply-builders.js';
import type { ChannelLabel, FailureReason, ReminderAction, ReminderOutcome } from './outcomes.js';
import type { ChatPlatform } from './store.js';

const COMMAND = 'linkedin-reminder';
const PIN_AGAIN = 'run /linkedin-reminder pin again';

export type PresenterContext = Pick<CommandContext, 'content' | 'contentVersion' | 'now' | 'staleAfterDays'>;

export interface FailureWords {
  /** One sentence, shown as the reply title and inside the "could not pin" note. */
  title: string;
  lines: string[];
}

const NAME: Record<ChatPlatform, string> = { discord: 'Discord', slack: 'Slack' };

const SLACK_REASON: Record<NonNullable<PlatformErrorFields['reason']>, string> = {
  'pin-limit': 'the channel has reached its pin limit',
  'channel-archived': 'the channel is archived',
  'workspace-setting': 'a workspace setting forbids this',
  'app-uninstalled': 'the app is no longer installed in this workspace',
};

function isPinLimit(r: FailureReason): boolean {
  return (
    r.kind !== 'internal' && (r.reason === 'pin-limit' || r.code === 30003 || r.code === 'too_many_pins')
  );
}

/** What went wrong and the one thing to do about it. */
export function failureWords(platform: ChatPlatform, r: FailureReason): FailureWords {
  const name = NAME[platform];
  if (r.kind === 'internal') {
    return {
      title: 'Something went wrong on my side.',
      lines: ['Please try again in a minute. If it keeps failing, tell whoever runs this bot.'],
    };
  }
  const handle = r.botHandle ?? 'the bot';
  if (isPinLimit(r)) {
    return {
      title:
        platform === 'discord'
          ? 'That channel has 250 pins already (the Discord limit).'
          : 'That channel has too many pins already.',
      lines: ['Unpin an older message, then run /linkedin-reminder pin again.'],
    };
  }
  switch (r.kind) {
    case 'missing-permission':
      if (platform === 'discord') {
        return {
          title: `I need the ${r.permission ?? 'Pin Messages'} permission in this channel.`,
          lines: [
            `A server admin can grant it to my role in the channel settings (Permissions), then ${PIN_AGAIN}.`,
          ],
        };
      }
      if (r.scope) {
        return {
          title: `I am missing the ${r.scope} permission here.`,
          lines: [
            `A workspace admin can add the ${r.scope} scope to the Slack app and reinstall the app to the workspace, then ${PIN_AGAIN}.`,
          ],
        };
      }
      return {
        title: 'I am not allowed to post or pin in this channel.',
        lines: [
          ...(r.reason ? [`Slack's reason: ${SLACK_REASON[r.reason]}.`] : []),
          'A workspace admin can reinstall the app with the chat:write and pins:write scopes, or allow apps to post in this channel.',
        ],
      };
    case 'not-in-channel':
      if (platform === 'slack') {
        return {
          title: `Invite me first: type /invite @${handle} in this channel.`,
          lines: ['Then run /linkedin-reminder pin again.'],
        };
      }
      return {
        title: 'I cannot see or post in this channel.',
        lines: [`Give my role View Channel, Send Messages and Pin Messages here, then ${PIN_AGAIN}.`],
      };
    case 'not-found':
      return platform === 'slack'
        ? {
            title: 'I cannot find this channel or the reminder message.',
            lines: [`If the channel is private, invite me with /invite @${handle}; then ${PIN_AGAIN}.`],
          }
        : {
            title: 'The channel or the reminder message is gone.',
            lines: ['Run /linkedin-reminder pin again to post a fresh one.'],
          };
    case 'rate-limited': {
      const wait =
        r.retryAfterMs && r.retryAfterMs > 60_000
          ? `Try again in ${Math.ceil(r.retryAfterMs / 60_000)} minutes; nothing was lost.`
          : 'Try again in a minute; nothing was lost.';
      return { title: `${name} asked me to slow down.`, lines: [wait] };
    }
    case 'unavailable':
      return {
        title: `${name} is not answering; try again shortly.`,
        lines: ['Run the command again in a minute.'],
      };
  }
}

function where(channel: ChannelLabel): string {
  return channel.name ? `#${channel.name}` : 'this channel';
}

function when(ms: number | null): string {
  if (ms === null) return 'not scheduled';
  const iso = new Date(ms).toISOString();
  return `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}

function scheduleLine(schedule: Schedule, next: number | null): string {
  if (schedule === 'off') return 'Schedule: none (add every:weekly or every:monthly to re-post it)';
  return `Schedule: re-posted ${schedule}; next re-post ${when(next)}`;
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

/** The private reply for one reminder outcome. */
export function presentReminder(ctx: PresenterContext, o: ReminderOutcome): Reply {
  const reply = (title: string, rest: Partial<Reply> = {}) =>
    baseReply(ctx, { command: COMMAND, subcommand: subcommandOf(o), title }, rest);
  const bullets = (items: string[]): Partial<Reply> => ({ sections: [{ kind: 'bullets', items }] });
  switch (o.kind) {
    case 'pinned':
      return reply(
        o.refreshed
          ? `Reminder refreshed in ${where(o.channel)}.`
          : `Reminder pinned in ${where(o.channel)}.`,
        {
          intro: o.refreshed
            ? 'It was already pinned: I updated it in place, so there is still one pinned reminder.'
            : 'Members can click "I\'ve turned it off" to be counted; the message stays current when the facts change.',
          ...bullets([scheduleLine(o.schedule, o.nextPostAt), `Confirmations so far: ${o.confirmations}`]),
        },
      );
    case 'busy':
      return reply('I am already updating the reminder in this channel.', {
        intro: 'Try again in a minute.',
      });
    case 'unpinned':
      return reply(`Reminder unpinned in ${where(o.channel)}.`, {
        intro: o.scheduleStopped
          ? 'Its schedule is stopped too. The message stays in the channel history, no longer pinned.'
          : 'The message stays in the channel history, no longer pinned.',
      });
    case 'forgotten':
      return reply(`Reminder removed for ${where(o.channel)}.`, {
        intro:
          'I could not reach the message any more, so there was nothing left for me to unpin. Any schedule is stopped.',
      });
    case 'unpin-refused':
      return reply(failureWords(o.platform, o.reason).title, {
        ...bullets([
          'I stopped the schedule, but the message is still pinned.',
          'Unpin it by hand, or run /linkedin-reminder unpin again once I have the permission.',
        ]),
      });
    case 'not-pinned':
      return reply(`No reminder is pinned in ${where(o.channel)}.`, {
        intro:
          'A moderator can pin one with /linkedin-reminder pin (add every:monthly to re-post it monthly).',
      });
    case 'status':
      if (o.state === 'pending') {
        return reply(`The reminder in ${where(o.channel)} is not pinned yet.`, {
          intro:
            'The last attempt to pin it failed. Run /linkedin-reminder pin again: it reuses the same message.',
          ...bullets([`Confirmations so far: ${o.confirmations}`]),
        });
      }
      return reply(`Reminder pinned in ${where(o.channel)}.`, {
        ...bullets([
          `Pinned since: ${when(o.pinnedAt)}`,
          scheduleLine(o.schedule, o.nextPostAt),
          `Confirmations: ${o.confirmations}`,
          o.factsCurrent ? 'Facts: current' : 'Facts: an update is on its way to the pinned message',
        ]),
      });
    case 'confirmed': {
      if (o.already) {
        return reply('You were already counted. Thank you!', {
          intro: `${o.count} member${o.count === 1 ? '' : 's'} in this channel switched it off. Each person counts once.`,
        });
      }
      const others = o.count - 1;
      return reply('Thank you! You are counted.', {
        intro:
          others === 0
            ? 'You are the first in this channel to switch it off.'
            : `You and ${others} other${others === 1 ? '' : 's'} in this channel switched it off.`,
      });
    }
    case 'confirm-inactive':
      return reply('Thank you for switching it off!', {
        intro: 'This reminder is no longer active here, so I could not add you to its count.',
      });
    case 'no-channel':
      return reply('Reminders live in a server or workspace channel.', {
        intro: 'Run /linkedin-reminder pin in the channel where it should stay, not in a direct message.',
      });
    case 'platform-down':
      return reply(`${NAME[o.platform]} is not answering; try again shortly.`);
    case 'failed': {
      const f = failureWords(o.platform, o.reason);
      return reply(f.title, bullets(f.lines));
    }
  }
}
