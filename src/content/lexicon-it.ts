// Italian words for `ask`, as data, in the shape of src/content/lexicon.ts: everyday phrases rewritten to the
// terms the Italian content holds, function words, and the markers of questions about something else. Keys
// are lowercase with accents folded ("perché" → "perche", "l'IA" → "l", "ia"), as the analyser (src/ask/analyze.ts) sees them; the
// values are terms after stemming, or the shared canonical terms and off-topic markers of lexicon-en.ts.
import { OTHER_PLATFORMS as PLATFORMS } from './lexicon-en.js';

export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  toglie: ['optout'],
  togliere: ['optout'],
  tolgo: ['optout'],
  toglierlo: ['optout'],
  toglierla: ['optout'],
  spegnendolo: ['optout'],
  disattivandolo: ['optout'],
  tolgono: ['togl'],
  tolto: ['togl'],
  tolti: ['togl'],
  tolta: ['togl'],
  antifrode: ['frod'],
  antispam: ['frod'],
  frode: ['frod'],
  frodi: ['frod'],
  suggerimenti: ['consigl'],
  suggerimento: ['consigl'],
  suggeriti: ['consigl'],
  consigliati: ['consigl'],
  'da quando': ['iniz'],
  'quando e iniziato': ['iniz'],
  'restano fuori': ['esclus'],
  'resta fuori': ['esclus'],
  'rimangono fuori': ['esclus'],
  esclusi: ['esclus'],
  escluse: ['esclus'],
  esclusa: ['esclus'],
  escluso: ['esclus'],
  disattivare: ['optout'],
  disattivo: ['optout'],
  disattivato: ['optout'],
  disattivata: ['optout'],
  disattivarlo: ['optout'],
  disattivarla: ['optout'],
  disattivazione: ['optout'],
  spegnere: ['optout'],
  spengo: ['optout'],
  spento: ['optout'],
  spenta: ['optout'],
  spegnerlo: ['optout'],
  'opt out': ['optout'],
  'quanto tempo': ['ore'],
  'quanto ci vuole': ['ore'],
  'quanto ci mette': ['ore'],
  'quanti giorni': ['ore'],
  'di default': ['predefin'],
  predefinito: ['predefin'],
  predefinita: ['predefin'],
  automaticamente: ['predefin'],
  'attivo da solo': ['predefin'],
  'senza chiedere': ['predefin'],
  'senza consenso': ['predefin'],
  italia: ['ue'],
  italiano: ['ue'],
  italiana: ['ue'],
  germania: ['ue'],
  francia: ['ue'],
  spagna: ['ue'],
  europa: ['ue'],
  europeo: ['ue'],
  europea: ['ue'],
  'le date': ['cronolog'],
  'date principali': ['cronolog'],
  'date importanti': ['cronolog'],
  cronologia: ['cronolog'],
  calendario: ['cronolog'],
  'tipo di dati': ['datakind'],
  'quali dati': ['datakind'],
  'quali informazioni': ['datakind'],
  'cosa succede': ['succed'],
  'che succede': ['succed'],
  'cosa cambia': ['succed'],
  'messaggi privati': ['privatemsg'],
  'messaggio privato': ['privatemsg'],
  dm: ['privatemsg'],
  dms: ['privatemsg'],
  scrivimi: ['compose'],
  'scrivi una': ['compose'],
  'scrivere una': ['compose'],
  'lettera di presentazione': ['compose'],
  riassumi: ['compose'],
  traduci: ['compose'],
  tradurre: ['compose'],
  barzelletta: ['joke'],
  barzellette: ['joke'],
  battuta: ['joke'],
  meteo: ['weather'],
  'che tempo': ['weather'],
  piove: ['weather'],
  'cancellare account': ['closeaccount'],
  'cancello account': ['closeaccount'],
  'eliminare account': ['closeaccount'],
  'chiudere account': ['closeaccount'],
  'account facebook': ['closeaccount'],
  follower: ['growth'],
  seguaci: ['growth'],
  'piu like': ['growth'],
  'piu visualizzazioni': ['growth'],
  'password dimenticata': ['editprofile'],
  'cambiare la password': ['editprofile'],
  'cambiare password': ['editprofile'],
  'cambio password': ['editprofile'],
  newsletter: ['mailing'],
  notifiche: ['mailing'],
  'modalita scura': ['othersetting'],
  premium: ['othersetting'],
  // changing one's own profile or password, mail from LinkedIn: other features
  'cambio la': ['editprofile'],
  'cambiare la': ['editprofile'],
  'cambio il': ['editprofile'],
  'cambiare il': ['editprofile'],
  'ho dimenticato': ['editprofile'],
};

/** Stems almost every entry is about: they count for ranking, not as evidence a question is on-topic. */
export const GENERIC = new Set([
  'linkedin',
  'ia',
  'dat',
  'addestr',
  'usar',
  'utilizz',
  'account',
  'modell',
  'impost',
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
export const FILLER_PHRASES = new Set(['ciao bot', 'una domanda', 'grazie mille', 'grazie in anticipo']);

/** Function words dropped after phrases are matched. */
export const STOP_WORDS = new Set(
  `a ad al alla alle allo agli ai anche c che chi ci col con cosa cui da dal dalla dalle dai degli dei
  del della delle dello di e ed era essere gli ha hai hanno ho i il in io l la le lei li lo loro lui
  ma me mi mia mie miei mio ne nei nel nella nelle nello noi non nostra nostro o per piu po qua quale
  quali quando quanto quel quella quelle quelli quello questa queste questi questo qui se si sia sono
  su sua sue sui sul sulla suo suoi ti tu tua tuo tutti tutto un una uno vi voi ciao salve grazie pls
  per favore davvero proprio solo anche gia faccio fa fare posso puoi vorrei voglio e cosa raga sta`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that ask for a procedure: the steps of an entry then count as relevant. */
export const HOW_WORDS = new Set([
  'come',
  'dove',
  'passaggi',
  'passaggio',
  'trovo',
  'trovare',
  'menu',
  'percorso',
]);

/** Question words first when putting a misspelt function word right. */
export const QUESTION_WORDS = ['come', 'cosa', 'dove', 'quale', 'quando', 'perche', 'il', 'la', 'che'];

/**
 * Words people use for the bot's own topics (`about`: what it stores, who runs it, what it can do;
 * `sources`: where its facts come from), indexed as those topics' hints (src/ask/bot-topics.ts).
 */
export const BOT_HINTS = {
  about: [
    'bot',
    'questo bot',
    'salvi',
    'memorizzi',
    'registri',
    'chi ti ha creato',
    'sviluppato',
    'open source',
    'le mie domande',
    'quello che scrivo',
    'accesso al mio account',
    'al posto mio',
  ],
  sources: ['fonti', 'fonte', 'riferimenti', 'da dove prendi', 'pagine ufficiali', 'prove'],
};
