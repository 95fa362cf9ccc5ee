// The slash-command registration JSON, generated from the core's registry so Discord never drifts from it.
import { commands as registry } from '../../commands/index.js';
import type { Command, OptionSpec, SubcommandSpec } from '../../core/command.js';
import { truncate } from '../../core/text.js';
import { INVITE_PERMISSIONS, PERMISSION } from './permissions.js';

/** Discord's numbers (discord-api-types), inlined so `say` and tests need not load discord.js. */
const CHAT_INPUT = 1;
const SUBCOMMAND = 1;
const STRING = 3;
const CONTEXT = { Guild: 0, BotDM: 1 } as const;
const GUILD_INSTALL = 0;

export const DESCRIPTION_MAX = 100;
export const SUBCOMMANDS_MAX = 25;

export interface RegisteredOption {
  type: typeof STRING;
  name: string;
  description: string;
  required: boolean;
  max_length?: number;
  autocomplete?: boolean;
  choices?: { name: string; value: string }[];
}

export interface RegisteredSubcommand {
  type: typeof SUBCOMMAND;
  name: string;
  description: string;
  options?: RegisteredOption[];
}

export interface RegisteredCommand {
  type: typeof CHAT_INPUT;
  name: string;
  description: string;
  options: RegisteredSubcommand[];
  default_member_permissions?: string;
  contexts: number[];
  integration_types: number[];
}

const describe = (text: string) => truncate(text, DESCRIPTION_MAX);

// The registry's option descriptions are examples written for text input ("every:monthly"); Discord shows
// them as hints under the option name, so they read better framed.
function optionDescription(o: OptionSpec): string {
  if (o.choices) return describe(`One of: ${o.choices.join(', ')}`);
  return describe(`Your ${o.name}, e.g. ${o.description}`);
}

function option(o: OptionSpec): RegisteredOption {
  return {
    type: STRING,
    name: o.name,
    description: optionDescription(o),
    required: o.required,
    ...(o.maxLength ? { max_length: o.maxLength } : {}),
    ...(o.autocomplete && !o.choices ? { autocomplete: true } : {}),
    ...(o.choices ? { choices: o.choices.map((c) => ({ name: c, value: c })) } : {}),
  };
}

function subcommand(s: SubcommandSpec): RegisteredSubcommand {
  // Discord wants required options before optional ones.
  const options = [...(s.options ?? [])].sort((a, b) => Number(b.required) - Number(a.required)).map(option);
  return {
    type: SUBCOMMAND,
    name: s.name,
    description: describe(s.description),
    ...(options.length ? { options } : {}),
  };
}

export function buildRegistration(list: readonly Command[] = registry): RegisteredCommand[] {
  return list.map(({ spec }) => ({
    type: CHAT_INPUT,
    name: spec.name,
    description: describe(spec.description),
    options: spec.subcommands.filter((s) => !s.hidden).map(subcommand),
    // Members without Pin Messages do not even see moderator commands; server admins can still change that.
    ...(spec.moderatorOnly ? { default_member_permissions: PERMISSION.PinMessages.toString() } : {}),
    // Guild install only: servers and DMs with the bot (private-channel context needs a user install).
    contexts: spec.allowInDMs ? [CONTEXT.Guild, CONTEXT.BotDM] : [CONTEXT.Guild],
    integration_types: [GUILD_INSTALL],
  }));
}

export function inviteUrl(applicationId: string): string {
  const id = encodeURIComponent(applicationId);
  return `https://discord.com/oauth2/authorize?client_id=${id}&scope=bot+applications.commands&permissions=${INVITE_PERMISSIONS}`;
}
