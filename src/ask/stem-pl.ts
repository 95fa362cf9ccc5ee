// A light Polish stemmer: Polish inflects by ending (case, number, gender, person), and no Snowball
// stemmer covers it. This strips the longest common ending and leaves at least three letters, so that
// "ustawienia", "ustawieniach" and "ustawień" meet. Input is lowercase with accents folded (ł → l, ń → n).
const ENDINGS = [
  // adjectives and participles
  'owego',
  'owemu',
  'owych',
  'owymi',
  'iejsze',
  'iejszy',
  'ego',
  'emu',
  'ych',
  'ymi',
  'ich',
  'imi',
  'owa',
  'owe',
  'owy',
  'owi',
  'ej',
  'ym',
  'im',
  // verbs
  'owania',
  'owanie',
  'owac',
  'ujesz',
  'ujemy',
  'ujecie',
  'uja',
  'uje',
  'ywac',
  'iwac',
  'ania',
  'anie',
  'enia',
  'enie',
  'eniu',
  'eniem',
  'eniach',
  'eniami',
  'ac',
  'ic',
  'yc',
  'ec',
  'esz',
  'emy',
  'ecie',
  'al',
  'ala',
  'alo',
  'ali',
  'aly',
  'il',
  'ila',
  'ilo',
  'ili',
  'ily',
  'en',
  // nouns
  'ami',
  'ach',
  'om',
  'ow',
  'em',
  'ie',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

function strip(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM)
      return word.slice(0, -ending.length);
  }
  return word;
}

const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y'];

/** The ending, then a vowel left before it: "wiadomosciach" and "wiadomosci" both give "wiadomosc". */
export function stemPl(word: string): string {
  const once = strip(word, ENDINGS);
  return once === word ? once : strip(once, VOWELS);
}
