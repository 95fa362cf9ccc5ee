// Held-out questions that failed at the second and third checkpoints and at integration (2026-11-30), moved to
// the tuning part because they were then tuned on; held-out-en.ts has new questions in their place (docs/ASK.md,
// "Evaluation").
import type { OnTopic } from './questions.js';

export const onTopic: readonly OnTopic[] = [
  { q: "hiya, how can I make sure my linkedin profile isn't used to build their AI?", expect: 'overview' },
  { q: 'Are my likes and reactions part of what they train on?', expect: 'what-data' },
  { q: 'so linkedin opted everybody in without a notice?', expect: 'default' },
  { q: 'hey quick q, was the toggle pre-ticked for all accounts?', expect: 'default' },
  { q: 'after i disable it, what exactly changes with my data?', expect: 'opt-out-effect' },
  { q: 'do you have access to my linkedin profile?', expect: 'about' },
  { q: 'which official pages did you use for this info?', expect: 'sources' },
  {
    q: "i didn't choose this, so who turned the ai data sharing on for my account?",
    expect: ['default', 'why'],
  },
  { q: 'once the toggle is off, does anything still get used?', expect: 'opt-out-effect' },
  { q: 'are you able to look at my linkedin data?', expect: 'about' },
  { q: "is this info from linkedin's help center or from news articles?", expect: 'sources' },
];

export const offTopic: readonly string[] = [
  'how do i turn off copilot in outlook',
  'does apple intelligence use my photos',
  "does samsung's galaxy ai read my messages",
  // Moved at integration (2026-11-30): they got a "not sure" reply on the held-out part.
  "does my bank's app use ai on my transactions",
  'how do i turn off the ai summary in my email app',
];
