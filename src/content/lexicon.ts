// The shape every `ask` lexicon has (lexicon-en.ts, lexicon-de.ts, …): the words of one language, as data.
// The analyser (src/ask/analyze.ts) and the matcher (src/ask/retrieve.ts) read them through this shape, so
// a language is added by writing its lexicon file, not by changing the matcher.
export interface Lexicon {
  /** Everyday phrase → canonical terms the content holds (or an off-topic marker). Lowercase, accents folded. */
  readonly SYNONYMS: Readonly<Record<string, readonly string[]>>;
  /** Terms almost every entry is about: they count for ranking but are no evidence a question is on-topic. */
  readonly GENERIC: ReadonlySet<string>;
  /** Other platforms: a question about them (and not LinkedIn) is outside what the bot knows. */
  readonly OTHER_PLATFORMS: ReadonlySet<string>;
  /** Terms of requests the bot cannot help with ("write me…", jokes, weather). */
  readonly OFF_TOPIC_TERMS: ReadonlySet<string>;
  /** Phrases of two or three words that say nothing about the question; dropped like stop words. */
  readonly FILLER_PHRASES: ReadonlySet<string>;
  /** Function words dropped after phrases are matched. */
  readonly STOP_WORDS: ReadonlySet<string>;
  /** Words that ask for a procedure: the steps of an entry then count as relevant. */
  readonly HOW_WORDS: ReadonlySet<string>;
  /** Function words a misspelt word most often stands for, tried before the stop words. */
  readonly QUESTION_WORDS: readonly string[];
  /** Hints of the bot's own topics in this language (src/ask/bot-topics.ts). */
  readonly BOT_HINTS: { readonly about: readonly string[]; readonly sources: readonly string[] };
}
