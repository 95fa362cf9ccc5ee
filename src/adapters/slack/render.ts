// Renders a Reply as a Slack Block Kit payload (what chat.postMessage or a slash-command response receives).
// Pure and free of Bolt, so `say --format slack` shows exactly this without loading the library.

import type { Reply, ReplySection } from '../../core/reply.js';
import { formatDate, replyWords } from '../../core/reply-words.js';
import { truncate } from '../../core/text.js';
import { BUTTON, SLACK } from '../limits.js';

export type SlackText = { type: 'plain_text' | 'mrkdwn'; text: string; emoji?: boolean };
export type SlackButton = {
  type: 'button';
  text: SlackText;
  action_id: string;
  url?: string;
  value?: string;
  style?: 'primary' | 'danger';
};
export type SlackBlock =
  | { type: 'header'; text: SlackText }
  | { type: 'section'; text: SlackText }
  | { type: 'context'; elements: SlackText[] }
  | { type: 'actions'; elements: SlackButton[] }
  | { type: 'divider' };

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Slack's required escaping: without it, user text could carry <!channel>, <@U…> or <url|label>. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes, then cuts to `max` without leaving half an entity (`&am…`) behind. */
export function escapeFit(text: string, max: number): string {
  const escaped = escapeSlack(text);
  if (escaped.length <= max) return escaped;
  const cut = truncate(escaped, max);
  return cut.replace(/&[a-z]{0,3}…$/, '…');
}

const mrkdwn = (text: string): SlackText => ({ type: 'mrkdwn', text });
const plain = (text: string, max: number): SlackText => ({ type: 'plain_text', text: escapeFit(text, max) });

function sectionText(s: ReplySection): string {
  const title = s.title ? `*${escapeSlack(s.title)}*\n` : '';
  if (s.kind === 'text') return title + escapeSlack(s.text);
  const items = s.items.map((item, i) => `${s.kind === 'steps' ? `${i + 1}.` : '•'} ${escapeSlack(item)}`);
  return title + items.join('\n');
}

function buttons(reply: Reply): SlackButton[] {
  const out: SlackButton[] = [];
  reply.links.forEach((l, i) => {
    if (l.url.length <= SLACK.buttonUrl) {
      out.push({
        type: 'button',
        text: plain(l.label.trim() || replyWords(reply.locale).openLink, SLACK.buttonText),
        action_id: `link:${i}`,
        url: l.url,
        ...(i === 0 ? { style: 'primary' as const } : {}),
      });
    }
  });
  reply.actions.forEach((a, i) => {
    if (!a.command.trim() || a.command.length > SLACK.buttonValue) return;
    out.push({
      type: 'button',
      text: plain(a.label.trim() || a.command, SLACK.buttonText),
      action_id: `${BUTTON.run}${i}`,
      value: a.command,
    });
  });
  if (
    reply.visibility === 'ephemeral' &&
    reply.shareCommand &&
    reply.shareCommand.length <= SLACK.buttonValue
  ) {
    // Share stays even when follow-ups overflow the row: it is the one button every reply promises.
    return [
      ...out.slice(0, SLACK.actionsElements - 1),
      {
        type: 'button',
        text: plain(replyWords(reply.locale).shareInChannel, SLACK.buttonText),
        action_id: `${BUTTON.share}0`,
        value: reply.shareCommand,
      },
    ];
  }
  return out.slice(0, SLACK.actionsElements);
}

export function renderSlack(reply: Reply): SlackMessage {
  const words = replyWords(reply.locale);
  const head: SlackBlock[] = [];
  // Slack rejects blank text anywhere in a block, so blank optional parts are left out.
  if (reply.notice?.trim())
    head.push({
      type: 'context',
      elements: [mrkdwn(truncate(`:warning: ${escapeSlack(reply.notice)}`, SLACK.sectionText))],
    });
  head.push({
    type: 'header',
    // Slack decodes &amp; &lt; &gt; in plain_text too, and a title can echo what someone typed.
    text: { ...plain(reply.title.trim() || words.untitled, SLACK.headerText), emoji: true },
  });

  const body: SlackBlock[] = [];
  if (reply.intro?.trim())
    body.push({ type: 'section', text: mrkdwn(escapeFit(reply.intro, SLACK.sectionText)) });
  for (const s of reply.sections) {
    const text = sectionText(s);
    // An empty section text is rejected by Slack (invalid_blocks) and would sink the whole message.
    if (text.trim()) body.push({ type: 'section', text: mrkdwn(truncate(text, SLACK.sectionText)) });
  }

  const tail: SlackBlock[] = [];
  const btns = buttons(reply);
  if (btns.length) tail.push({ type: 'actions', elements: btns });
  if (reply.sources.length) {
    const lines = reply.sources.map((s) => {
      const t = escapeSlack(s.title);
      return s.url ? `<${s.url}|${t}> · ${escapeSlack(s.date)}` : `${t} · ${escapeSlack(s.date)}`;
    });
    // One context element per source would cap at 10; one element with all lines keeps every source.
    tail.push({
      type: 'context',
      elements: [mrkdwn(truncate(`${words.sources}:\n${lines.join('\n')}`, SLACK.sectionText))],
    });
  }
  tail.push({
    type: 'context',
    elements: [mrkdwn(words.factsChecked(formatDate(reply.asOf, reply.locale), reply.contentVersion))],
  });

  const room = SLACK.blocks - head.length - tail.length;
  let shown = body;
  if (body.length > room) {
    shown = [
      ...body.slice(0, room - 1),
      { type: 'section', text: mrkdwn(words.moreIn('/linkedin-ai help')) },
    ];
  }
  return {
    text: truncate(
      escapeSlack(reply.notice ? `${reply.title} (${reply.notice})` : reply.title),
      SLACK.fallbackText,
    ),
    blocks: [...head, ...shown, ...tail],
  };
}
