// Spanish words for `ask`, as data, in the shape of src/content/lexicon.ts: everyday phrases rewritten to the
// terms the Spanish content holds, function words, and the markers of questions about something else. Keys
// are lowercase with accents folded ("configuración" → "configuracion", "ñ" → "n"), as the analyser (src/ask/analyze.ts) sees them; the
// values are terms after stemming, or the shared canonical terms and off-topic markers of lexicon-en.ts.
import { OTHER_PLATFORMS as PLATFORMS } from './lexicon-en.js';

export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'desde cuando': ['cuand', 'desd'],
  'cuanto tarda': ['hor'],
  'cuanto tiempo': ['hor'],
  'en cuanto tiempo': ['hor'],
  'me salgo': ['optout'],
  salirme: ['optout'],
  'salir del': ['optout'],
  'no quiero que': ['optout'],
  'opt out': ['optout'],
  'que datos': ['datakind'],
  'cuales datos': ['datakind'],
  'tipo de datos': ['datakind'],
  'que informacion': ['datakind'],
  'mensajes privados': ['privatemsg'],
  'mensaje privado': ['privatemsg'],
  dm: ['privatemsg'],
  dms: ['privatemsg'],
  md: ['privatemsg'],
  mds: ['privatemsg'],
  'desde el principio': ['default'],
  'por defecto': ['default'],
  'de serie': ['default'],
  automaticamente: ['default'],
  'bajo todos': ['descarg'],
  bajar: ['descarg'],
  bajarme: ['descarg'],
  descargo: ['descarg'],
  fechas: ['cronologi'],
  'fechas importantes': ['cronologi'],
  cronologia: ['cronologi'],
  calendario: ['cronologi'],
  escribeme: ['compose'],
  'escribe una': ['compose'],
  'escribir una': ['compose'],
  'carta de presentacion': ['compose'],
  resume: ['compose'],
  resumir: ['compose'],
  traduce: ['compose'],
  traducir: ['compose'],
  chiste: ['joke'],
  chistes: ['joke'],
  'que tiempo': ['weather'],
  'tiempo hace': ['weather'],
  llueve: ['weather'],
  clima: ['weather'],
  pronostico: ['weather'],
  'borro mi cuenta': ['closeaccount'],
  'borrar mi cuenta': ['closeaccount'],
  'eliminar mi cuenta': ['closeaccount'],
  'cuenta de facebook': ['closeaccount'],
  seguidores: ['growth'],
  followers: ['growth'],
  'mas likes': ['growth'],
  'mas visitas': ['growth'],
  'olvide mi contrasena': ['editprofile'],
  'cambiar mi contrasena': ['editprofile'],
  'cambiar contrasena': ['editprofile'],
  newsletter: ['mailing'],
  notificaciones: ['mailing'],
  'modo oscuro': ['othersetting'],
  premium: ['othersetting'],
  // changing one's own profile or password, mail from LinkedIn: other features
  'cambio la': ['editprofile'],
  'cambiar la': ['editprofile'],
  'cambio mi': ['editprofile'],
  olvide: ['editprofile'],
  'escribe un': ['compose'],
};

/** Stems almost every entry is about: they count for ranking, not as evidence a question is on-topic. */
export const GENERIC = new Set([
  'linkedin',
  'ia',
  'dat',
  'entren',
  'usar',
  'usad',
  'cuent',
  'model',
  'configuracion',
  'ajust',
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
export const FILLER_PHRASES = new Set(['hola bot', 'una pregunta', 'gracias de antemano', 'muchas gracias']);

/** Function words dropped after phrases are matched. */
export const STOP_WORDS = new Set(
  `a al algo algun alguna alguno con como de del donde el ella ellas ellos en era es esa ese eso esta
  estas este esto estos fue ha han hay la las le les lo los me mi mis muy nos o os para pero por
  porque que quien se ser si sin sobre su sus te tu tus un una uno unos y ya yo hola gracias oye porfa
  porfavor favor tambien solo mismo entonces hago hacer hacerlo quiero puedo puede cosas cosa
  exactamente`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that ask for a procedure: the steps of an entry then count as relevant. */
export const HOW_WORDS = new Set([
  'como',
  'donde',
  'pasos',
  'paso',
  'guia',
  'encuentro',
  'encontrar',
  'menu',
  'ruta',
]);

/** Question words first when putting a misspelt function word right. */
export const QUESTION_WORDS = ['como', 'que', 'donde', 'cual', 'cuales', 'cuando', 'porque', 'el', 'la'];

/**
 * Words people use for the bot's own topics (`about`: what it stores, who runs it, what it can do;
 * `sources`: where its facts come from), indexed as those topics' hints (src/ask/bot-topics.ts).
 */
export const BOT_HINTS = {
  about: [
    'bot',
    'este bot',
    'guardas',
    'registras',
    'quién te hizo',
    'quién te creó',
    'desarrolló',
    'código abierto',
    'mis preguntas',
    'lo que escribo',
    'acceso a mi cuenta',
    'por mí',
  ],
  sources: ['fuentes', 'fuente', 'referencias', 'de dónde', 'de dónde sacas', 'páginas oficiales', 'pruebas'],
};
