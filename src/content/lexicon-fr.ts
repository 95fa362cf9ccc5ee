// French words for `ask`, as data, in the shape of src/content/lexicon.ts: everyday phrases rewritten to the
// terms the French content holds, function words, and the markers of questions about something else. Keys
// are lowercase with accents folded ("données" → "donnees", "l'IA" → "l", "ia"), as the analyser (src/ask/analyze.ts) sees them; the
// values are terms after stemming, or the shared canonical terms and off-topic markers of lexicon-en.ts.
import { OTHER_PLATFORMS as PLATFORMS } from './lexicon-en.js';

export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'depuis quand': ['quand', 'depuis'],
  'combien de temps': ['heur'],
  delai: ['heur'],
  // dates, not data
  'les dates': ['chronolog'],
  'dates importantes': ['chronolog'],
  calendrier: ['chronolog'],
  chronologie: ['chronolog'],
  historique: ['chronolog'],
  'genre de donnees': ['datakind'],
  'quelles donnees': ['datakind'],
  'type de donnees': ['datakind'],
  'quelles infos': ['datakind'],
  'quelles informations': ['datakind'],
  'messages prives': ['privatemsg'],
  'message prive': ['privatemsg'],
  dm: ['privatemsg'],
  dms: ['privatemsg'],
  mp: ['privatemsg'],
  mps: ['privatemsg'],
  'ecris moi': ['compose'],
  'ecrire une': ['compose'],
  redige: ['compose'],
  rediger: ['compose'],
  'lettre de motivation': ['compose'],
  'resume mon': ['compose'],
  traduis: ['compose'],
  traduire: ['compose'],
  blague: ['joke'],
  blagues: ['joke'],
  meteo: ['weather'],
  'quel temps': ['weather'],
  'il pleut': ['weather'],
  'supprimer mon compte': ['closeaccount'],
  'supprimer compte': ['closeaccount'],
  'fermer mon compte': ['closeaccount'],
  'compte facebook': ['closeaccount'],
  abonnes: ['growth'],
  followers: ['growth'],
  'plus de vues': ['growth'],
  'plus de likes': ['growth'],
  'passe oublie': ['editprofile'],
  newsletter: ['mailing'],
  notifications: ['mailing'],
  'mode sombre': ['othersetting'],
  premium: ['othersetting'],
  // changing one's own profile or password, mail from LinkedIn: other features
  'changer ma': ['editprofile'],
  'changer mon': ['editprofile'],
  'modifier ma': ['editprofile'],
  'modifier mon': ['editprofile'],
  'change ma': ['editprofile'],
  'change mon': ['editprofile'],
  'oublie mon': ['editprofile'],
  mails: ['mailing'],
  emails: ['mailing'],
};

/** Stems almost every entry is about: they count for ranking, not as evidence a question is on-topic. */
export const GENERIC = new Set([
  'linkedin',
  'ia',
  'donne',
  'entrain',
  'utilis',
  'compt',
  'model',
  'parametr',
  'reglag',
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
export const FILLER_PHRASES = new Set(['salut bot', 'bonjour bot', 'petite question', 'merci d avance']);

/** Function words dropped after phrases are matched. */
export const STOP_WORDS = new Set(
  `a au aux avec ce ces c ca cela cet cette d de des du elle elles en est et etre eu il ils j je l la
  le les leur leurs lui m ma mais me meme mes moi mon n ne nos notre nous on ou par pas pour qu que
  quel quelle quelles quels qui s sa se ses si son sont suis sur t ta te tes toi ton tu un une vos
  votre vous y est-ce estce svp stp salut bonjour coucho hello merci bien tres vraiment juste alors
  donc aussi ai as avez avons ont fait faire faut peux peut veux voudrais est c est comment quoi trucs
  truc`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that ask for a procedure: the steps of an entry then count as relevant. */
export const HOW_WORDS = new Set(['comment', 'ou', 'etapes', 'etape', 'trouver', 'trouve', 'menu', 'chemin']);

/** Question words first when putting a misspelt function word right. */
export const QUESTION_WORDS = ['quel', 'quelle', 'comment', 'quand', 'pourquoi', 'est', 'les', 'des', 'que'];

/**
 * Words people use for the bot's own topics (`about`: what it stores, who runs it, what it can do;
 * `sources`: where its facts come from), indexed as those topics' hints (src/ask/bot-topics.ts).
 */
export const BOT_HINTS = {
  about: [
    'bot',
    'ce bot',
    'tu enregistres',
    'tu conserves',
    'tu gardes',
    "qui t'a créé",
    'développé',
    'open source',
    'mes questions',
    "ce que j'écris",
    'accès à mon compte',
    'à ma place',
  ],
  sources: ['sources', 'source', 'références', "d'où viennent", 'pages officielles', 'preuves'],
};
