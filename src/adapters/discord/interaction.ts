// The Discord way in, shared by the gateway and the HTTP endpoint: payload → InteractionInput → the neutral
// request → the core's pipeline (src/core/pipeline.ts) → Reply → interaction response JSON.
// Only the transport differs: the HTTP endpoint returns the body, the gateway POSTs it to the callback route.
import { z } from 'zod';
import type { Services } from '../../app.js';
import { suggestQuestions } from '../../ask/suggest.js';
import { COMMAND } from '../../commands/index.js';
import type { Locale } from '../../content/types.js';
import type { ChannelRef } from '../../core/command.js';
import { localeFromDiscord } from '../../core/locale.js';
import type { PlatformCheck } from '../../core/pipeline.js';
import { expiredButtonReply, somethingWentWrongReply } from '../../core/refusals.js';
import { renderOnce } from '../../core/reply-cache.js';
import type { Origin, PipelineOutcome, PipelineRequest } from '../../core/request.js';
import { truncate } from '../../core/text.js';
import { BUTTON } from '../limits.js';
import { slashCommandPayload } from './command-shape.js';
import { missingPermissions, PERMISSION, parseBits, permissionsReply } from './permissions.js';
import { inviteUrl } from './registration.js';
import { type DiscordMessage, EPHEMERAL_FLAG, renderDiscord } from './render.js';

/** Discord's interaction and option type numbers (discord-api-types), inlined so this path stays library-free. */
const T = {
  Ping: 1,
  ApplicationCommand: 2,
  MessageComponent: 3,
  Autocomplete: 4,
  ChatInput: 1,
  Subcommand: 1,
  Button: 2,
} as const;

export const RESPONSE = {
  Pong: 1,
  ChannelMessage: 4,
  DeferredChannelMessage: 5,
  AutocompleteResult: 8,
} as const;

export const AUTOCOMPLETE_MAX = 25;
export const CHOICE_MAX_CHARS = 100;

/** The shape both discord.js's `options.data` and the raw payload's `data.options` share. */
export interface OptionData {
  readonly name: string;
  readonly type: number;
  readonly value?: string | number | boolean | undefined;
  readonly focused?: boolean | undefined;
  readonly options?: readonly OptionData[] | undefined;
}

interface Who {
  /** Interaction id and token: needed only to answer later (a deferred reply). */
  id: string;
  token: string;
  applicationId: string;
  guildId: string | null;
  channelId: string | null;
  /** Shown in replies as #name; Discord sends it for guild channels. */
  channelName: string | null;
  userId: string;
  locale: string | null;
  /** The server's default language; the default language of a reminder pinned there. */
  guildLocale: string | null;
  /** The bot's permissions in the channel (decimal bitfield), null when Discord did not say. */
  appPermissions: string | null;
  /** The clicking member's permissions in the channel; null in DMs. */
  memberPermissions: string | null;
  /** Only the person's own install answered, in a server the bot has not joined (no server owner authorised it). */
  userInstallOnly: boolean;
}

export type InteractionInput =
  | { kind: 'ping' }
  | ({ kind: 'command' | 'autocomplete'; name: string; options: readonly OptionData[] } & Who)
  | ({ kind: 'button'; customId: string } & Who);

export type InteractionResponse =
  | { type: typeof RESPONSE.Pong }
  | { type: typeof RESPONSE.ChannelMessage; data: DiscordMessage }
  | { type: typeof RESPONSE.DeferredChannelMessage; data: { flags?: number } }
  | { type: typeof RESPONSE.AutocompleteResult; data: { choices: { name: string; value: string }[] } };

export type InteractionServices = Pick<Services, 'dispatcher' | 'pipeline' | 'context' | 'log'>;

// ---------------------------------------------------------------------------------------------------------
// Raw payload → InteractionInput. A valid signature proves who sent a payload, not that its shape is right,
// so everything the handler reads is checked here.

const snowflake = z.string().regex(/^\d{1,20}$/);
const bitfield = z.string().regex(/^\d{1,40}$/);

