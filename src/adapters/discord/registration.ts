// The slash-command registration JSON, generated from the core's registry so Discord never drifts from it.
import { commands as registry } from '../../commands/index.js';
import type { Command, OptionSpec, SubcommandSpec } from '../../core/command.js';
import { truncate } from '../../core/text.js';
import { descriptionLocalizations, type Localizations, nameLocalizations } from './localizations.js';
import { INVITE_PERMISSIONS, PERMISSION } from './permissions.js';

/** Discord's numbers (discord-api-types), inlined so `say` and tests need not load discord.js. */
const CHAT_INPUT = 1;
const SUBCOMMAND = 1;
const STRING = 3;
export const CONTEXT = { Guild: 0, BotDM: 1, PrivateChannel: 2 } as const;
export const INSTALL = { Guild: 0, User: 1 } as const;

export const DESCRIPTION_MAX = 100;
export const SUBCOMMANDS_MAX = 25;

export interface RegisteredOption {
  name_localizations?: Localizations;
  description_localizations?: Localizations;
  type: typeof STRING;
  name: string;
  description: string;
  required: boolean;
  max_length?: number;
  autocomplete?: boolean;
  choices?: { name: string; value: string }[];
}

export interface RegisteredSubcommand {
  name_localizations?: Localizations;
  description_localizations?: Localizations;
  type: typeof SUBCOMMAND;
  name: string;
  description: string;
  options?: RegisteredOption[];
}

export interface RegisteredCommand {
  name_localizations?: Localizations;
  description_localizations?: Localizations;
  type: typeof CHAT_INPUT;
  name: string;
  description: string;
  options: RegisteredSubcommand[];
  default_member_permissions?: string;
  /** Absent in guild registration: a server's own commands have no install types or contexts. */
  contexts?: number[];
  integration_types?: number[];
}

export type RegistrationScope = 'global' | 'guild';

const describe = (text: string) => truncate(text, DESCRIPTION_MAX);

// The registry's option descriptions are examples written for text input ("every:monthly"); Discord shows
// them as hints under the option name, so they read better framed.
function optionDescription(o: OptionSpec): string {
  if (o.choices) return describe(`One of: ${o.choices.join(', ')}`);
  return describe(`Your ${o.name}, e.g. ${o.description}`);
}

/** Both localisation maps for one name and description path, left out when a language has none. */
function localized(
  name: string,
  path: string,
): Pick<RegisteredOption, 'name_localizations' | 'description_localizations'> {
  const names = nameLocalizations(name);
  const descriptions = descriptionLocalizations(path, describe);
  return {
    ...(names ? { name_localizations: names } : {}),
    ...(descriptions ? { description_localizations: descriptions } : {}),
  };
}

function option(o: OptionSpec, path: string): RegisteredOption {
  return {
    type: STRING,
    name: o.name,
    description: optionDescription(o),
    ...localized(o.name, `${path} ${o.name}`),
    required: o.required,
    ...(o.maxLength ? { max_length: o.maxLength } : {}),
    ...(o.autocomplete && !o.choices ? { autocomplete: true } : {}),
    ...(o.choices ? { choices: o.choices.map((c) => ({ name: c, value: c })) } : {}),
  };
}

function subcommand(s: SubcommandSpec, command: string): RegisteredSubcommand {
  const path = `${command} ${s.name}`;
  // Discord wants required options before optional ones.
  const options = [...(s.options ?? [])]
    .sort((a, b) => Number(b.required) - Number(a.required))
    .map((o) => option(o, path));
  return {
    type: SUBCOMMAND,
    name: s.name,
    description: describe(s.description),
    ...localized(s.name, path),
    ...(options.length ? { options } : {}),
  };
}

/**
 * Where a command may run, set explicitly because Discord's defaults have changed over time. Guides and topics
 * work everywhere a member can add the app (servers, the bot's DMs, private channels and group DMs); a
 * command that needs a channel the bot posts into needs the server install.
 */
function reach(spec: Command['spec']): Pick<RegisteredCommand, 'contexts' | 'integration_types'> {
  if (!spec.allowInDMs) return { contexts: [CONTEXT.Guild], integration_types: [INSTALL.Guild] };
  return {
    contexts: [CONTEXT.Guild, CONTEXT.BotDM, CONTEXT.PrivateChannel],
    integration_types: [INSTALL.Guild, INSTALL.User],
  };
}

/**
 * The commands as Discord's bulk-overwrite expects them. Guild commands are bound to one server: Discord
 * rejects or ignores install types and contexts there, so `guild` leaves them out (they only reach that
 * server's members, as a server install would).
 */
export function buildRegistration(
  list: readonly Command[] = registry,
  scope: RegistrationScope = 'global',
): RegisteredCommand[] {
  return list.map(({ spec }) => ({
    type: CHAT_INPUT,
    name: spec.name,
    description: describe(spec.description),
    ...localized(spec.name, spec.name),
    options: spec.subcommands.filter((s) => !s.hidden).map((s) => subcommand(s, spec.name)),
    // Members without Pin Messages do not even see moderator commands; server admins can still change that.
    ...(spec.moderatorOnly ? { default_member_permissions: PERMISSION.PinMessages.toString() } : {}),
    ...(scope === 'global' ? reach(spec) : {}),
  }));
}

/** What PATCH /applications/@me takes to offer both installs; each carries its default OAuth2 settings. */
export function installTypesConfig(): Record<
  string,
  { oauth2_install_params: { scopes: string[]; permissions: string } }
> {
  return {
    [INSTALL.Guild]: {
      oauth2_install_params: {
        scopes: ['bot', 'applications.commands'],
        permissions: INVITE_PERMISSIONS.toString(),
      },
    },
    [INSTALL.User]: { oauth2_install_params: { scopes: ['applications.commands'], permissions: '0' } },
  };
}

/** The server install: the bot joins with the five permissions it needs. */
export function inviteUrl(applicationId: string): string {
  const id = encodeURIComponent(applicationId);
  return `https://discord.com/oauth2/authorize?client_id=${id}&scope=bot+applications.commands&permissions=${INVITE_PERMISSIONS}&integration_type=${INSTALL.Guild}`;
}

/** The user install: a member adds the commands to their own account, usable wherever they are. */
export function userInstallUrl(applicationId: string): string {
  const id = encodeURIComponent(applicationId);
  return `https://discord.com/oauth2/authorize?client_id=${id}&scope=applications.commands&integration_type=${INSTALL.User}`;
}
