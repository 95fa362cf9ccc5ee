// Renders a Reply as terminal text; ANSI colour only when the output is a TTY.

import type { Reply, ReplySection } from '../../core/reply.js';
import { formatDate, replyWords } from '../../core/reply-words.js';

export interface TextStyle {
  color: boolean;
}

const ansi = (code: string, on: boolean) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

function section(s: ReplySection): string[] {
  const out: string[] = [];
  if (s.title) out.push(s.title);
  if (s.kind === 'text') out.push(s.text);
  else if (s.kind === 'steps') {
    for (const [i, item] of s.items.entries()) out.push(`  ${i + 1}. ${item}`);
  } else for (const item of s.items) out.push(`  • ${item}`);
  return out;
}

export function renderText(reply: Reply, style: TextStyle = { color: false }): string {
  const bold = ansi('1', style.color);
  const dim = ansi('2', style.color);
  const warn = ansi('33', style.color);
  const words = replyWords(reply.locale);
  const lines: string[] = [];
  if (reply.notice) lines.push(warn(`! ${reply.notice}`), '');
  lines.push(bold(reply.title));
  if (reply.intro) lines.push(reply.intro);
  for (const s of reply.sections) lines.push('', ...section(s));
  if (reply.links.length) {
    lines.push('');
    for (const l of reply.links) lines.push(`→ ${l.label}: ${l.url}`);
  }
  if (reply.actions.length) {
    lines.push('', `${words.next}: ${reply.actions.map((a) => a.command).join('  ·  ')}`);
  }
  if (reply.sources.length) {
    lines.push('', dim(`${words.sources}:`));
    reply.sources.forEach((s, i) => {
      lines.push(dim(`  [${i + 1}] ${s.title} · ${s.date}${s.url ? ` · ${s.url}` : ''}`));
    });
  }
  lines.push('', dim(words.factsChecked(formatDate(reply.asOf, reply.locale), reply.contentVersion)));
  return lines.join('\n');
}