const leafOption = z.object({
  name: z.string().min(1).max(32),
  type: z.number().int().min(1).max(11),
  value: z.union([z.string().max(6000), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
});
/**
 * Options nest at most three deep in Discord (subcommand group → subcommand → option), so the schema is
 * spelled out to that depth instead of recursing through `z.lazy`: zod guards every parse of a recursive
 * schema against reference cycles, which cost about a tenth of the endpoint's throughput under load.
 */
const nested = (inner: z.ZodType<OptionData>) =>
  leafOption.extend({ options: z.array(inner).max(25).optional() });
const option: z.ZodType<OptionData> = nested(nested(leafOption));

const common = {
  id: snowflake,
  application_id: snowflake,
  token: z.string().min(1).max(1000),
  guild_id: snowflake.optional(),
  channel_id: snowflake.optional(),
  channel: z.object({ id: snowflake, name: z.string().max(100).nullish() }).optional(),
  member: z.object({ user: z.object({ id: snowflake }), permissions: bitfield.optional() }).optional(),
  user: z.object({ id: snowflake }).optional(),
  locale: z.string().max(16).optional(),
  guild_locale: z.string().max(16).optional(),
  app_permissions: bitfield.optional(),
  /** Which installs authorised this interaction: key "0" the server install, "1" the person's own install. */
  authorizing_integration_owners: z.record(z.string().max(2), z.string().max(20)).optional(),
  /** 0 a server, 1 the bot's DM, 2 a private channel (group DM or a DM between other people). */
  context: z.number().int().min(0).max(2).optional(),
};

const payloadSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal(T.Ping) }),
  z.object({
    ...common,
    type: z.literal(T.ApplicationCommand),
    data: z.object({
      name: z.string().min(1).max(32),
      type: z.number().int(),
      options: z.array(option).max(25).optional(),
    }),
  }),
  z.object({
    ...common,
    type: z.literal(T.Autocomplete),
    data: z.object({ name: z.string().min(1).max(32), options: z.array(option).max(25).optional() }),
  }),
  z.object({
    ...common,
    type: z.literal(T.MessageComponent),
    data: z.object({ custom_id: z.string().max(100), component_type: z.number().int() }),
  }),
]);

/** Discord's install types, as keys of `authorizing_integration_owners`. */
const SERVER_INSTALL = '0';
const USER_INSTALL = '1';

/**
 * In a server, the bot is there only if the server install authorised the interaction; a payload that names
 * no owners at all predates user installs and came through the server install.
 */
export function isUserInstallOnly(
  guildId: string | null | undefined,
  owners: { server: boolean; user: boolean } | undefined,
): boolean {
  if (!guildId || !owners) return false;
  return owners.user && !owners.server;
}

export type ParseError = 'malformed' | 'unsupported';

/** The payload as the zod schema checked and copied it, or why it is refused (exported for tests). */
export function validatePayload(json: unknown): z.infer<typeof payloadSchema> | ParseError {
  const parsed = payloadSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const type = (json as { type?: unknown } | null)?.type;
  const known = type === 1 || type === 2 || type === 3 || type === 4;
  return known || typeof type !== 'number' ? 'malformed' : 'unsupported';
}

/** Checks and normalises a parsed JSON payload (a slash command by a cheaper check of the same rules); unknown interaction kinds are `unsupported`, bad shapes `malformed`. */
export function parsePayload(
  json: unknown,
): { ok: true; input: InteractionInput } | { ok: false; error: ParseError } {
  const p = slashCommandPayload(json) ?? validatePayload(json);
  if (p === 'malformed' || p === 'unsupported') return { ok: false, error: p };
  if (p.type === T.Ping) return { ok: true, input: { kind: 'ping' } };
  const userId = p.member?.user.id ?? p.user?.id;
  if (!userId) return { ok: false, error: 'malformed' };
  const who: Who = {
    id: p.id,
    token: p.token,
    applicationId: p.application_id,
    guildId: p.guild_id ?? null,
    channelId: p.channel_id ?? p.channel?.id ?? null,
    channelName: p.channel?.name ?? null,
    userId,
    locale: p.locale ?? null,
    guildLocale: p.guild_locale ?? null,
    appPermissions: p.app_permissions ?? null,
    memberPermissions: p.member?.permissions ?? null,
    userInstallOnly: isUserInstallOnly(
      p.guild_id,
      p.authorizing_integration_owners && {
        server: p.authorizing_integration_owners[SERVER_INSTALL] !== undefined,
        user: p.authorizing_integration_owners[USER_INSTALL] !== undefined,
      },
    ),
  };
  if (p.type === T.ApplicationCommand) {
    if (p.data.type !== T.ChatInput) return { ok: false, error: 'unsupported' };
    return { ok: true, input: { kind: 'command', name: p.data.name, options: p.data.options ?? [], ...who } };
  }
  if (p.type === T.Autocomplete) {
    return {
      ok: true,
      input: { kind: 'autocomplete', name: p.data.name, options: p.data.options ?? [], ...who },
    };
  }
  if (p.data.component_type !== T.Button) return { ok: false, error: 'unsupported' };
  return { ok: true, input: { kind: 'button', customId: p.data.custom_id, ...who } };
}

