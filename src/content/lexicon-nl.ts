// Dutch words for `ask`, as data, in the shape of src/content/lexicon.ts: everyday phrases rewritten to the
// terms the Dutch content holds, function words, and the markers of questions about something else. Keys
// are lowercase with accents folded ("privéberichten" → "priveberichten"), as the analyser (src/ask/analyze.ts) sees them; the
// values are terms after stemming, or the shared canonical terms and off-topic markers of lexicon-en.ts.
import { OTHER_PLATFORMS as PLATFORMS } from './lexicon-en.js';

export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'sinds wanneer': ['wanner', 'sind'],
  'vanaf wanneer': ['wanner', 'sind'],
  'hoe lang': ['uur'],
  hoelang: ['uur'],
  'hoe snel': ['uur'],
  stop: ['optout'],
  stoppen: ['optout'],
  stopt: ['optout'],
  uitzetten: ['optout'],
  uitschakelen: ['optout'],
  afzetten: ['optout'],
  stopzetten: ['optout'],
  deactiveren: ['optout'],
  'wil niet dat': ['optout'],
  'niet meer': ['optout'],
  'opt out': ['optout'],
  'bezwaar tegen training': ['optout'],
  'welke gegevens': ['datakind'],
  'welke data': ['datakind'],
  'wat voor gegevens': ['datakind'],
  'welke informatie': ['datakind'],
  priveberichten: ['privatemsg'],
  priveberichtjes: ['privatemsg'],
  'prive berichten': ['privatemsg'],
  dm: ['privatemsg'],
  dms: ['privatemsg'],
  'directe berichten': ['privatemsg'],
  ierse: ['ireland'],
  ierland: ['ireland'],
  iers: ['ireland'],
  toezichthouder: ['regulator'],
  privacytoezichthouder: ['regulator'],
  privacywaakhond: ['regulator'],
  'autoriteit persoonsgegevens': ['regulator'],
  'schrijf een': ['compose'],
  'schrijf mijn': ['compose'],
  'schrijf me': ['compose'],
  sollicitatiebrief: ['compose'],
  'vat samen': ['compose'],
  vertaal: ['compose'],
  grap: ['joke'],
  grapje: ['joke'],
  mop: ['joke'],
  moppen: ['joke'],
  weer: ['weather'],
  regent: ['weather'],
  weerbericht: ['weather'],
  'account verwijderen': ['closeaccount'],
  'verwijder ik mijn': ['closeaccount'],
  'mijn account': ['closeaccount'],
  'facebook account': ['closeaccount'],
  volgers: ['growth'],
  followers: ['growth'],
  'meer likes': ['growth'],
  'meer bereik': ['growth'],
  'wachtwoord vergeten': ['editprofile'],
  'wachtwoord wijzigen': ['editprofile'],
  'wachtwoord veranderen': ['editprofile'],
  nieuwsbrief: ['mailing'],
  nieuwsbrieven: ['mailing'],
  pushmeldingen: ['mailing'],
  'donkere modus': ['othersetting'],
  premium: ['othersetting'],
  // changing one's own profile or password, mail from LinkedIn: other features
  'wijzig ik': ['editprofile'],
  'wijzig mijn': ['editprofile'],
  'verander ik': ['editprofile'],
  'verander mijn': ['editprofile'],
  'de meldingen van': ['mailing'],
  'meldingen uitzetten': ['mailing'],
  'meldingen uitschakelen': ['mailing'],
};

/** Stems almost every entry is about: they count for ranking, not as evidence a question is on-topic. */
export const GENERIC = new Set([
  'linkedin',
  'ai',
  'gegeven',
  'data',
  'training',
  'train',
  'gebruik',
  'gebruikt',
  'account',
  'model',
  'instell',
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
export const FILLER_PHRASES = new Set(['hoi bot', 'hallo bot', 'korte vraag', 'alvast bedankt']);

/** Function words dropped after phrases are matched. */
export const STOP_WORDS = new Set(
  `aan al alle als ben bij dan dat de deze die dit doe doen door dus een en er even eigenlijk ge geen
  had heb hebben heeft het hier hij hoe hun ik in is je jij jou jouw kan kun kunnen maar me meer met
  mij mijn moet moeten na naar nog nou of om ons onze ook op over te tot u uw van veel voor was wat we
  wel werd wij wil willen word worden wordt ze zich zijn zo zou hoi hallo hey graag bedankt dank even
  gewoon echt iets wie welke`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that ask for a procedure: the steps of an entry then count as relevant. */
export const HOW_WORDS = new Set([
  'hoe',
  'waar',
  'stappen',
  'stap',
  'uitleg',
  'vind',
  'vinden',
  'menu',
  'pad',
]);

/** Question words first when putting a misspelt function word right. */
export const QUESTION_WORDS = ['wat', 'hoe', 'waar', 'welke', 'wanneer', 'waarom', 'is', 'de', 'het', 'dat'];

/**
 * Words people use for the bot's own topics (`about`: what it stores, who runs it, what it can do;
 * `sources`: where its facts come from), indexed as those topics' hints (src/ask/bot-topics.ts).
 */
export const BOT_HINTS = {
  about: [
    'bot',
    'deze bot',
    'sla je op',
    'bewaar je',
    'log je',
    'wie heeft je gemaakt',
    'gemaakt',
    'open source',
    'mijn vragen',
    'wat ik typ',
    'voor mij uitzetten',
  ],
  sources: ['bronnen', 'bron', 'referenties', 'waar komt', 'waar haal je', "officiële pagina's", 'bewijs'],
};
