// /linkedin-optout: how to switch the setting off, per device, plus related settings.
import { getContent } from '../content/index.js';
import type { Command, CommandSpec } from '../core/command.js';
import { choicesReply, entryReply } from '../core/reply-builders.js';
import { commandWords } from './command-words.js';
import { helpReply } from './help.js';

const en = getContent('en');
const guide = (id: string) => {
  const g = en.guides[id];
  if (!g) throw new Error(`missing guide ${id}`);
  return g;
};

export const GUIDE_IDS = ['desktop', 'mobile', 'link', 'objection-form', 'ads-sharing'] as const;

const spec: CommandSpec = {
  name: 'linkedin-optout',
  description: 'How to switch off LinkedIn using your data to train its AI',
  usageHint: 'desktop | mobile | link | objection-form | ads-sharing | help',
  allowInDMs: true,
  cacheable: true,
  subcommands: [
    ...GUIDE_IDS.map((id) => ({
      name: id,
      description: guide(id).summary,
      ...(id === 'mobile' ? { aliases: ['ios', 'android', 'app', 'phone', 'iphone'] } : {}),
      ...(id === 'objection-form' ? { aliases: ['objection', 'object', 'form'] } : {}),
      ...(id === 'ads-sharing' ? { aliases: ['ads', 'ad-sharing', 'advertising'] } : {}),
      ...(id === 'link' ? { aliases: ['url', 'direct-link'] } : {}),
    })),
    { name: 'help', description: 'List the guides' },
  ],
};

export const optout: Command = {
  spec,
  run(inv, ctx) {
    const sub = inv.subcommand;
    if (sub === 'help') {
      const w = commandWords(ctx.content.locale);
      return helpReply(ctx, spec, [w.optoutHelp('/linkedin-optout desktop', '/linkedin-optout mobile')]);
    }
    // Every other subcommand is a guide id (the spec is built from GUIDE_IDS); no subcommand is the overview.
    const entry = ctx.content.guides[sub ?? 'overview'];
    if (!entry) {
      const title = commandWords(ctx.content.locale).noGuide(sub ?? '');
      return choicesReply(ctx, spec.name, title, [...GUIDE_IDS], (id) => id);
    }
    return entryReply(ctx, spec.name, entry, sub ? `/${spec.name} ${sub}` : `/${spec.name}`);
  },
};
