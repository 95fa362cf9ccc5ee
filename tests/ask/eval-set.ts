// The evaluation set for free-text questions, in two parts (docs/ASK.md, "Evaluation"):
// - tuning: every `questions*.ts` file in this folder (questions.ts, questions-dm.ts, and any file added
//   later, e.g. questions-content-2026.ts); a new file joins the tuning part without an edit here;
// - held out: held-out.ts only. The matcher and the lexicon are never tuned on it.
// Each file exports `onTopic` (questions with the expected topic or guide id) and/or `offTopic`.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
const tuningFiles = readdirSync(here)
  .filter((f) => /^questions(-[a-z0-9-]+)?\.(ts|js)$/.test(f) && f.endsWith(ext))
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

/** The ids a question accepts. */
export const accepted = (x: OnTopic): readonly string[] =>
  typeof x.expect === 'string' ? [x.expect] : x.expect;
