// The first English held-out set, now part of the tuning set: written together with questions-dm.ts as one
// pool of DM-style questions and split off by a hash of the text, it was looked at while tuning, so it no
// longer measures anything unseen. The held-out part is held-out-en.ts (docs/ASK.md, "Evaluation").
import type { OnTopic } from './questions.js';

export const onTopic: readonly OnTopic[] = [
  { q: 'hey bot, what do I need to do so linkedin doesnt feed my stuff to its ai', expect: 'overview' },
  {
    q: 'Good morning! Can you walk me through opting out of the generative AI data thing?',
    expect: 'overview',
  },
  { q: 'sorry for my english, i want linkedin not use my data for ai, how?', expect: 'overview' },
  { q: "hi, I'm on my work laptop right now, where exactly is the setting?", expect: 'desktop' },
  {
    q: 'Which menu on the linkedin website has the AI data toggle? I looked under settings and couldnt find it.',
    expect: 'desktop',
  },
  { q: 'im on a mac using safari, how do I switch off the ai data setting', expect: 'desktop' },
  { q: "where's the data privacy section on linkedin.com", expect: 'desktop' },
  {
    q: 'hello, I only have the app on my android phone. how do i turn off the ai training there?',
    expect: 'mobile',
  },
  { q: 'how do I do it on my iphone?', expect: 'mobile' },
  { q: "Hi! I can't find the setting in the app on my phone. Where is it?", expect: 'mobile' },
  { q: 'can you just send me the link to the setting?', expect: 'link' },
  { q: 'hey, whats the url where i turn this off', expect: 'link' },
  { q: 'link pls', expect: 'link' },
  {
    q: "I'm in the UK and want to formally object to my data being used. Is there a form?",
    expect: 'objection-form',
  },
  { q: 'where do I send an objection to linkedin about ai training', expect: 'objection-form' },
  { q: 'how do i fill out the data processing objection request', expect: 'objection-form' },
  {
    q: 'hi, how do I stop linkedin sharing my data with microsoft for ads?',
    expect: ['ads-sharing', 'microsoft'],
  },
  { q: 'can i opt out of personalised ads that use my linkedin profile', expect: 'ads-sharing' },
  {
    q: 'how to turn off ad targeting with my linkedin data on bing and other microsoft sites',
    expect: ['ads-sharing', 'microsoft'],
  },
  { q: 'which parts of my profile do they train on? headline, about section, skills?', expect: 'what-data' },
  { q: "are my comments on other people's posts used for ai", expect: 'what-data' },
  { q: 'what data of mine goes into linkedins generative ai', expect: 'what-data' },
  { q: 'do they use my articles and the stuff i share', expect: 'what-data' },
  { q: 'is my inmail conversation with recruiters safe from the ai', expect: 'not-used' },
  {
    q: 'my kid is 16 and has a linkedin profile. is his data used for ai training?',
    expect: ['not-used', 'privacy'],
  },
  { q: 'are messages excluded?', expect: 'not-used' },
  { q: 'why was the setting already on? i never turned it on', expect: 'default' },
  { q: 'if i opt out now, will they remove my data from models already trained?', expect: 'opt-out-effect' },
  { q: 'hi, I opted out yesterday. does that delete what they already used?', expect: 'opt-out-effect' },
  { q: 'does turning it off stop future training only or also past training', expect: 'opt-out-effect' },
  { q: 'does linkedin anonymise my info before using it for training', expect: 'privacy' },
  { q: 'Hi, do they remove personal details like my name from the data they train on?', expect: 'privacy' },
  { q: 'when did linkedin start training on user data', expect: 'timeline' },
  { q: 'when did the terms change for the EU', expect: ['timeline', 'regions'] },
  { q: 'does microsoft get my linkedin data for its ai models?', expect: 'microsoft' },
  { q: "whats microsoft's role in all this", expect: 'microsoft' },
  { q: 'how long does the data export take', expect: 'get-copy' },
  { q: "what's the downside of leaving it on", expect: 'why' },
  {
    q: 'someone told me linkedin will read my private messages for ai, is that true?',
    expect: ['myths', 'not-used'],
  },
  { q: 'are you an official linkedin bot?', expect: 'about' },
  { q: 'how do i know this is accurate, do you have references', expect: 'sources' },
];

/** Must get no answer (`topic: null`). */
export const offTopic: readonly string[] = [
  'can you write my linkedin summary for me',
  'how do i add a skill to my linkedin profile',
  'how do I turn off notifications on my phone',
  'can you train me for a job interview',
  'how does chatgpt work',
  'how do i export contacts from gmail',
  'what is my ip address',
  'play some music',
  'remind me to call mom at 5',
  'how to disable cookies in chrome',
  "what's the stock price of microsoft",
];
