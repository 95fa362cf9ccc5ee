// Questions about the bot itself ("do you store what I type?", "what are your sources?") are answered
// with the `/linkedin-ai about` and `/linkedin-ai sources` replies. These entries only make them findable:
// they are indexed like the content's topics, and what a person reads comes from those replies.
import { aboutBot } from '../content/about-en.js';
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

export const botTopics: readonly Entry[] = [
  entry(
    'about',
    aboutBot.title,
    'What this bot itself stores and logs, and who runs it',
    ['do you save my questions', 'what does this bot log', 'who made this bot', 'is this bot from linkedin'],
    [
      'bot',
      'this bot',
      'you store',
      'logged',
      'maker',
      'operator',
      'open source',
      'your questions',
      'what you type',
      'behalf',
      'button',
    ],
  ),
  entry(
    'sources',
    'Where these facts come from',
    'Every source the bot relies on, with its date',
    ['what are your sources', 'where does this come from', 'how do you know this', 'show me the references'],
    ['source', 'sources', 'references', 'cite', 'citation', 'evidence', 'accurate', 'checked', 'come from'],
  ),
];

export const isBotTopic = (id: string): id is BotTopicId => (BOT_TOPIC_IDS as readonly string[]).includes(id);
