// The channel permissions the bot needs, why, and the ✅/❌ check run before pinning.
// Bit values are Discord's (discord.js PermissionFlagsBits); kept here as plain bigints so the interaction
// path does not load discord.js.
import type { CommandContext } from '../../core/command.js';
import type { Reply } from '../../core/reply.js';
import { baseReply } from '../../core/reply-builders.js';
import { permissionWords } from './permission-words.js';

export const PERMISSION = {
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  // Split from Manage Messages in 2025 and required alone for pinning from 2026-02-23.
  PinMessages: 1n << 51n,
} as const;

export type PermissionName = keyof typeof PERMISSION;

/** Everything the bot asks for in its invite link; the reason shown beside each is in permission-words.ts. */
export const NEEDED: readonly { name: PermissionName; label: string }[] = [
  { name: 'ViewChannel', label: 'View Channel' },
  { name: 'SendMessages', label: 'Send Messages' },
  { name: 'EmbedLinks', label: 'Embed Links' },
  { name: 'ReadMessageHistory', label: 'Read Message History' },
  { name: 'PinMessages', label: 'Pin Messages' },
];

export const INVITE_PERMISSIONS: bigint = NEEDED.reduce((bits, p) => bits | PERMISSION[p.name], 0n);

/** Parses Discord's decimal permission bitfield; anything malformed counts as no permissions at all. */
export function parseBits(bitfield: string | null | undefined): bigint {
  if (!bitfield || !/^\d{1,40}$/.test(bitfield)) return 0n;
  return BigInt(bitfield);
}

export function missingPermissions(bitfield: string | null | undefined): PermissionName[] {
  const bits = parseBits(bitfield);
  return NEEDED.filter((p) => (bits & PERMISSION[p.name]) === 0n).map((p) => p.name);
}

/** The reply listing each needed permission with ✅ or ❌, shown instead of pinning when any is missing. */
export function permissionsReply(
  ctx: CommandContext,
  command: string,
  subcommand: string,
  missing: PermissionName[],
): Reply {
  const w = permissionWords(ctx.content.locale);
  const items = NEEDED.map((p) => `${missing.includes(p.name) ? '❌' : '✅'} ${p.label}: ${w.why[p.name]}`);
  return baseReply(
    ctx,
    { command, subcommand, title: w.title },
    {
      intro: w.intro,
      sections: [{ kind: 'bullets', title: w.heading, items }],
    },
  );
}
