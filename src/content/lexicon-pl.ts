// Polish words for `ask`, as data, in the shape of src/content/lexicon.ts: everyday phrases rewritten to the
// terms the Polish content holds, function words, and the markers of questions about something else. Keys
// are lowercase with accents folded ("włączone" → "wlaczone"), as the analyser (src/ask/analyze.ts) sees them; the
// values are terms after stemming, or the shared canonical terms and off-topic markers of lexicon-en.ts.
import { OTHER_PLATFORMS as PLATFORMS } from './lexicon-en.js';

export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'od kiedy': ['kied'],
  'od jakiego czasu': ['kied'],
  'jak dlugo': ['godzin'],
  'ile trwa': ['godzin'],
  'ile sie czeka': ['godzin'],
  'ile czasu': ['godzin'],
  'jakie dane': ['datakind'],
  'jakie informacje': ['datakind'],
  'jakie moje dane': ['datakind'],
  'prywatne wiadomosci': ['privatemsg'],
  'wiadomosci prywatne': ['privatemsg'],
  'prywatnych wiadomosci': ['privatemsg'],
  dm: ['privatemsg'],
  dmy: ['privatemsg'],
  inmail: ['privatemsg'],
  inmaile: ['privatemsg'],
  inmaili: ['privatemsg'],
  napisz: ['compose'],
  'napisz mi': ['compose'],
  'list motywacyjny': ['compose'],
  streszczenie: ['compose'],
  przetlumacz: ['compose'],
  dowcip: ['joke'],
  kawal: ['joke'],
  zart: ['joke'],
  zarty: ['joke'],
  pogoda: ['weather'],
  pogode: ['weather'],
  'pada deszcz': ['weather'],
  'usunac konto': ['closeaccount'],
  'usun konto': ['closeaccount'],
  'usunac moje konto': ['closeaccount'],
  'konto na facebooku': ['closeaccount'],
  obserwujacych: ['growth'],
  obserwujacy: ['growth'],
  followersow: ['growth'],
  'wiecej polubien': ['growth'],
  zasieg: ['growth'],
  'zapomnialem hasla': ['editprofile'],
  'zmienic haslo': ['editprofile'],
  'zmiana hasla': ['editprofile'],
  newsletter: ['mailing'],
  powiadomienia: ['mailing'],
  'tryb ciemny': ['othersetting'],
  premium: ['othersetting'],
  // changing one's own profile: another feature
  'zmienic zdjecie': ['editprofile'],
  'zmiana zdjecia': ['editprofile'],
  'zmienic nazwisko': ['editprofile'],
};

/** Stems almost every entry is about: they count for ranking, not as evidence a question is on-topic. */
export const GENERIC = new Set([
  'linkedin',
  'ai',
  'sztuczn',
  'dan',
  'trenow',
  'uzyw',
  'kont',
  'model',
  'ustaw',
]);

/** Other platforms, by the same names as in English. */
export const OTHER_PLATFORMS = new Set([...PLATFORMS]);

/** Markers the synonyms above give to requests the bot cannot help with; the content holds none of them. */
export const OFF_TOPIC_TERMS = new Set([
  'compose',
  'joke',
  'weather',
  'closeaccount',
  'mailing',
  'editprofile',
  'othersetting',
  'opinion',
  'growth',
]);

/** Phrases of two or three words that say nothing about the question: dropped like stop words. */
export const FILLER_PHRASES = new Set(['hej bot', 'czesc bot', 'krotkie pytanie', 'z gory dzieki']);

/** Function words dropped after phrases are matched. */
export const STOP_WORDS = new Set(
  `a aby ale bo by byc czy dla do go i ich ja jak jaki jaka jakie jakis je jego jej jest jestem juz
  ktora ktore ktory lub ma mam mi mnie moj moja moje moich moim mozna na nam nas nie nim no o od oraz
  po pod przez przy sa sie sobie ta tak tam te tego tej ten to tu ty tylko w we wiec wy z za ze zeby
  czesc hej siema dzieki dziekuje prosze serio wlasnie w ogole ogole co mi mozesz moge chce chcialbym`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that ask for a procedure: the steps of an entry then count as relevant. */
export const HOW_WORDS = new Set([
  'jak',
  'gdzie',
  'kroki',
  'krok',
  'instrukcja',
  'znajde',
  'znalezc',
  'menu',
  'sciezka',
]);

/** Question words first when putting a misspelt function word right. */
export const QUESTION_WORDS = ['co', 'jak', 'gdzie', 'jaki', 'jakie', 'kiedy', 'dlaczego', 'czy', 'to'];

/**
 * Words people use for the bot's own topics (`about`: what it stores, who runs it, what it can do;
 * `sources`: where its facts come from), indexed as those topics' hints (src/ask/bot-topics.ts).
 */
export const BOT_HINTS = {
  about: [
    'bot',
    'ten bot',
    'zapisujesz',
    'przechowujesz',
    'logujesz',
    'kto cię stworzył',
    'stworzył',
    'open source',
    'moje pytania',
    'co piszę',
    'dostęp do mojego konta',
    'za mnie',
  ],
  sources: ['źródła', 'źródło', 'źródeł', 'skąd', 'skąd wiesz', 'oficjalne strony', 'dowody'],
};