// ---------------------------------------------------------------------------------------------------------
// InteractionInput → neutral request → pipeline → response.

/** The reminder's "I've turned it off" button is a confirmation; every other run button runs a command. */
function origin(line: string): Origin {
  return line === `/${COMMAND.reminder} confirm` ? 'button-confirm' : 'button-run';
}

const message = (data: DiscordMessage): InteractionResponse => ({ type: RESPONSE.ChannelMessage, data });

/**
 * Turns a slash command's options into the same command line a person would type, so Discord, Slack and the
 * console share the dispatcher's parsing and its replies to bad input. Free-text (`rest`) options go last.
 */
export function commandLine(
  services: Pick<InteractionServices, 'dispatcher'>,
  name: string,
  options: readonly OptionData[],
): string {
  const sub = options.find((o) => o.type === T.Subcommand);
  if (!sub) return '';
  const spec = services.dispatcher.get(name)?.spec.subcommands.find((s) => s.name === sub.name);
  const words = [sub.name];
  const rest: string[] = [];
  for (const o of sub.options ?? []) {
    if (o.value === undefined) continue;
    const value = String(o.value);
    if (spec?.options?.find((s) => s.name === o.name)?.rest) rest.push(value);
    else words.push(`${o.name}:${value}`);
  }
  return [...words, ...rest].join(' ');
}

const ADMINISTRATOR = 1n << 3n;

/**
 * What Discord says about managing reminders: a slash command was already gated by Discord (its
 * default_member_permissions, which a server may override), a button carries the member's channel permissions.
 */
function canManage(input: Who, origin: Origin): boolean {
  if (origin === 'slash' || !input.guildId) return true;
  return (parseBits(input.memberPermissions) & (PERMISSION.PinMessages | ADMINISTRATOR)) !== 0n;
}

/** The neutral request for a command line from a slash command or a button. Built per request: assigned, not spread. */
export function requestFor(
  input: Who,
  line: string,
  commandName: string | undefined,
  origin: Origin,
): PipelineRequest {
  const req: PipelineRequest = {
    platform: 'discord',
    origin,
    line,
    locale: localeFromDiscord(input.locale),
    userId: input.userId,
    canManageReminders: canManage(input, origin),
    managers: 'pin-permission',
  };
  if (commandName) req.commandName = commandName;
  if (input.channelId) {
    const channel: ChannelRef = { id: input.channelId, workspaceId: input.guildId };
    if (input.channelName) channel.name = input.channelName;
    if (input.guildLocale) channel.locale = localeFromDiscord(input.guildLocale);
    req.channel = channel;
  }
  if (input.userInstallOnly) req.userInstallOnly = { serverInstallUrl: inviteUrl(input.applicationId) };
  return req;
}

/** Discord's own check before a pin: the bot's channel permissions, so a half-done pin (posted, not pinned) never happens. */
function botPermissions(input: Who): PlatformCheck {
  return (inv, ctx) => {
    if (inv.command !== COMMAND.reminder || inv.subcommand !== 'pin' || !input.guildId) return undefined;
    const missing = input.appPermissions === null ? [] : missingPermissions(input.appPermissions);
    return missing.length > 0 ? permissionsReply(ctx, inv.command, 'pin', missing) : undefined;
  };
}

