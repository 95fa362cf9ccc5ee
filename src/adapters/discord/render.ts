// Renders a Reply as a Discord message body (what a message create or an interaction response receives).
// Pure and free of discord.js, so `say --format discord` shows exactly this without loading the library.

import type { Reply, ReplySection } from '../../core/reply.js';
import { formatDate, replyWords } from '../../core/reply-words.js';
import { truncate } from '../../core/text.js';
import { BUTTON, DISCORD } from '../limits.js';

export const EPHEMERAL_FLAG = 64;

export interface DiscordButton {
  type: 2;
  style: 1 | 2 | 3 | 4 | 5;
  label: string;
  custom_id?: string;
  url?: string;
}

export interface DiscordActionRow {
  type: 1;
  components: DiscordButton[];
}

export interface DiscordEmbed {
  title: string;
  description?: string;
  color: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
  components: DiscordActionRow[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

const LINKEDIN_BLUE = 0x0a66c2;
const AMBER = 0xf5a623;

/**
 * Escapes Discord markdown and neutralises mention syntax, so text from anywhere (content or a user's echo)
 * shows literally: no formatting, no masked links, no <@id> or @everyone rendering.
 */
export function escapeDiscord(text: string): string {
  return text
    .replace(/[\\*_~`|<>[\]]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#-])/gm, '$1\\$2')
    .replace(/@(everyone|here)/g, '@\u200b$1');
}

function sectionText(s: ReplySection): string {
  const title = s.title ? `**${escapeDiscord(s.title)}**\n` : '';
  if (s.kind === 'text') return title + escapeDiscord(s.text);
  const items = s.items.map((item, i) => `${s.kind === 'steps' ? `${i + 1}.` : '•'} ${escapeDiscord(item)}`);
  return title + items.join('\n');
}

/** Joins blocks until the limit, then stops with a marker: a cut list is better than a rejected message. */
function joinWithin(blocks: string[], max: number, separator = '\n\n'): string {
  let out = '';
  for (const b of blocks) {
    const next = out ? `${out}${separator}${b}` : b;
    if (next.length > max) return out ? `${truncate(out, max - 2)}\n…` : truncate(b, max);
    out = next;
  }
  return out;
}

function buttons(reply: Reply): DiscordButton[] {
  const out: DiscordButton[] = [];
  for (const l of reply.links) {
    if (l.url.length <= DISCORD.urlChars)
      out.push({ type: 2, style: 5, label: truncate(l.label, DISCORD.buttonLabel), url: l.url });
  }
  for (const a of reply.actions) {
    const id = BUTTON.run + a.command;
    if (id.length > DISCORD.customId) continue;
    const style = a.style === 'primary' ? 1 : a.style === 'success' ? 3 : 2;
    out.push({ type: 2, style, label: truncate(a.label, DISCORD.buttonLabel), custom_id: id });
  }
  if (reply.visibility === 'ephemeral' && reply.shareCommand) {
    const id = BUTTON.share + reply.shareCommand;
    if (id.length <= DISCORD.customId)
      out.push({ type: 2, style: 2, label: replyWords(reply.locale).shareInChannel, custom_id: id });
  }
  // Keep the share button even when there are too many others: it is the one way to post publicly.
  const max = DISCORD.buttonsPerRow * DISCORD.actionRows;
  if (out.length > max) {
    const share = out.find((b) => b.custom_id?.startsWith(BUTTON.share));
    const kept = out.slice(0, share ? max - 1 : max);
    return share ? [...kept, share] : kept;
  }
  return out;
}

export function renderDiscord(reply: Reply): DiscordMessage {
  const words = replyWords(reply.locale);
  const fields: NonNullable<DiscordEmbed['fields']> = [];
  if (reply.sources.length) {
    const lines = reply.sources.map((s) => {
      const title = escapeDiscord(s.title);
      return s.url
        ? `[${title}](${s.url}) · ${escapeDiscord(s.date)}`
        : `${title} · ${escapeDiscord(s.date)}`;
    });
    fields.push({
      name: words.sources,
      value: joinWithin(lines, DISCORD.fieldValue, '\n'),
    });
  }
  const footer = {
    text: truncate(
      words.factsChecked(formatDate(reply.asOf, reply.locale), reply.contentVersion),
      DISCORD.footerText,
    ),
  };
  const title = truncate(escapeDiscord(reply.title), DISCORD.embedTitle);
  const used =
    title.length + footer.text.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  const blocks = [...(reply.intro ? [escapeDiscord(reply.intro)] : []), ...reply.sections.map(sectionText)];
  const description = joinWithin(blocks, Math.min(DISCORD.embedDescription, DISCORD.embedTotal - used));

  const embed: DiscordEmbed = {
    title,
    color: reply.understood ? LINKEDIN_BLUE : AMBER,
    ...(description ? { description } : {}),
    ...(fields.length ? { fields: fields.slice(0, DISCORD.embedFields) } : {}),
    footer,
  };
  const all = buttons(reply);
  const components: DiscordActionRow[] = [];
  for (let i = 0; i < all.length; i += DISCORD.buttonsPerRow) {
    components.push({ type: 1, components: all.slice(i, i + DISCORD.buttonsPerRow) });
  }
  return {
    ...(reply.notice ? { content: truncate(`⚠️ ${escapeDiscord(reply.notice)}`, DISCORD.contentChars) } : {}),
    embeds: [embed],
    components,
    allowed_mentions: { parse: [] },
    ...(reply.visibility === 'ephemeral' ? { flags: EPHEMERAL_FLAG } : {}),
  };
}
