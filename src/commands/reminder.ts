// /linkedin-reminder: a pinned channel reminder that stays current and counts confirmations.
import type { Command, CommandContext, CommandSpec, Invocation } from '../core/command.js';
import { isLocale, LOCALES } from '../core/locale.js';
import type { ReminderTarget, Schedule } from '../core/ports.js';
import { refusalWords } from '../core/refusal-words.js';
import type { Reply } from '../core/reply.js';
import { baseReply } from '../core/reply-builders.js';
import type { ReminderOutcome } from '../reminders/outcomes.js';
import { presentReminder } from '../reminders/presenter.js';
import { commandWords } from './command-words.js';
import { helpReply } from './help.js';

export const SCHEDULES: readonly Schedule[] = ['off', 'weekly', 'monthly'];

const spec: CommandSpec = {
  name: 'linkedin-reminder',
  description: 'Pin a reminder in this channel that counts who switched the setting off',
  usageHint: 'pin [every:off|weekly|monthly] [language:<code>] | unpin | status | help',
  moderatorOnly: true,
  allowInDMs: false,
  subcommands: [
    {
      name: 'pin',
      description: 'Post and pin the reminder here (optionally re-post it weekly or monthly)',
      moderatorOnly: true,
      needsChannel: true,
      needsServerInstall: true,
      options: [
        { name: 'every', description: 'every:monthly', required: false, choices: [...SCHEDULES] },
        { name: 'language', description: 'language:de', required: false, choices: [...LOCALES] },
      ],
    },
    {
      name: 'unpin',
      description: 'Unpin the reminder and stop its schedule',
      moderatorOnly: true,
      needsChannel: true,
      needsServerInstall: true,
    },
    {
      name: 'status',
      description: 'Where it is pinned, since when, the next re-post and the count',
      needsChannel: true,
      needsServerInstall: true,
    },
    { name: 'help', description: 'How reminders work' },
    {
      name: 'confirm',
      description: "I've turned the setting off (the reminder's button)",
      hidden: true,
      needsChannel: true,
      needsServerInstall: true,
    },
  ],
};

/** Said where no reminder can live; the same words as the pipeline's refusal (src/core/refusal-words.ts). */
function notHere(ctx: CommandContext, inv: Invocation, why: 'needsChannelConsole' | 'needsChannelDM'): Reply {
  const w = refusalWords(ctx.content.locale);
  return baseReply(
    ctx,
    { command: spec.name, subcommand: inv.subcommand, title: w.needsChannelTitle },
    {
      intro: w[why],
      sections: [
        {
          kind: 'bullets',
          items: [w.runInChannel('/linkedin-reminder pin'), w.readGuides('linkedin-optout')],
        },
      ],
      actions: [{ label: w.desktopSteps, command: '/linkedin-optout desktop' }],
    },
  );
}

export const reminder: Command = {
  spec,
  async run(inv, ctx) {
    const sub = inv.subcommand;
    if (sub === null || sub === 'help') {
      return helpReply(ctx, spec, commandWords(ctx.content.locale).reminderHelp);
    }
    if (inv.platform === 'console') {
      return notHere(ctx, inv, 'needsChannelConsole');
    }
    if (!ctx.reminders || !inv.channel) {
      return notHere(ctx, inv, 'needsChannelDM');
    }
    // The reminder's language: the one asked for, else the server's (Discord's guild_locale), else the
    // language of whoever pins it.
    const language = inv.options.language;
    const target: ReminderTarget = {
      platform: inv.platform,
      channel: inv.channel,
      userId: inv.userId,
      locale: language && isLocale(language) ? language : (inv.channel.locale ?? inv.locale),
    };
    const port = ctx.reminders;
    const run: Record<'pin' | 'unpin' | 'confirm' | 'status', () => Promise<ReminderOutcome>> = {
      pin: () => port.pin(target, (inv.options.every as Schedule | undefined) ?? 'off'),
      unpin: () => port.unpin(target),
      confirm: () => port.confirm(target),
      status: () => port.status(target),
    };
    const action = sub in run ? (sub as keyof typeof run) : 'status';
    return presentReminder(ctx, await run[action]());
  },
};
