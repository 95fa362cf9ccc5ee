// The words of every refusal the pipeline gives before a command runs: a precondition the command's spec
// declares (moderators only, needs a channel) or a button that no longer means anything.
import type { CommandContext, Invocation } from './command.js';
import { baseReply } from './replies.js';
import type { Reply } from './reply.js';
import type { Managers } from './request.js';

const WHO_MAY: Record<Exclude<Managers, 'everyone'>, { who: string; ask: string }> = {
  'pin-permission': { who: 'members who can pin messages', ask: 'a moderator' },
  'workspace-admins': { who: 'workspace owners and admins', ask: 'a workspace owner or admin' },
};

const line = (inv: Invocation) => `/${inv.command}${inv.subcommand ? ` ${inv.subcommand}` : ''}`;

/** The member may not manage the channel's reminder: says who can, and what to ask them to run. */
export function notAManagerReply(ctx: CommandContext, inv: Invocation, managers: Managers): Reply {
  const rule = managers === 'everyone' ? WHO_MAY['pin-permission'] : WHO_MAY[managers];
  return baseReply(
    ctx,
    { command: inv.command, subcommand: inv.subcommand, title: `Only ${rule.who} can do that.` },
    { intro: `Ask ${rule.ask} to run ${line(inv)}.` },
  );
}

/** The platform could not be asked who the member is: refused rather than allowed (fail closed). */
export function managerUnknownReply(ctx: CommandContext, inv: Invocation, managers: Managers): Reply {
  const rule = managers === 'everyone' ? WHO_MAY['pin-permission'] : WHO_MAY[managers];
  return baseReply(
    ctx,
    {
      command: inv.command,
      subcommand: inv.subcommand,
      title: 'I could not check whether you may do that.',
    },
    {
      intro: `Only ${rule.who} can run ${line(inv)}, and I could not ask the platform just now. Please try again in a minute.`,
    },
  );
}

/** A subcommand that needs a server or workspace channel, run in the console or a direct message. */
export function needsChannelReply(ctx: CommandContext, inv: Invocation, home: string): Reply {
  return baseReply(
    ctx,
    {
      command: inv.command,
      subcommand: inv.subcommand,
      title: 'Reminders live in a Discord or Slack channel.',
    },
    {
      intro:
        inv.platform === 'console'
          ? 'Pinning needs a channel, so it works in Discord or Slack, not in this console.'
          : 'Pinning needs a server or workspace channel; it does not work in direct messages.',
      sections: [
        {
          kind: 'bullets',
          items: [
            `Run ${line(inv)} in the channel where the reminder should stay.`,
            `Here you can still read every guide: /${home} desktop or /${home} mobile.`,
          ],
        },
      ],
      actions: [{ label: 'Desktop steps', command: `/${home} desktop` }],
    },
  );
}

/**
 * Run through a person's own install in a server the bot has not joined: the bot cannot post or pin there, so
 * the reply says so, links the server install, and points at what works as it is.
 */
export function needsServerInstallReply(
  ctx: CommandContext,
  inv: Invocation,
  home: string,
  serverInstallUrl: string,
): Reply {
  return baseReply(
    ctx,
    {
      command: inv.command,
      subcommand: inv.subcommand,
      title: 'Reminders need the bot in this server.',
    },
    {
      intro:
        'You are using your own install of the bot, and it has not been added to this server, so it cannot post or pin a reminder here.',
      sections: [
        {
          kind: 'bullets',
          items: [
            'Someone who can manage the server can add the bot with the button below.',
            `Then run ${line(inv)} again in the channel where the reminder should stay.`,
            `Every guide works here already: /${home} desktop or /${home} mobile.`,
          ],
        },
      ],
      links: [{ label: 'Add the bot to a server', url: serverInstallUrl }],
      actions: [{ label: 'Desktop steps', command: `/${home} desktop` }],
    },
  );
}

/** A button whose custom id this version does not know (an old message, or a forged click). */
export function expiredButtonReply(ctx: CommandContext, home: string, help: string): Reply {
  return baseReply(
    ctx,
    { command: home, subcommand: null, title: 'That button has expired.' },
    { intro: `Run the command again, for example /${home} or /${help} help.` },
  );
}

/** The last resort when a way in itself failed before or after the pipeline. */
export function somethingWentWrongReply(ctx: CommandContext, home: string): Reply {
  return baseReply(
    ctx,
    { command: home, subcommand: null, title: 'Something went wrong on my side.' },
    { intro: 'Please try again in a minute.' },
  );
}
