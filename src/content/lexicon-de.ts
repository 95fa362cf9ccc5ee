// German words for `ask`, as data, in the shape of src/content/lexicon.ts: everyday phrases rewritten to the
// terms the German content holds, function words, and the markers of questions about something else. Keys
// are lowercase with accents folded ("für" → "fur", "ß" → "ss"), as the analyser (src/ask/analyze.ts) sees them; the
// values are terms after stemming, or the shared canonical terms and off-topic markers of lexicon-en.ts.
import { OTHER_PLATFORMS as PLATFORMS } from './lexicon-en.js';

export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'seit wann': ['wann', 'seit'],
  'ab wann': ['wann', 'seit'],
  'wie lange': ['stund'],
  'wie lang': ['stund'],
  'wie schnell': ['stund'],
  // switching the setting off, said many ways
  ausschalten: ['optout'],
  abschalten: ['optout'],
  ausstellen: ['optout'],
  abstellen: ['optout'],
  deaktivieren: ['optout'],
  deaktiviert: ['optout'],
  stoppen: ['optout'],
  stoppe: ['optout'],
  stopp: ['optout'],
  abmelden: ['optout'],
  'opt out': ['optout'],
  // which data
  'welche daten': ['datakind'],
  'was fur daten': ['datakind'],
  'welche infos': ['datakind'],
  'welche informationen': ['datakind'],
  // private messages
  privatnachrichten: ['privatemsg'],
  'private nachrichten': ['privatemsg'],
  privatnachricht: ['privatemsg'],
  direktnachrichten: ['privatemsg'],
  dms: ['privatemsg'],
  dm: ['privatemsg'],
  pns: ['privatemsg'],
  // dates, not data
  termine: ['zeitleist'],
  zeitplan: ['zeitleist'],
  chronologie: ['zeitleist'],
  zeitstrahl: ['zeitleist'],
  'wichtigsten daten': ['zeitleist'],
  runterladen: ['herunterlad'],
  herunterladen: ['herunterlad'],
  downloaden: ['herunterlad'],
  saugen: ['herunterlad'],
  // requests outside what the bot knows
  'schreib mir': ['compose'],
  'schreibe mir': ['compose'],
  'schreib mal': ['compose'],
  'schreib ein': ['compose'],
  verfasse: ['compose'],
  anschreiben: ['compose'],
  bewerbungsschreiben: ['compose'],
  'zusammenfassung schreiben': ['compose'],
  ubersetze: ['compose'],
  ubersetz: ['compose'],
  witz: ['joke'],
  witze: ['joke'],
  lustiges: ['joke'],
  wetter: ['weather'],
  regnet: ['weather'],
  wettervorhersage: ['weather'],
  'konto loschen': ['closeaccount'],
  'account loschen': ['closeaccount'],
  'profil loschen': ['closeaccount'],
  'mein konto': ['closeaccount'],
  'meinen account': ['closeaccount'],
  follower: ['growth'],
  followern: ['growth'],
  reichweite: ['growth'],
  'mehr kontakte': ['growth'],
  'mehr likes': ['growth'],
  'passwort vergessen': ['editprofile'],
  'passwort andern': ['editprofile'],
  'passwort zurucksetzen': ['editprofile'],
  newsletter: ['mailing'],
  benachrichtigungen: ['mailing'],
  mitteilungen: ['mailing'],
  dunkelmodus: ['othersetting'],
  premium: ['othersetting'],
  // changing one's own profile or password, mail from LinkedIn: other features
  'andere ich': ['editprofile'],
  'andere mein': ['editprofile'],
  'ich andere': ['editprofile'],
  'schreib einen': ['compose'],
  'schreibe einen': ['compose'],
};

/** Stems almost every entry is about: they count for ranking, not as evidence a question is on-topic. */
export const GENERIC = new Set([
  'linkedin',
  'ki',
  'ai',
  'dat',
  'training',
  'traini',
  'trainiert',
  'nutz',
  'verwend',
  'konto',
  'modell',
  'einstell',
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
export const FILLER_PHRASES = new Set([
  'hallo bot',
  'hi bot',
  'kurze frage',
  'danke im voraus',
  'vielen dank',
]);

/** Function words dropped after phrases are matched. */
export const STOP_WORDS = new Set(
  `aber alle allem allen aller alles also am an ander andere anderen auch auf bei beim bin bis bitte
  bist da dabei damit dann das dass dem den denn der des dich die dies diese diesem diesen dieser
  dieses dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer eigentlich gibt
  gibts hab habe haben hat hatte hier hallo hi hey ich ihm ihn ihr ihre ihrem ihren ihrer im in ist ja
  jetzt kann kannst konnen konnte man mal mein meine meinem meinen meiner mich mir mit muss musst nach
  ne noch nun nur ob oder ok okay schon sehr sein seine seinem seinen sich sie sind so soll sollte
  uber um und uns unser unsere von vom vor war waren was weil welche welcher welches wenn wer werde
  werden wie wir wird wirklich wo zu zum zur eig eigtl halt denn leute frage mal irgendwie einfach
  danke`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that ask for a procedure: the steps of an entry then count as relevant. */
export const HOW_WORDS = new Set([
  'wie',
  'wo',
  'schritte',
  'schritt',
  'anleitung',
  'finde',
  'finden',
  'menu',
  'pfad',
]);

/** Question words first when putting a misspelt function word right. */
export const QUESTION_WORDS = [
  'was',
  'wie',
  'wo',
  'welche',
  'wann',
  'warum',
  'wieso',
  'ist',
  'das',
  'die',
  'der',
];

/**
 * Words people use for the bot's own topics (`about`: what it stores, who runs it, what it can do;
 * `sources`: where its facts come from), indexed as those topics' hints (src/ask/bot-topics.ts).
 */
export const BOT_HINTS = {
  about: [
    'bot',
    'dieser bot',
    'speicherst du',
    'gespeichert',
    'protokollierst',
    'wer hat dich gemacht',
    'entwickelt',
    'betreiber',
    'open source',
    'meine fragen',
    'was ich schreibe',
    'für mich ausschalten',
    'zugriff',
  ],
  sources: ['quellen', 'quelle', 'belege', 'woher', 'woher weißt du', 'offizielle seiten', 'nachweise'],
};
