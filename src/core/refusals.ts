// The words of every refusal the pipeline gives before a command runs: a precondition the command's spec
// declares (moderators only, needs a channel) or a button that no longer means anything.
import type { CommandContext, Invocation } from './command.js';
import { refusalWords } from './refusal-words.js';
import type { Reply } from './reply.js';
import { baseReply } from './reply-builders.js';
import type { Managers } from './request.js';

const line = (inv: Invocation) => `/${inv.command}${inv.subcommand ? ` ${inv.subcommand}` : ''}`;

const words = (ctx: CommandContext) => refusalWords(ctx.content.locale);
const ruleFor = (ctx: CommandContext, managers: Managers) =>
  words(ctx).who[managers === 'everyone' ? 'pin-permission' : managers];

/** The member may not manage the channel's reminder: says who can, and what to ask them to run. */
export function notAManagerReply(ctx: CommandContext, inv: Invocation, managers: Managers): Reply {
  const rule = ruleFor(ctx, managers);
  const w = words(ctx);
  return baseReply(
    ctx,
    { command: inv.command, subcommand: inv.subcommand, title: w.notAManagerTitle(rule.who) },
    { intro: w.notAManagerIntro(rule.ask, line(inv)) },
  );
}

/** The platform could not be asked who the member is: refused rather than allowed (fail closed). */
export function managerUnknownReply(ctx: CommandContext, inv: Invocation, managers: Managers): Reply {
  const rule = ruleFor(ctx, managers);
  const w = words(ctx);
  return baseReply(
    ctx,
    { command: inv.command, subcommand: inv.subcommand, title: w.managerUnknownTitle },
    { intro: w.managerUnknownIntro(rule.who, line(inv)) },
  );
}

/** A subcommand that needs a server or workspace channel, run in the console or a direct message. */
export function needsChannelReply(ctx: CommandContext, inv: Invocation, home: string): Reply {
  const w = words(ctx);
  return baseReply(
    ctx,
    { command: inv.command, subcommand: inv.subcommand, title: w.needsChannelTitle },
    {
      intro: inv.platform === 'console' ? w.needsChannelConsole : w.needsChannelDM,
      sections: [{ kind: 'bullets', items: [w.runInChannel(line(inv)), w.readGuides(home)] }],
      actions: [{ label: w.desktopSteps, command: `/${home} desktop` }],
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
  const w = words(ctx);
  return baseReply(
    ctx,
    { command: inv.command, subcommand: inv.subcommand, title: w.needsServerTitle },
    {
      intro: w.needsServerIntro,
      sections: [
        {
          kind: 'bullets',
          items: [w.addBotLine, w.runAgainInChannel(line(inv)), w.guidesWorkHere(home)],
        },
      ],
      links: [{ label: w.addBotLink, url: serverInstallUrl }],
      actions: [{ label: w.desktopSteps, command: `/${home} desktop` }],
    },
  );
}

/** A button whose custom id this version does not know (an old message, or a forged click). */
export function expiredButtonReply(ctx: CommandContext, home: string, help: string): Reply {
  const w = words(ctx);
  return baseReply(
    ctx,
    { command: home, subcommand: null, title: w.expiredTitle },
    { intro: w.expiredIntro(home, help) },
  );
}

/** The last resort when a way in itself failed before or after the pipeline. */
export function somethingWentWrongReply(ctx: CommandContext, home: string): Reply {
  const w = words(ctx);
  return baseReply(ctx, { command: home, subcommand: null, title: w.wentWrongTitle }, { intro: w.tryAgain });
}
