// Everything a person reads from the conversation module: the short introduction that answers small talk
// (a greeting, thanks, "help", a bare mention), with the guide buttons. Answers to questions come from
// src/ask/answer.ts.
import type { CommandButton } from '../core/reply.js';
import type { SmallTalk } from './small-talk.js';

export const conversationWords = {
  titles: {
    empty: "Hi! I explain LinkedIn's AI-training setting.",
    greeting: "Hi! I explain LinkedIn's AI-training setting.",
    help: 'Here is what I can help with.',
    thanks: "You're welcome!",
  } satisfies Record<SmallTalk, string>,
  intro:
    'I explain the LinkedIn setting that lets it train its generative AI on your data, and how to switch it off. Ask me in your own words (for example "does it use my DMs?"), or pick a guide below.',
  settingLink: 'Open the LinkedIn setting',
  guideButtons: [
    { label: 'Turn it off on desktop', command: '/linkedin-optout desktop', style: 'primary' },
    { label: 'Turn it off in the app', command: '/linkedin-optout mobile' },
    { label: 'What data is used', command: '/linkedin-ai what-data' },
    { label: 'What opting out does', command: '/linkedin-ai opt-out-effect' },
  ] satisfies CommandButton[],
} as const;
