// The one path from a Discord interaction to the response body, shared by the gateway and the HTTP endpoint:
// payload → InteractionInput → command line → Invocation → Reply → interaction response JSON.
// Only the transport differs: the HTTP endpoint returns the body, the gateway POSTs it to the callback route.
import { z } from 'zod';
import type { Services } from '../../app.js';
import { suggestQuestions } from '../../ask/suggest.js';
import type { Locale } from '../../content/types.js';
import type { CommandContext } from '../../core/command.js';
import type { LineSource } from '../../core/dispatcher.js';
import { baseReply } from '../../core/replies.js';
import type { Reply } from '../../core/reply.js';
import { truncate } from '../../core/text.js';
import { BUTTON } from '../limits.js';
import { missingPermissions, PERMISSION, parseBits, permissionsReply } from './permissions.js';
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
  /** The bot's permissions in the channel (decimal bitfield), null when Discord did not say. */
  appPermissions: string | null;
  /** The clicking member's permissions in the channel; null in DMs. */
  memberPermissions: string | null;
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

export type InteractionServices = Pick<
  Services,
  'dispatcher' | 'context' | 'log' | 'reminders' | 'limits' | 'metrics'
>;

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
  app_permissions: bitfield.optional(),
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

export type ParseError = 'malformed' | 'unsupported';

/** Checks and normalises a parsed JSON payload; unknown interaction kinds are `unsupported`, bad shapes `malformed`. */
export function parsePayload(
  json: unknown,
): { ok: true; input: InteractionInput } | { ok: false; error: ParseError } {
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) {
    const type = (json as { type?: unknown } | null)?.type;
    const known = type === 1 || type === 2 || type === 3 || type === 4;
    return { ok: false, error: known || typeof type !== 'number' ? 'malformed' : 'unsupported' };
  }
  const p = parsed.data;
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
    appPermissions: p.app_permissions ?? null,
    memberPermissions: p.member?.permissions ?? null,
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
// InteractionInput → response.

/**
 * Stateless replies rendered once per content version, day (the stale notice), mode and command line. Keyed
 * by the line itself, so a hit skips parsing too; the labels are kept for the metrics a hit still counts.
 */
const rendered = new Map<
  string,
  { response: InteractionResponse; command: string; subcommand: string | null }
>();
const RENDER_CACHE_MAX = 512;
const UNCACHED_COMMANDS = new Set(['linkedin-reminder']);
const UNCACHED_SUBCOMMANDS = new Set(['ask']);

const message = (data: DiscordMessage): InteractionResponse => ({ type: RESPONSE.ChannelMessage, data });

function contextFor(services: InteractionServices): CommandContext {
  return services.context(services.reminders ? { reminders: services.reminders } : {});
}

function sourceFor(input: Who): LineSource {
  return {
    platform: 'discord',
    locale: 'en',
    userId: input.userId,
    ...(input.channelId
      ? {
          channel: {
            id: input.channelId,
            workspaceId: input.guildId,
            ...(input.channelName ? { name: input.channelName } : {}),
          },
        }
      : {}),
  };
}

/**
 * Turns a slash command's options into the same command line a person would type, so Discord, Slack and the
 * console share the dispatcher's parsing and its replies to bad input. Free-text (`rest`) options go last.
 */
