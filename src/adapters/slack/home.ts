// The App Home tab: the overview guide with the direct link, then every command, then the workspace language
// (a menu for those who may choose it). Buttons clicked here show their answer in the tab itself (a Home tab
// has no response_url and no channel to share into).
import { localizedDescription } from '../../commands/description-words.js';
import type { Locale } from '../../content/types.js';
import type { CommandSpec } from '../../core/command.js';
import { LOCALES } from '../../core/locale.js';
import type { Reply } from '../../core/reply.js';
import { BUTTON } from '../limits.js';
import { homeWords, LANGUAGE_NAMES } from './home-words.js';
import { escapeSlack, renderSlack, type SlackBlock } from './render.js';

/** Slack's limit for a Home tab view. */
export const HOME_BLOCKS = 100;

interface LanguageOption {
  text: { type: 'plain_text'; text: string };
  value: Locale;
}

/** The one block only the Home tab has: a section with the workspace language menu beside it. */
type HomeBlock =
  | SlackBlock
  | {
      type: 'section';
      text: { type: 'mrkdwn'; text: string };
      accessory: {
        type: 'static_select';
        action_id: string;
        placeholder: { type: 'plain_text'; text: string };
        options: LanguageOption[];
        initial_option: LanguageOption;
      };
    };

export interface HomeView {
  type: 'home';
  blocks: HomeBlock[];
}

export const HOME_BACK_ACTION = `${BUTTON.run}home`;
/** The workspace language menu's action (a static_select, not a button). */
export const HOME_LANGUAGE_ACTION = 'settings:workspace-language';

export interface HomeLanguage {
  /** The workspace's language: its chosen one, else English. */
  current: Locale;
  /** Whether this member may choose it (the same rule as for managing reminders). */
  canChoose: boolean;
  /** What became of the member's last choice, already in words. */
  notice?: string;
}

const option = (locale: Locale): LanguageOption => ({
  text: { type: 'plain_text', text: LANGUAGE_NAMES[locale] },
  value: locale,
});

function languageBlocks(locale: Locale, language: HomeLanguage): HomeBlock[] {
  const w = homeWords(locale);
  const current = LANGUAGE_NAMES[language.current];
  const intro = `*${escapeSlack(w.languageTitle)}*\n${escapeSlack(w.languageIntro)}`;
  const blocks: HomeBlock[] = [{ type: 'divider' }];
  if (language.canChoose) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: intro },
      accessory: {
        type: 'static_select',
        action_id: HOME_LANGUAGE_ACTION,
        placeholder: { type: 'plain_text', text: w.choose },
        options: LOCALES.map(option),
        initial_option: option(language.current),
      },
    });
  } else {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: intro } });
  }
  const notes = [w.current(current), ...(language.canChoose ? [] : [w.adminsOnly])];
  if (language.notice) notes.unshift(language.notice);
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(notes.join(' · ')) }] });
  return blocks;
}

export function homeView(
  reply: Reply,
  specs: readonly CommandSpec[],
  opts: { showBack?: boolean; language?: HomeLanguage } = {},
): HomeView {
  const locale = reply.locale ?? 'en';
  const w = homeWords(locale);
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
          text: { type: 'plain_text', text: w.backToOverview },
          action_id: HOME_BACK_ACTION,
          value: '/linkedin-optout',
        },
      ],
    });
  }
  const describe = (s: CommandSpec) => localizedDescription(locale, s.name, s.description);
  const lines = specs.map(
    (s) => `• \`/${escapeSlack(s.name)}\` ${escapeSlack(s.usageHint)}\n   ${escapeSlack(describe(s))}`,
  );
  const tail: HomeBlock[] = [
    { type: 'divider' },
    { type: 'header', text: { type: 'plain_text', text: w.commandsTitle } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `${escapeSlack(w.commandsIntro)}\n${lines.join('\n')}`.slice(0, 3000),
      },
    },
    ...(opts.language ? languageBlocks(locale, opts.language) : []),
  ];
  return { type: 'home', blocks: [...blocks.slice(0, HOME_BLOCKS - tail.length), ...tail] };
}
