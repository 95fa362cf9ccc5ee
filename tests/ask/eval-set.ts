// The evaluation sets for free-text questions, in two parts each (docs/ASK.md, "Evaluation").
// - Tuning, English: every `questions*.ts` file in this folder whose name carries no locale (questions.ts,
//   questions-dm.ts, and any file added later, e.g. questions-content-2026.ts); a new file joins the tuning
//   part without an edit here. Each exports `onTopic` (questions with the expected topic or guide id)
//   and/or `offTopic`.
// - Tuning, every other locale: questions-<locale>.ts (e.g. questions-pt-BR.ts) exports `tuning`.
// - Held out, every locale including English: held-out-<locale>.ts exports `heldOut`. The analyser, the
//   lexicons and the gate are never tuned on it.
// - Fresh, every locale: fresh-2026-11-30.ts, written after tuning by someone who had read neither the
//   analyser, the lexicons nor the other question files, and never tuned on: the unbiased measure.
// Locale lists (`tuning`, `heldOut`, the fresh set's `otherLocales`) hold questions whose `expect` is null
// for the off-topic ones.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { locales } from '../../src/content/index.js';
import type { Locale } from '../../src/content/types.js';
import * as fresh2026 from './fresh-2026-11-30.js';
import type { OnTopic } from './questions.js';

export type { OnTopic } from './questions.js';

export interface EvalPart {
  onTopic: readonly OnTopic[];
  offTopic: readonly string[];
  /** The files it was read from, for the report. */
  files: readonly string[];
}

interface QuestionFile {
  onTopic?: readonly OnTopic[];
  offTopic?: readonly string[];
}

const here = dirname(fileURLToPath(import.meta.url));
// Sources under vitest, compiled .js under `npm run eval:ask`.
const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const localeFile = (locale: Locale) => `questions-${locale}${ext}`;
const localeFiles = new Set(locales.map(localeFile));
const tuningFiles = readdirSync(here)
  .filter((f) => /^questions(-[a-z0-9-]+)?\.(ts|js)$/.test(f) && f.endsWith(ext) && !localeFiles.has(f))
  .sort();

const loaded: QuestionFile[] = await Promise.all(
  tuningFiles.map((f) => import(pathToFileURL(`${here}/${f}`).href) as Promise<QuestionFile>),
);

export const tuning: EvalPart = {
  onTopic: loaded.flatMap((m) => m.onTopic ?? []),
  offTopic: loaded.flatMap((m) => m.offTopic ?? []),
  files: tuningFiles,
};

/** A question of a list with both kinds: `expect` is null when it must get no answer. */
export type EvalQuestion = OnTopic | { q: string; expect: null };

const heldOutFile = (locale: Locale) => `held-out-${locale}${ext}`;
const importHeldOut = async (locale: Locale) =>
  (
    (await import(pathToFileURL(`${here}/${heldOutFile(locale)}`).href)) as {
      heldOut: readonly EvalQuestion[];
    }
  ).heldOut;

function part(questions: readonly EvalQuestion[], file: string): EvalPart {
  return {
    onTopic: questions.filter((x): x is OnTopic => x.expect !== null),
    offTopic: questions.filter((x) => x.expect === null).map((x) => x.q),
    files: [file],
  };
}

export interface LocaleSet {
  locale: Locale;
  tuning: EvalPart;
  heldOut: EvalPart;
  fresh: EvalPart;
}

export const heldOut: EvalPart = part(await importHeldOut('en'), heldOutFile('en'));

const freshFile = `fresh-2026-11-30${ext}`;
export const fresh: EvalPart = {
  onTopic: fresh2026.onTopic,
  offTopic: fresh2026.offTopic,
  files: [freshFile],
};

/** English first, then each locale that has its own content and question file. */
export const localeSets: readonly LocaleSet[] = [
  { locale: 'en', tuning, heldOut, fresh },
  ...(await Promise.all(
    locales
      .filter((l) => l !== 'en')
      .map(async (locale): Promise<LocaleSet> => {
        const file = localeFile(locale);
        const m = (await import(pathToFileURL(`${here}/${file}`).href)) as {
          tuning: readonly EvalQuestion[];
        };
        return {
          locale,
          tuning: part(m.tuning, file),
          heldOut: part(await importHeldOut(locale), heldOutFile(locale)),
          fresh: part(fresh2026.otherLocales[locale as Exclude<Locale, 'en'>], freshFile),
        };
      }),
  )),
];

/** The ids a question accepts. */
export const accepted = (x: OnTopic): readonly string[] =>
  typeof x.expect === 'string' ? [x.expect] : x.expect;

// A question that shares most of its words with a tuning one (or a held-out one) measures nothing unseen.
const questionWords = (q: string) =>
  new Set(
    q
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9 ]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2),
  );
const wordOverlap = (a: Set<string>, b: Set<string>) => {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / (a.size + b.size - shared);
};
/** From this share of words in common (Jaccard over words of 3+ letters), a question is a near copy. */
export const NEAR_COPY = 0.65;

/** Every question of a part, on-topic and off-topic. */
export const questionsOf = (part: EvalPart): string[] => [...part.onTopic.map((x) => x.q), ...part.offTopic];

/** The questions of `pool` that `q` nearly copies. */
export function nearCopies(q: string, pool: readonly string[]): string[] {
  const w = questionWords(q);
  return pool.filter((p) => wordOverlap(w, questionWords(p)) >= NEAR_COPY);
}

/** The part without the questions that nearly copy one of `pool`. */
export function apartFrom(part: EvalPart, pool: readonly string[]): EvalPart {
  return {
    onTopic: part.onTopic.filter((x) => nearCopies(x.q, pool).length === 0),
    offTopic: part.offTopic.filter((q) => nearCopies(q, pool).length === 0),
    files: part.files,
  };
}