export function commandLine(
  services: InteractionServices,
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

function notice(ctx: CommandContext, command: string, title: string, intro: string): Reply {
  return baseReply(ctx, { command, subcommand: null, title }, { intro });
}

const ADMINISTRATOR = 1n << 3n;
/** Reminder actions a button could trigger that only moderators may run (the slash command itself is gated by Discord). */
const MODERATOR_ACTIONS = new Set(['pin', 'unpin']);

type LineMode = 'command' | 'run' | 'share';

async function replyForLine(
  services: InteractionServices,
  input: Who,
  line: string,
  commandName: string | undefined,
  mode: LineMode,
): Promise<InteractionResponse> {
  const started = process.hrtime.bigint();
  const ctx = contextFor(services);
  const allowed = await services.limits.allow('command', `discord:${input.userId}`);
  if (!allowed.allowed) return message(renderDiscord(allowed.reply));
  if (mode === 'share') {
    // Sharing posts publicly: limited per channel too, so the bot cannot be used to flood one.
    const share = await services.limits.allow('share', `discord:${input.channelId ?? input.userId}`);
    if (!share.allowed) return message(renderDiscord(share.reply));
  }
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  // Parsing reads nothing but the line and the command name (the source is only copied into the invocation).
  const key = `${ctx.contentVersion}|${ctx.now.toISOString().slice(0, 10)}|${mode}|${commandName ?? ''}|${line}`;
  const hit = rendered.get(key);
  if (hit) {
    services.metrics.commandHandled(
      { command: hit.command, subcommand: hit.subcommand, platform: 'discord', outcome: 'ok' },
      seconds(),
    );
    return hit.response;
  }
  const parsed = services.dispatcher.parse(line, sourceFor(input), ctx, commandName);
  if (!parsed.ok) {
    services.metrics.replied(parsed.reply, 'discord', seconds());
    return message(renderDiscord(parsed.reply));
  }
  const inv = parsed.invocation;
  const spec = services.dispatcher.get(inv.command)?.spec;

  if (
    spec?.moderatorOnly &&
    mode !== 'command' &&
    input.guildId &&
    MODERATOR_ACTIONS.has(inv.subcommand ?? '')
  ) {
    const bits = parseBits(input.memberPermissions);
    if ((bits & (PERMISSION.PinMessages | ADMINISTRATOR)) === 0n) {
      return message(
        renderDiscord(
          notice(
            ctx,
            inv.command,
            'Only members who can pin messages can do that.',
            `Ask a moderator to run /${inv.command} ${inv.subcommand}.`,
          ),
        ),
      );
    }
  }
  if (inv.command === 'linkedin-reminder' && inv.subcommand === 'pin' && input.guildId) {
    // Checked before the service posts anything, so a half-done pin (posted, not pinned) never happens.
    const missing = input.appPermissions === null ? [] : missingPermissions(input.appPermissions);
    if (missing.length > 0) return message(renderDiscord(permissionsReply(ctx, inv.command, 'pin', missing)));
  }

  const cacheable = !UNCACHED_COMMANDS.has(inv.command) && !UNCACHED_SUBCOMMANDS.has(inv.subcommand ?? '');

  const reply = await services.dispatcher.run(inv, ctx, (err) =>
    services.log.error({ err, command: inv.command, subcommand: inv.subcommand }, 'command failed'),
  );
  services.metrics.replied(reply, 'discord', seconds());
  const shown: Reply =
    mode === 'share'
      ? { ...reply, visibility: 'public' }
      : mode === 'run'
        ? { ...reply, visibility: 'ephemeral' }
        : reply;
  const response = message(renderDiscord(shown));
  if (cacheable) {
    if (rendered.size >= RENDER_CACHE_MAX) rendered.clear();
    rendered.set(key, { response, command: inv.command, subcommand: inv.subcommand });
  }
  return response;
}

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

async function respond(services: InteractionServices, input: InteractionInput): Promise<InteractionResponse> {
  switch (input.kind) {
    case 'ping':
      return { type: RESPONSE.Pong };
    case 'command':
      return replyForLine(
        services,
        input,
        commandLine(services, input.name, input.options),
        input.name,
        'command',
      );
    case 'autocomplete': {
      const focused = focusedValue(input.options);
      const sub = input.options.find((o) => o.type === T.Subcommand)?.name;
      const spec = services.dispatcher.get(input.name)?.spec.subcommands.find((s) => s.name === sub);
      const wantsExamples = spec?.options?.some((o) => o.name === focused?.name && o.autocomplete);
      const choices = focused && wantsExamples ? autocompleteChoices(focused.value, 'en') : [];
      return { type: RESPONSE.AutocompleteResult, data: { choices } };
    }
    case 'button': {
      const { customId } = input;
      if (customId.startsWith(BUTTON.run)) {
        return replyForLine(services, input, customId.slice(BUTTON.run.length), undefined, 'run');
      }
      if (customId.startsWith(BUTTON.share)) {
        return replyForLine(services, input, customId.slice(BUTTON.share.length), undefined, 'share');
      }
      const ctx = contextFor(services);
      return message(
        renderDiscord(
          notice(
            ctx,
            'linkedin-optout',
            'That button has expired.',
            'Run the command again, for example /linkedin-optout or /linkedin-ai help.',
          ),
        ),
      );
    }
  }
}

/** Never throws: an unexpected failure still answers, so Discord never shows "The application did not respond". */
export async function handleInteraction(
  services: InteractionServices,
  input: InteractionInput,
): Promise<InteractionResponse> {
  try {
    return await respond(services, input);
  } catch (err) {
    services.log.error({ err, kind: input.kind }, 'discord interaction failed');
    if (input.kind === 'autocomplete') return { type: RESPONSE.AutocompleteResult, data: { choices: [] } };
    const ctx = contextFor(services);
    return message(
      renderDiscord(
        notice(ctx, 'linkedin-optout', 'Something went wrong on my side.', 'Please try again in a minute.'),
      ),
    );
  }
}

/** Empties the rendered-reply cache (tests, or after the content is reloaded). */
export function clearRenderCache(): void {
  rendered.clear();
}
