// Small text helpers shared by the dispatcher, the commands and the renderers.

export const MAX_INPUT_LENGTH = 2000;

// C0/C1 controls, zero-width and bidi-override characters: never meaningful in a command line,
// and bidi overrides can make echoed text read differently from what it is.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** Normalises what a person typed: NFKC, no control or invisible characters, single spaces, trimmed. */
export function cleanInput(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Cuts to at most `max` characters (code points are never split), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  // Do not leave half a surrogate pair behind.
  const safe = /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
  return `${safe}…`;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), enough for typo suggestions. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}

/** All choices, closest to the input first (prefix and substring matches count as close). */
export function rankByCloseness(input: string, choices: readonly string[]): string[] {
  const needle = input.toLowerCase().replace(/[^a-z0-9]/g, '');
  const score = (choice: string): number => {
    const plain = choice.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (needle.length === 0) return 0;
    if (plain === needle) return -2;
    if (plain.startsWith(needle) || needle.startsWith(plain)) return -1;
    return editDistance(needle, plain) - (plain.includes(needle) ? 2 : 0);
  };
  return choices
    .map((choice, index) => ({ choice, index, s: score(choice) }))
    .sort((x, y) => x.s - y.s || x.index - y.index)
    .map((x) => x.choice);
}

/** A short, harmless rendering of user text for echoing in a reply ("`whatdata` is not a topic"). */
export function echo(text: string, max = 40): string {
  // Angle brackets become look-alikes so that no platform can read <!channel>, <@id> or <url|label> in an
  // echo, whatever the renderer does with it (Slack headers are plain_text and are not escaped).
  return truncate(cleanInput(text).replace(/</g, '‹').replace(/>/g, '›'), max);
}
