// Evaluation questions for the facts added on 2026-11-30 (regulators' outcomes of 2025, Microsoft by region,
// the InMail case, recruiter AI). Same shape as questions.ts, written before tuning the content's `ask` hints;
// do not copy them into the content. The exports below add these to the base set, so one import covers both.
import type { OnTopic } from './questions.js';
import * as base from './questions.js';

export const contentOnTopic: readonly OnTopic[] = [
  // regulators since 2025
  { q: 'did the Irish regulator approve this?', expect: ['regions', 'myths'] },
  {
    q: "has ireland's data protection commission signed off on linkedin's ai training",
    expect: ['regions', 'myths'],
  },
  { q: 'what did the dutch privacy watchdog say about linkedin ai', expect: 'regions' },
  { q: 'is training still paused in hong kong?', expect: 'regions' },
  { q: 'what legal basis does linkedin claim in the EU for ai training', expect: ['regions', 'default'] },
  { q: 'when did linkedin start training on canadians', expect: ['regions', 'timeline'] },
  { q: 'what did the UK ICO say in 2025', expect: ['regions', 'timeline'] },
  // how far back
  { q: 'do they use posts from 2003?', expect: ['myths', 'regions'] },
  { q: 'will my old posts from years ago be used if i opt out now', expect: ['myths', 'opt-out-effect'] },
  // Microsoft and AI training, by region
  { q: 'does Microsoft train on my posts?', expect: 'microsoft' },
  { q: 'is the microsoft ai sharing only for uk people', expect: 'microsoft' },
  { q: 'I am in the US, can linkedin give my public posts to microsoft', expect: 'microsoft' },
  // Microsoft and ads
  {
    q: 'can microsoft use my linkedin data to show me ads on other sites',
    expect: ['ads-sharing', 'microsoft'],
  },
  { q: 'where is the share data with trusted partners setting', expect: 'ads-sharing' },
  { q: 'microsoft already got my data, how do i control that', expect: ['ads-sharing', 'microsoft'] },
  // the InMail case
  { q: 'wasnt linkedin sued for training ai on inmail', expect: ['myths', 'timeline'] },
  { q: 'what happened to the inmail class action', expect: ['myths', 'timeline'] },
  // recruiter AI
  { q: 'does the toggle cover the hiring assistant for recruiters', expect: 'other-ai' },
  // what data, and the one line on messages
  {
    q: 'which of my data goes into their ai, and are my messages part of it',
    expect: ['what-data', 'not-used'],
  },
  // latest changes
  { q: 'what changed in february 2026', expect: 'timeline' },
];

export const contentOffTopic: readonly string[] = [
  'who is the prime minister of ireland',
  'how do i cancel my microsoft 365 subscription',
  'best things to do in amsterdam',
];

export const onTopic: readonly OnTopic[] = [...base.onTopic, ...contentOnTopic];
export const offTopic: readonly string[] = [...base.offTopic, ...contentOffTopic];
