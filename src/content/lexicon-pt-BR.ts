// Portuguese (Brazil) words for `ask`, as data, in the shape of src/content/lexicon.ts: everyday phrases rewritten to the
// terms the Portuguese (Brazil) content holds, function words, and the markers of questions about something else. Keys
// are lowercase with accents folded ("configuração" → "configuracao"), as the analyser (src/ask/analyze.ts) sees them; the
// values are terms after stemming, or the shared canonical terms and off-topic markers of lexicon-en.ts.
import { OTHER_PLATFORMS as PLATFORMS } from './lexicon-en.js';

export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'desde quando': ['quand', 'desd'],
  'quanto tempo': ['hor'],
  'quanto demora': ['hor'],
  'em quanto tempo': ['hor'],
  'nao quero que': ['optout'],
  'nao quero': ['optout'],
  desligar: ['optout'],
  desligo: ['optout'],
  desativar: ['optout'],
  desativo: ['optout'],
  'opt out': ['optout'],
  'sair do treinamento': ['optout'],
  'quais dados': ['datakind'],
  'que dados': ['datakind'],
  'tipo de dados': ['datakind'],
  'quais informacoes': ['datakind'],
  'mensagens privadas': ['privatemsg'],
  'mensagem privada': ['privatemsg'],
  dm: ['privatemsg'],
  dms: ['privatemsg'],
  directs: ['privatemsg'],
  direct: ['privatemsg'],
  escreve: ['compose'],
  escreva: ['compose'],
  'escrever um': ['compose'],
  'carta de apresentacao': ['compose'],
  resume: ['compose'],
  resumir: ['compose'],
  traduz: ['compose'],
  traduzir: ['compose'],
  piada: ['joke'],
  piadas: ['joke'],
  'tempo amanha': ['weather'],
  'previsao do tempo': ['weather'],
  'vai chover': ['weather'],
  clima: ['weather'],
  'excluo minha conta': ['closeaccount'],
  'excluir minha conta': ['closeaccount'],
  'apagar minha conta': ['closeaccount'],
  'conta do facebook': ['closeaccount'],
  seguidores: ['growth'],
  followers: ['growth'],
  'mais curtidas': ['growth'],
  engajamento: ['growth'],
  'esqueci minha senha': ['editprofile'],
  'mudar minha senha': ['editprofile'],
  'trocar minha senha': ['editprofile'],
  'trocar senha': ['editprofile'],
  newsletter: ['mailing'],
  notificacoes: ['mailing'],
  'modo escuro': ['othersetting'],
  premium: ['othersetting'],
  // changing one's own profile or password, mail from LinkedIn: other features
  'troco minha': ['editprofile'],
  'troco a': ['editprofile'],
  'trocar a': ['editprofile'],
  'mudo a': ['editprofile'],
  'mudo minha': ['editprofile'],
  'mudar a': ['editprofile'],
  esqueci: ['editprofile'],
};

/** Stems almost every entry is about: they count for ranking, not as evidence a question is on-topic. */
export const GENERIC = new Set([
  'linkedin',
  'ia',
  'dad',
  'trein',
  'treinament',
  'usar',
  'usad',
  'cont',
  'model',
  'configuraca',
  'configuraco',
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
export const FILLER_PHRASES = new Set(['oi bot', 'ola bot', 'uma duvida', 'desde ja', 'valeu bot']);

/** Function words dropped after phrases are matched. */
export const STOP_WORDS = new Set(
  `a ao aos as com como da das de do dos e ela elas ele eles em essa esse esta este eu foi ha isso isto
  ja la lhe mais mas me meu meus minha minhas na nas nao no nos o os ou para pelo pela pelos pelas por
  pra pro qual quais que se sem ser seu seus sua suas ta te tem ter um uma voce voces vc oi ola
  obrigado obrigada valeu ai aqui entao mesmo so tambem faco fazer quero posso pode da ne tipo coisa
  coisas`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that ask for a procedure: the steps of an entry then count as relevant. */
export const HOW_WORDS = new Set([
  'como',
  'onde',
  'passo',
  'passos',
  'tutorial',
  'acho',
  'achar',
  'menu',
  'caminho',
]);

/** Question words first when putting a misspelt function word right. */
export const QUESTION_WORDS = ['como', 'onde', 'qual', 'quais', 'quando', 'porque', 'que', 'o', 'a'];

/**
 * Words people use for the bot's own topics (`about`: what it stores, who runs it, what it can do;
 * `sources`: where its facts come from), indexed as those topics' hints (src/ask/bot-topics.ts).
 */
export const BOT_HINTS = {
  about: [
    'bot',
    'esse bot',
    'você guarda',
    'você salva',
    'registra',
    'quem te criou',
    'desenvolveu',
    'código aberto',
    'minhas perguntas',
    'o que eu escrevo',
    'acesso à minha conta',
    'por mim',
  ],
  sources: ['fontes', 'fonte', 'referências', 'de onde vem', 'de onde vêm', 'páginas oficiais', 'provas'],
};
