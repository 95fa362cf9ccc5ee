// Brazilian Portuguese evaluation set for `/linkedin-ai ask`, written the way people type in a Brazilian server
// or workspace (lowercase, no accents, "pra", "vc", English loanwords), independently of the content's ask
// examples: do not copy these into src/content/pt-BR.ts. They are the tuning part; the held-out
// part is held-out-<locale>.ts.
import type { OnTopic } from './questions.js';

type Question = OnTopic | { q: string; expect: null };

const all: readonly Question[] = [
  { q: 'como faço pro linkedin parar de treinar ia com os meus dados', expect: 'overview' },
  { q: 'nao quero que o linkedin use meus dados na ia, o que eu faço', expect: 'overview' },
  { q: 'desligar treinamento de ia do linkedin como', expect: 'overview' },
  { q: 'onde acho isso no site do linkedin pelo pc', expect: 'desktop' },
  { q: 'tutorial pro navegador no notebook por favor', expect: 'desktop' },
  { q: 'nao acho configurações e privacidade no computador, cade', expect: 'desktop' },
  { q: 'como desligo isso no meu iphone', expect: 'mobile' },
  { q: 'passo a passo no app android pra desativar', expect: 'mobile' },
  { q: 'no aplicativo do celular onde fica essa opção', expect: 'mobile' },
  { q: 'manda aí o link direto', expect: 'link' },
  { q: 'tem uma url pra essa configuração?', expect: 'link' },
  { q: 'onde fica o formulário pra se opor ao tratamento dos dados', expect: 'objection-form' },
  { q: 'como exercer o direito de oposição do gdpr contra o linkedin', expect: 'objection-form' },
  {
    q: 'como paro o linkedin de passar meus dados pra microsoft fazer publicidade',
    expect: 'ads-sharing',
  },
  { q: 'desligar anuncios personalizados da microsoft', expect: 'ads-sharing' },
  { q: 'quais dados meus eles pegam pra treinar', expect: 'what-data' },
  { q: 'meus posts e comentários vão pra ia?', expect: 'what-data' },
  { q: 'eles usam meu curriculo tbm', expect: 'what-data' },
  { q: 'eles leem minhas mensagens privadas', expect: 'not-used' },
  { q: 'os inmails são usados pela ia', expect: 'not-used' },
  // The under-18 fact is in both not-used and privacy.
  { q: 'minha filha tem 15 anos, o perfil dela é usado', expect: ['not-used', 'privacy'] },
  { q: 'isso já veio ligado automaticamente desde o começo', expect: 'default' },
  { q: 'eu nunca autorizei, por que ta ativado', expect: 'default' },
  { q: 'se eu desligar, os dados que já treinaram são apagados?', expect: 'opt-out-effect' },
  { q: 'o que acontece quando eu desligo a opção', expect: 'opt-out-effect' },
  { q: 'a opção vale também pro algoritmo do feed', expect: 'other-ai' },
  { q: 'continuam usando ia pra detectar spam na minha conta', expect: 'other-ai' },
  { q: 'meus dados são anonimizados antes de treinar', expect: 'privacy' },
  { q: 'como o linkedin protege dados pessoais nos dados de treino', expect: 'privacy' },
  { q: 'moro na alemanha, isso me afeta', expect: 'regions' },
  { q: 'agora vale na ue mesmo com o gdpr', expect: 'regions' },
  { q: 'o que o regulador irlandês falou sobre isso', expect: 'regions' },
  { q: 'desde quando isso tudo ta rolando', expect: 'timeline' },
  { q: 'quais são as datas mais importantes', expect: 'timeline' },
  { q: 'a microsoft treina a ia dela com posts do linkedin', expect: 'microsoft' },
  { q: 'meus dados vão parar no copilot', expect: 'microsoft' },
  { q: 'como baixar todos os meus dados do linkedin', expect: 'get-copy' },
  { q: 'quanto tempo leva pra chegar o arquivo com meus dados', expect: 'get-copy' },
  { q: 'por que isso é importante afinal', expect: 'why' },
  { q: 'compensa o trabalho de desativar', expect: 'why' },
  { q: 'precisa mesmo desligar de novo a cada 60 dias?', expect: 'myths' },
  { q: 'é verdade que a configuração reseta depois de dois meses', expect: 'myths' },
  { q: 'não teve um processo por causa dos inmails', expect: ['myths', 'timeline'] },
  // Off-topic: the bot must not pretend to answer these.
  { q: 'como excluo minha conta do facebook', expect: null },
  { q: 'escreve uma carta de apresentação pra mim', expect: null },
  { q: 'como vai estar o tempo amanhã em são paulo', expect: null },
  { q: 'como ganhar mais seguidores no linkedin', expect: null },
  { q: 'me conta uma piada', expect: null },
  // Added on 2026-11-30 for tuning: requests about other LinkedIn features and other apps.
  { q: 'como troco minha senha do linkedin', expect: null },
  { q: 'como desativo meu facebook', expect: null },
  { q: 'vale a pena assinar o linkedin premium?', expect: null },
  { q: 'como adestrar meu cachorro', expect: null },
  { q: 'escreve um post sobre minha promoção', expect: null },
  { q: 'como mudo a foto do perfil', expect: null },
  // Held out until checkpoint 2 (2026-11-30), where they failed; tuning questions since.
  { q: 'oi! queria tirar meu perfil do treinamento de ia do linkedin, qual o caminho?', expect: 'overview' },
  { q: 'de onde vêm essas informações? quais são as fontes?', expect: 'sources' },
];

/** All of them: the third that was held out until 2026-11-30 had been looked at; held-out-<locale>.ts replaces it. */
export const tuning: readonly Question[] = all;
