// Tuning questions for the domain gate (src/ask/domain-gate.ts): off-topic requests that share words with
// the domain (other LinkedIn features, other platforms' AI settings, writing tasks, code, jokes, weather),
// and on-topic DM-style questions next to them, so that the gate is held to both sides. Tuning part only.
import type { OnTopic } from './questions.js';

export const onTopic: readonly OnTopic[] = [
  {
    q: 'hey, my daughter just made a linkedin profile, will her stuff be used for ai?',
    expect: ['not-used', 'privacy'],
  },
  {
    q: 'I manage our company page. Are the company page posts used for training too?',
    expect: ['what-data', 'microsoft'],
  },
  { q: 'does this bot keep a copy of what i write to it?', expect: 'about' },
  { q: 'how do you know all this? any sources?', expect: 'sources' },
  { q: "Hi! I'm in the UK. Is my data used for the ai? Thanks", expect: 'regions' },
  {
    q: 'sorry to bother. i turned the setting off last week. does that remove what was already used?',
    expect: 'opt-out-effect',
  },
  { q: 'linkdin ai trainig, how to opt out on andriod', expect: 'mobile' },
  { q: 'where is the data for generative ai improvement toggle on the website', expect: 'desktop' },
  { q: 'can i object under gdpr instead of using the toggle', expect: 'objection-form' },
  { q: 'Hello, is there a form to object to linkedin ai training?', expect: 'objection-form' },
  { q: 'whats the url for the ai setting', expect: 'link' },
  { q: 'is it true you have to turn it off again every few months', expect: 'myths' },
  { q: 'does microsoft get my linkedin data for its ai?', expect: 'microsoft' },
  { q: 'are my posts and comments used to train linkedin ai', expect: 'what-data' },
  { q: 'i deleted a post last year. was it already used for training?', expect: 'opt-out-effect' },
  { q: 'does linkedin use my data for ads on other microsoft sites', expect: ['ads-sharing', 'microsoft'] },
  { q: 'who runs this bot, is it linkedin?', expect: 'about' },
  { q: 'Morning! Two questions. Is this on by default? And who decided that?', expect: 'default' },
  // Questions with no AI or data word at all: "it" is the setting, in a message to this bot.
  { q: 'i live in belgium, does this affect me?', expect: 'regions' },
  { q: 'what about switzerland', expect: 'regions' },
  { q: 'how do i switch it off on my samsung tablet', expect: 'mobile' },
  { q: 'where do i click on the website', expect: 'desktop' },
  { q: 'does it include my profile photo and headline?', expect: 'what-data' },
  { q: 'my 16 year old uses linkedin, is he included?', expect: 'not-used' },
  { q: 'when did all of this start?', expect: 'timeline' },
  { q: 'is this true or just a rumour going around?', expect: 'myths' },
  { q: 'can i get a copy of everything first?', expect: 'get-copy' },
  { q: 'does switching it off undo the past?', expect: 'opt-out-effect' },
  { q: 'why is everyone so angry about this?', expect: 'why' },
  { q: 'will my feed change if i turn it off?', expect: 'other-ai' },
  { q: 'is there a form for this in the eu?', expect: 'objection-form' },
  { q: 'my kid has a profile, is she affected?', expect: 'not-used' },
  { q: 'how do i stop it on my work laptop', expect: 'desktop' },
];

/** Must get no answer (`topic: null`). */
export const offTopic: readonly string[] = [
  // other LinkedIn features
  'how do i delete a comment i made on linkedin',
  'how do i turn off notifications on the linkedin app',
  'can you endorse me for python on linkedin',
  'how do i remove an endorsement from my profile',
  'cancel my linkedin premium subscription',
  'any tips for my job search on linkedin',
  'how do i turn off open to work on my profile',
  'how do i block someone on linkedin',
  'how do i see who viewed my profile',
  'how do i add a profile picture in the linkedin app',
  'how do i change my linkedin url',
  'how do i download a video from a linkedin post',
  'how do i remove a connection on linkedin',
  'how do i turn off location services on my android phone',
  // writing tasks
  'write a headline for my linkedin profile, im a data engineer',
  'can you write a linkedin post about my promotion',
  'help me write a cover letter for a data analyst job',
  'write a short summary for my linkedin about section',
  // other platforms' AI settings
  'how do i turn off meta ai on instagram',
  'how do i stop facebook from using my photos for ai',
  'does x use my tweets to train grok',
  'how to opt out of meta ai training on whatsapp',
  'does google use my gmail to train gemini',
  'how do i stop chatgpt from training on my chats',
  // jokes, weather, code
  'tell me a joke about ai',
  'will it rain in dublin this weekend',
  'write a javascript function that sorts an array',
  'fix this python code for me',
];
