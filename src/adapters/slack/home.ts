// The App Home tab: the overview guide with the direct link, then every command. Buttons clicked here show
// their answer in the tab itself (a Home tab has no response_url and no channel to share into).
import type { CommandSpec } from '../../core/command.js';
import type { Reply } from '../../core/reply.js';
import { BUTTON } from '../limits.js';
import { escapeSlack, renderSlack, type SlackBlock } from './render.js';

/** Slack's limit for a Home tab view. */
export const HOME_BLOCKS = 100;

export interface HomeView {
  type: 'home';
  blocks: SlackBlock[];
}

export const HOME_BACK_ACTION = `${BUTTON.run}home`;

export function homeView(
  reply: Reply,
  specs: readonly CommandSpec[],
  opts: { showBack?: boolean } = {},
): HomeView {
  const blocks = renderSlack(reply).blocks.flatMap((b): SlackBlock[] => {
    if (b.type !== 'actions') return [b];
    const elements = b.elements.filter((e) => !e.action_id.startsWith(BUTTON.share));
    return elements.length ? [{ ...b, elements }] : [];
  });
  if (opts.showBack) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Back to the overview' },
          action_id: HOME_BACK_ACTION,
          value: '/linkedin-optout',
        },
      ],
    });
  }
  const lines = specs.map(
    (s) => `• \`/${escapeSlack(s.name)}\` ${escapeSlack(s.usageHint)}\n   ${escapeSlack(s.description)}`,
  );
  const tail: SlackBlock[] = [
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: 'Commands' } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `Type these in any channel (guides and topics also work in DMs):\n${lines.join('\n')}`.slice(
          0,
          3000,
        ),
      },
    },
  ];
  return { type: 'home', blocks: [...blocks.slice(0, HOME_BLOCKS - tail.length), ...tail] };
}
