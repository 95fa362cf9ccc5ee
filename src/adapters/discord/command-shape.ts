// A hand-written check of the one payload shape on Discord's hot path: a slash command (interaction type 2).
// It accepts only what the zod schema in interaction.ts accepts and returns what zod would return (unknown keys
// dropped), so parsePayload can skip zod for it; anything it is unsure of (a null where zod wants a string
// or nothing, a key of the wrong type, another interaction type) returns undefined and zod decides, with its
// 4xx answer for a bad shape. Zod's validation and its copy of the payload were about a fifth of the app's
// own CPU per request.
import type { OptionData } from './interaction.js';

/** The fields of a slash command payload that parsePayload reads, as zod's schema types them. */
export interface CommandPayload {
  type: 2;
  id: string;
  application_id: string;
  token: string;
  guild_id?: string | undefined;
  channel_id?: string | undefined;
  channel?: { id: string; name?: string | null | undefined } | undefined;
  member?: { user: { id: string }; permissions?: string | undefined } | undefined;
  user?: { id: string } | undefined;
  locale?: string | undefined;
  guild_locale?: string | undefined;
  app_permissions?: string | undefined;
  authorizing_integration_owners?: Record<string, string> | undefined;
  context?: number | undefined;
  data: { name: string; type: number; options?: OptionData[] | undefined };
}

// The same patterns and bounds as the zod schema.
const SNOWFLAKE = /^\d{1,20}$/;
const BITFIELD = /^\d{1,40}$/;
const MAX_OPTIONS = 25;
const OPTION_DEPTH = 3;

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSnowflake = (v: unknown): v is string => typeof v === 'string' && SNOWFLAKE.test(v);
const isBitfield = (v: unknown): v is string => typeof v === 'string' && BITFIELD.test(v);
const isShortString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isName = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 32;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** Validates `options` (an array at `depth`, 1 = the command's own) and copies each option's known keys. */
function copyOptions(list: unknown, depth: number): OptionData[] | undefined {
  if (!Array.isArray(list) || list.length > MAX_OPTIONS) return undefined;
  const out: OptionData[] = [];
  for (const o of list) {
    if (!isObject(o) || !isName(o.name) || !isInt(o.type) || o.type < 1 || o.type > 11) return undefined;
    const copy: { -readonly [K in keyof OptionData]: OptionData[K] } = { name: o.name, type: o.type };
    if ('value' in o) {
      const v = o.value;
      if (
        !(isShortString(v, 6000) || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean')
      ) {
        return undefined;
      }
      copy.value = v;
    }
    if ('focused' in o) {
      if (typeof o.focused !== 'boolean') return undefined;
      copy.focused = o.focused;
    }
    // The deepest level has no `options` in the schema: zod drops the key there, and so does this copy.
    if ('options' in o && depth < OPTION_DEPTH) {
      const inner = copyOptions(o.options, depth + 1);
      if (!inner) return undefined;
      copy.options = inner;
    }
    out.push(copy);
  }
  return out;
}

function validOwners(v: unknown): boolean {
  if (!isObject(v)) return false;
  for (const key of Object.keys(v)) if (key.length > 2 || !isShortString(v[key], 20)) return false;
  return true;
}

/** Present keys must hold what the schema allows; an absent key is fine (every field here is optional). */
function optional(p: Obj, key: string, check: (v: unknown) => boolean): boolean {
  return !(key in p) || check(p[key]);
}

const validChannel = (v: unknown) =>
  isObject(v) &&
  isSnowflake(v.id) &&
  (!('name' in v) || v.name === null || v.name === undefined || isShortString(v.name, 100));
const validMember = (v: unknown) =>
  isObject(v) && isObject(v.user) && isSnowflake(v.user.id) && optional(v, 'permissions', isBitfield);
const validUser = (v: unknown) => isObject(v) && isSnowflake(v.id);
const isLocale = (v: unknown) => isShortString(v, 16);
const validContext = (v: unknown) => isInt(v) && v >= 0 && v <= 2;

/** The slash command payload, checked as zod would, or undefined when zod should decide. */
export function slashCommandPayload(json: unknown): CommandPayload | undefined {
  if (!isObject(json) || json.type !== 2) return undefined;
  const p = json;
  if (!isSnowflake(p.id) || !isSnowflake(p.application_id)) return undefined;
  if (typeof p.token !== 'string' || p.token.length < 1 || p.token.length > 1000) return undefined;
  if (
    !optional(p, 'guild_id', isSnowflake) ||
    !optional(p, 'channel_id', isSnowflake) ||
    !optional(p, 'channel', validChannel) ||
    !optional(p, 'member', validMember) ||
    !optional(p, 'user', validUser) ||
    !optional(p, 'locale', isLocale) ||
    !optional(p, 'guild_locale', isLocale) ||
    !optional(p, 'app_permissions', isBitfield) ||
    !optional(p, 'authorizing_integration_owners', validOwners) ||
    !optional(p, 'context', validContext)
  ) {
    return undefined;
  }
  const data = p.data;
  if (!isObject(data) || !isName(data.name) || !isInt(data.type)) return undefined;
  let options: OptionData[] | undefined;
  if ('options' in data) {
    options = copyOptions(data.options, 1);
    if (!options) return undefined;
  }
  // Fresh objects of the known fields, as zod returns: nothing else of the payload travels further.
  const payload: CommandPayload = {
    type: 2,
    id: p.id,
    application_id: p.application_id,
    token: p.token,
    data: options ? { name: data.name, type: data.type, options } : { name: data.name, type: data.type },
  };
  if ('guild_id' in p) payload.guild_id = p.guild_id as string;
  if ('channel_id' in p) payload.channel_id = p.channel_id as string;
  if ('channel' in p) {
    const c = p.channel as { id: string; name?: string | null };
    payload.channel = 'name' in c ? { id: c.id, name: c.name } : { id: c.id };
  }
  if ('member' in p) {
    const m = p.member as { user: { id: string }; permissions?: string };
    payload.member = { user: { id: m.user.id } };
    if ('permissions' in m) payload.member.permissions = m.permissions;
  }
  if ('user' in p) payload.user = { id: (p.user as { id: string }).id };
  if ('locale' in p) payload.locale = p.locale as string;
  if ('guild_locale' in p) payload.guild_locale = p.guild_locale as string;
  if ('app_permissions' in p) payload.app_permissions = p.app_permissions as string;
  if ('authorizing_integration_owners' in p) {
    payload.authorizing_integration_owners = {
      ...(p.authorizing_integration_owners as Record<string, string>),
    };
  }
  if ('context' in p) payload.context = p.context as number;
  return payload;
}
