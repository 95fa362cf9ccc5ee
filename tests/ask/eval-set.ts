// The evaluation sets for free-text questions, in two parts each (docs/ASK.md, "Evaluation").
// English:
// - tuning: every `questions*.ts` file in this folder whose name carries no locale (questions.ts,
//   questions-dm.ts, and any file added later, e.g. questions-content-2026.ts); a new file joins the
//   tuning part without an edit here;
// - held out: held-out.ts only. The matcher and the lexicon are never tuned on it.
// Each English file exports `onTopic` (questions with the expected topic or guide id) and/or `offTopic`.
// Every other locale: questions-<locale>.ts (e.g. questions-pt-BR.ts) exports `tuning` and `heldOut`, each a
// list of questions whose `expect` is null for the off-topic ones.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { locales } from '../../src/content/index.js';
import type { Locale } from '../../src/content/types.js';
import * as heldOutFile from './held-out.js';
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

export const heldOut: EvalPart = {
  onTopic: heldOutFile.onTopic,
  offTopic: heldOutFile.offTopic,
  files: [`held-out${ext}`],
};

type LocaleQuestion = OnTopic | { q: string; expect: null };

interface LocaleFile {
  tuning: readonly LocaleQuestion[];
  heldOut: readonly LocaleQuestion[];
}

function part(questions: readonly LocaleQuestion[], file: string): EvalPart {
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
}

/** English first, then each locale that has its own content and question file. */
export const localeSets: readonly LocaleSet[] = [
  { locale: 'en', tuning, heldOut },
  ...(await Promise.all(
    locales
      .filter((l) => l !== 'en')
      .map(async (locale): Promise<LocaleSet> => {
        const file = localeFile(locale);
        const m = (await import(pathToFileURL(`${here}/${file}`).href)) as LocaleFile;
        return { locale, tuning: part(m.tuning, file), heldOut: part(m.heldOut, file) };
      }),
  )),
];

/** The ids a question accepts. */
export const accepted = (x: OnTopic): readonly string[] =>
  typeof x.expect === 'string' ? [x.expect] : x.expect;
