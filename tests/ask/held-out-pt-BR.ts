// Portuguese (Brazil) held-out questions: never tune the analyser, the lexicon or the gate on these (docs/ASK.md,
// "Evaluation"). Written on 2026-11-30 the way a native speaker types to a bot, from the meaning of the topics
// in src/content/pt-BR.ts, and committed before any tuning. The earlier held-out third of questions-pt-BR.ts was
// looked at while tuning; it now belongs to the tuning part.
import type { EvalQuestion } from './eval-set.js';

export const heldOut: readonly EvalQuestion[] = [
  { q: 'no computador, pelo navegador, onde fica essa configuração?', expect: 'desktop' },
  { q: 'to no celular, no app, onde eu desligo isso', expect: 'mobile' },
  { q: 'manda o link direto da configuração por favor', expect: 'link' },
  { q: 'quero me opor ao tratamento dos meus dados, tem formulário?', expect: 'objection-form' },
  { q: 'quais dados meus eles usam? meus posts e comentários também?', expect: 'what-data' },
  { q: 'minha filha de 16 anos tem linkedin, usam os dados dela?', expect: ['not-used', 'privacy'] },
  { q: 'por que já estava ativado se eu nunca concordei', expect: ['default', 'why'] },
  {
    q: 'se eu desligar agora, eles apagam o que já usaram no treinamento?',
    expect: ['opt-out-effect', 'myths'],
  },
  { q: 'sou do brasil, o treinamento de ia vale pra cá também?', expect: 'regions' },
  { q: 'o linkedin manda meus posts pra microsoft treinar a ia dela?', expect: 'microsoft' },
  { q: 'como baixo uma cópia dos meus dados do linkedin', expect: 'get-copy' },
  { q: 'o bloqueio também vale pras recomendações de vagas e o feed?', expect: 'other-ai' },
  // Off-topic: no answer.
  { q: 'como apago minha conta do instagram', expect: null },
  { q: 'me ajuda a escrever um post no linkedin sobre meu novo emprego', expect: null },
  { q: 'quanto custa o linkedin premium', expect: null },
  { q: 'como desativo as notificações do linkedin no celular', expect: null },
  // Checkpoint 2 (2026-11-30): new questions in place of those that failed there, which moved to the tuning part.
  { q: 'quero que o linkedin pare de usar meu conteúdo na ia, o que eu faço?', expect: 'overview' },
  { q: 'você tem links pras fontes oficiais?', expect: 'sources' },
];
