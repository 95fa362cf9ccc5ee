// What this bot itself stores and logs. It is about the bot, not LinkedIn, so it has no external sources;
// keep it true to the code in src/reminders (storage) and src/log.ts (logging).

export const aboutBot = {
  title: 'About this bot and your privacy',
  intro:
    'This bot explains LinkedIn settings. It cannot see or change your LinkedIn account; only you can switch the setting off.',
  stores: [
    'Nothing about you when you ask a question or open a guide: questions are answered and forgotten.',
    'For a pinned reminder: the platform, server or workspace id, channel id, message id, schedule, content version and the number of confirmations.',
    'When you click "I\'ve turned it off": a keyed hash of your user id (HMAC with a secret kept in this install\'s database), only to count each person once. Never your name or raw id.',
  ],
  logs: [
    'Logs hold the command and topic names, timings and errors. Never message text, questions, tokens or raw user ids at the info level.',
    'Unpinning a reminder stops its schedule; its hashed confirmations are deleted with it.',
  ],
  code: 'The bot is open source: the operator of this install can show you its configuration.',
} as const;
