// Platform failures in words a moderator can act on: what is wrong and the one thing to do about it.
import { PlatformError } from '../core/ports.js';
import type { ReminderPlatform } from './store.js';

export interface Failure {
  /** One sentence, shown as the reply title and inside the "could not pin" note. */
  title: string;
  lines: string[];
}

const NAME: Record<ReminderPlatform, string> = { discord: 'Discord', slack: 'Slack' };

/** Discord error 30003, or a Slack adapter that reports its own pin limit. */
function isPinLimit(err: PlatformError): boolean {
  return (
    err.code === 30003 ||
    err.code === '30003' ||
    err.code === 'too_many_pins' ||
    /\b(maximum number of pins|too many pins|pin limit)\b/i.test(`${err.message} ${err.detail ?? ''}`)
  );
}

/**
 * The bot's handle for "/invite @…". Ports may give the bare name ("optout-bot") or, like the Slack port, a
 * whole sentence that already contains "/invite @name"; pasting such a sentence after "@" made replies like
 * "/invite @invite me with /invite @bot", so the name is taken out of it.
 */
function botHandle(detail: string | undefined): string {
  const named = detail?.match(/\/invite @([\w.-]+)/)?.[1];
  if (named) return named;
  return detail && !/\s/.test(detail) ? detail : 'the bot';
}

/** A Slack scope named in a detail: "pins:write" alone or inside "add the pins:write scope … reinstall". */
function slackScope(detail: string | undefined): string | undefined {
  return detail?.match(/\b[a-z]+:[a-z]+(?:\.[a-z]+)*\b/)?.[0];
}

export function describeFailure(platform: ReminderPlatform, err: unknown): Failure {
  const name = NAME[platform];
  if (!(err instanceof PlatformError)) {
    return {
      title: 'Something went wrong on my side.',
      lines: ['Please try again in a minute. If it keeps failing, tell whoever runs this bot.'],
    };
  }
  if (isPinLimit(err)) {
    return {
      title:
        platform === 'discord'
          ? 'That channel has 250 pins already (the Discord limit).'
          : 'That channel has too many pins already.',
      lines: ['Unpin an older message, then run /linkedin-reminder pin again.'],
    };
  }
  switch (err.kind) {
    case 'missing-permission':
      if (platform === 'discord') {
        return {
          title: `I need the ${err.detail ?? 'Pin Messages'} permission in this channel.`,
          lines: [
            'A server admin can grant it to my role in the channel settings (Permissions), then run /linkedin-reminder pin again.',
          ],
        };
      }
      {
        // The Slack port's detail is a sentence ("add the pins:write scope … then reinstall"), or a reason
        // without a scope ("the channel is archived"): only a scope name belongs in "missing the … permission".
        const scope = slackScope(err.detail);
        if (scope) {
          return {
            title: `I am missing the ${scope} permission here.`,
            lines: [
              `A workspace admin can add the ${scope} scope to the Slack app and reinstall the app to the workspace, then run /linkedin-reminder pin again.`,
            ],
          };
        }
        return {
          title: 'I am not allowed to post or pin in this channel.',
          lines: [
            ...(err.detail ? [`Slack's reason: ${err.detail}.`] : []),
            'A workspace admin can reinstall the app with the chat:write and pins:write scopes, or allow apps to post in this channel.',
          ],
        };
      }
    case 'not-in-channel':
      if (platform === 'slack') {
        return {
          title: `Invite me first: type /invite @${botHandle(err.detail)} in this channel.`,
          lines: ['Then run /linkedin-reminder pin again.'],
        };
      }
      return {
        title: 'I cannot see or post in this channel.',
        lines: [
          'Give my role View Channel, Send Messages and Pin Messages here, then run /linkedin-reminder pin again.',
        ],
      };
    case 'not-found':
      return {
        title:
          platform === 'slack'
            ? 'I cannot find this channel or the reminder message.'
            : 'The channel or the reminder message is gone.',
        lines: [
          platform === 'slack'
            ? `If the channel is private, invite me with /invite @${botHandle(err.detail)}; then run /linkedin-reminder pin again.`
            : 'Run /linkedin-reminder pin again to post a fresh one.',
        ],
      };
    case 'rate-limited':
      return {
        title: `${name} asked me to slow down.`,
        lines: ['Try again in a minute; nothing was lost.'],
      };
    case 'unavailable':
      return {
        title: `${name} is not answering; try again shortly.`,
        lines: ['Run the command again in a minute.'],
      };
  }
}
