// Questions about the bot itself ("do you store what I type?", "what are your sources?") are answered
// with the `/linkedin-ai about` and `/linkedin-ai sources` replies. These entries only make them findable:
// they are indexed like the content's topics, and what a person reads comes from those replies.
import { aboutBot } from '../content/about-en.js';
import type { Lexicon } from '../content/lexicon.js';
import { BOT_HINTS as ENGLISH_HINTS } from '../content/lexicon-en.js';
import type { Entry } from '../content/types.js';

export const BOT_TOPIC_IDS = ['about', 'sources'] as const;
export type BotTopicId = (typeof BOT_TOPIC_IDS)[number];

const entry = (
  id: BotTopicId,
  title: string,
  summary: string,
  examples: string[],
  keywords: string[],
): Entry => ({
  id,
  title,
  summary,
  sections: [],
  links: [],
  followUps: [],
  ask: { examples, keywords },
});

/**
 * The bot's topics as entries of one language's index: its own hint words (the lexicon's `BOT_HINTS`), and
 * the English ones too, since people mix English into other languages ("bot", "open source").
 */
export function botTopicsFor(lexicon: Lexicon): readonly Entry[] {
  const hints = (id: BotTopicId) => [...new Set([...lexicon.BOT_HINTS[id], ...ENGLISH_HINTS[id]])];
  return [
    entry(
      'about',
      aboutBot.title,
      'What this bot itself stores and logs, and who runs it',
      [
        'do you save my questions',
        'what does this bot log',
        'who made this bot',
        'is this bot from linkedin',
      ],
      hints('about'),
    ),
    entry(
      'sources',
      'Where these facts come from',
      'Every source the bot relies on, with its date',
      [
        'what are your sources',
        'where does this come from',
        'how do you know this',
        'show me the references',
      ],
      hints('sources'),
    ),
  ];
}

export const isBotTopic = (id: string): id is BotTopicId => (BOT_TOPIC_IDS as readonly string[]).includes(id);