/** Synchronous when the pipeline is (a cache hit or a limit answer): no promise on the hot path. */
function replyForLine(
  services: InteractionServices,
  input: Who,
  line: string,
  commandName: string | undefined,
  origin: Origin,
): InteractionResponse | Promise<InteractionResponse> {
  const outcome = services.pipeline.handle(
    requestFor(input, line, commandName, origin),
    botPermissions(input),
  );
  return outcome instanceof Promise ? outcome.then(discordResponse) : discordResponse(outcome);
}

function discordResponse(outcome: PipelineOutcome): InteractionResponse {
  return renderOnce(outcome, 'discord', renderMessage);
}

const renderMessage = (o: PipelineOutcome): InteractionResponse => message(renderDiscord(o.reply));

/** Autocomplete choices for the `ask` question: the ask module's example questions, as Discord choices. */
export function autocompleteChoices(typed: string, locale: Locale = 'en'): { name: string; value: string }[] {
  return suggestQuestions(typed, AUTOCOMPLETE_MAX, locale).map((q) => {
    const t = truncate(q, CHOICE_MAX_CHARS);
    return { name: t, value: t };
  });
}

function focusedValue(options: readonly OptionData[]): { name: string; value: string } | undefined {
  for (const o of options) {
    if (o.focused) return { name: o.name, value: String(o.value ?? '') };
    const inner = o.options && focusedValue(o.options);
    if (inner) return inner;
  }
  return undefined;
}

/** Whether a response is a channel message that must stay ephemeral if it has to be deferred. */
export function deferFlags(input: InteractionInput): { flags?: number } {
  return input.kind === 'button' && input.customId.startsWith(BUTTON.share) ? {} : { flags: EPHEMERAL_FLAG };
}

function respond(
  services: InteractionServices,
  input: InteractionInput,
): InteractionResponse | Promise<InteractionResponse> {
  switch (input.kind) {
    case 'ping':
      return { type: RESPONSE.Pong };
    case 'command':
      return replyForLine(
        services,
        input,
        commandLine(services, input.name, input.options),
        input.name,
        'slash',
      );
    case 'autocomplete': {
      const focused = focusedValue(input.options);
      const sub = input.options.find((o) => o.type === T.Subcommand)?.name;
      const spec = services.dispatcher.get(input.name)?.spec.subcommands.find((s) => s.name === sub);
      const wantsExamples = spec?.options?.some((o) => o.name === focused?.name && o.autocomplete);
      const choices =
        focused && wantsExamples ? autocompleteChoices(focused.value, localeFromDiscord(input.locale)) : [];
      return { type: RESPONSE.AutocompleteResult, data: { choices } };
    }
    case 'button': {
      const { customId } = input;
      if (customId.startsWith(BUTTON.run)) {
        const line = customId.slice(BUTTON.run.length);
        return replyForLine(services, input, line, undefined, origin(line));
      }
      if (customId.startsWith(BUTTON.share)) {
        return replyForLine(services, input, customId.slice(BUTTON.share.length), undefined, 'button-share');
      }
      return message(
        renderDiscord(
          expiredButtonReply(
            services.context({ locale: localeFromDiscord(input.locale) }),
            COMMAND.optout,
            COMMAND.ai,
          ),
        ),
      );
    }
  }
}

/**
 * Never throws or rejects: an unexpected failure still answers, so Discord never shows "The application did not
 * respond". Synchronous when the answer is ready at once (a cached guide), so the HTTP endpoint skips the defer race.
 */
export function handleInteraction(
  services: InteractionServices,
  input: InteractionInput,
): InteractionResponse | Promise<InteractionResponse> {
  try {
    const response = respond(services, input);
    return response instanceof Promise
      ? response.catch((err: unknown) => failed(services, input, err))
      : response;
  } catch (err) {
    return failed(services, input, err);
  }
}

function failed(services: InteractionServices, input: InteractionInput, err: unknown): InteractionResponse {
  services.log.error({ err, kind: input.kind }, 'discord interaction failed');
  if (input.kind === 'autocomplete') return { type: RESPONSE.AutocompleteResult, data: { choices: [] } };
  const locale = input.kind === 'ping' ? undefined : localeFromDiscord(input.locale);
  return message(renderDiscord(somethingWentWrongReply(services.context({ locale }), COMMAND.optout)));
}
