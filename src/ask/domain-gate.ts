// The domain gate: is a question about what this bot knows (LinkedIn's use of data for AI, the setting,
// the privacy and data sharing the content covers, or the bot itself) at all? Word matching alone cannot
// tell "turn off the AI setting on my iphone" from "turn off location on my iphone": both share "turn off"
// and "iphone" with the mobile guide. So a question must hold an anchor (a concept of this domain: AI,
// training, data use, Microsoft, a regulator, an objection, the bot…) or match one entry on a word that
// only this domain uses; and negative evidence (another platform without LinkedIn, a writing task, a
// LinkedIn feature that is not about data use) outweighs the generic words around it.
import {
  ANCHOR_TERMS,
  BLOCKING_WORDS,
  FEATURE_WORDS,
  OTHER_PLATFORMS,
  SOFT_ANCHOR_TERMS,
  WEAK_WORDS,
} from '../content/lexicon-en.js';
import { analyze } from './analyze.js';

/** The lexicon's words as the analyser turns them into terms ("training" → "train", "premium" → a marker). */
const termsOf = (words: readonly string[]) => new Set(words.flatMap((w) => analyze(w)));
const WEAK_TERMS = termsOf(WEAK_WORDS);
const FEATURE_TERMS = termsOf(FEATURE_WORDS);
const BLOCKING_TERMS = termsOf(BLOCKING_WORDS);

/**
 * - `anchored`: the question names a concept of the domain; answered on the usual thresholds.
 * - `specific`: no anchor, but the best entry is about a word only this domain uses ("profile picture",
 *   "Canada"); answered only when confident, never guessed at.
 * - `unanchored`: only generic words ("turn off", "delete", "app") match; no answer unless a conversation's
 *   previous topic supplies the anchor (a follow-up such as "and on my phone?").
 * - `outside`: something in the question points elsewhere; never answered, not even as a follow-up.
 */
export type Domain = 'anchored' | 'specific' | 'unanchored' | 'outside';

/**
 * @param terms the question's analysed terms
 * @param strongTerms the terms the best entry holds exactly in its title, summary or hints
 */
export function domainOf(
  terms: readonly string[],
  strongTerms: readonly string[],
  known: (term: string) => boolean,
): Domain {
  const has = (set: ReadonlySet<string>) => terms.some((t) => set.has(t));
  if (has(BLOCKING_TERMS)) return 'outside';
  if (has(OTHER_PLATFORMS) && !terms.includes('linkedin')) return 'outside';
  const allKnown = terms.every(known);
  const specific = strongTerms.some((t) => !WEAK_TERMS.has(t));
  // "data" or "privacy" next to words the content does not know and only generic matches ("turn off data
  // sync on my phone") is another feature's data; next to a specific match ("my data for ads") it is ours.
  const anchored = has(ANCHOR_TERMS) || (has(SOFT_ANCHOR_TERMS) && (allKnown || specific));
  // "delete a post", "premium", "endorsements": a LinkedIn feature, unless the question ties it to AI or
  // data use ("is a deleted post still used for training?").
  if (has(FEATURE_TERMS) && !anchored) return 'outside';
  // A message sent to this bot that says nothing the content does not know ("how do I switch it off on my
  // iphone?", "why should I care?") is about the bot's one subject: "it" is the setting.
  if (anchored || allKnown) return 'anchored';
  return specific ? 'specific' : 'unanchored';
}
