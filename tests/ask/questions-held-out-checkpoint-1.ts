// Held-out questions that failed at the first checkpoint (2026-11-30), moved to the tuning part because
// they were then tuned on; held-out-en.ts has new questions in their place (docs/ASK.md, "Evaluation").
import type { OnTopic } from './questions.js';

export const onTopic: readonly OnTopic[] = [
  {
    q: "Hi there, hope you're well. Long story short, I don't want my linkedin stuff in any AI model. What are my options?",
    expect: 'overview',
  },
  { q: 'how do i opt ouf of the ai thingy on linkedn', expect: 'overview' },
  {
    q: "yo what's the fastest way to keep linkedin from training on my account",
    expect: ['overview', 'link'],
  },
  { q: 'i use linkedin on my windows pc, not the app. steps?', expect: 'desktop' },
  {
    q: 'i keep seeing ads that clearly use my linkedin job title. can i turn that off?',
    expect: 'ads-sharing',
  },
  { q: 'do they use what I type into the AI writing assistant when I draft a post?', expect: 'what-data' },
  { q: 'do the videos i upload end up in the ai training set', expect: 'what-data' },
  {
    q: 'my kid is 17 and on linkedin for internships. will they use her profile for AI?',
    expect: ['not-used', 'privacy'],
  },
  { q: 'was the AI data thing opted-in for all members from the start, or just me?', expect: 'default' },
  { q: 'hey, did i accidentally opt in or was it automatic', expect: 'default' },
  { q: 'what actually happens after i turn the toggle off', expect: 'opt-out-effect' },
  { q: 'will linkedin still use AI to recommend jobs and posts to me after I opt out?', expect: 'other-ai' },
  { q: 'what safeguards does linkedin say it puts on personal data when training models', expect: 'privacy' },
  { q: 'is my data anonymized or is that just marketing', expect: 'privacy' },
  { q: "i'm in hong kong, should i care about this?", expect: 'regions' },
  { q: 'hi, what changed for linkedin members in europe in november 2025?', expect: ['regions', 'timeline'] },
  {
    q: 'is the download-your-data option available in the android app or only on the web?',
    expect: 'get-copy',
  },
  { q: 'can you just flip the switch for me on my account?', expect: 'about' },
  { q: 'can you cite where this comes from, like official linkedin pages?', expect: 'sources' },
];

export const offTopic: readonly string[] = [
  'how do I turn off AI in microsoft word',
  'does gemini train on my gmail? how do i stop that',
  "how do I opt out of whatsapp's new privacy policy",
];
