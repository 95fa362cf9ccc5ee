// French held-out questions: never tune the analyser, the lexicon or the gate on these (docs/ASK.md,
// "Evaluation"). Written on 2026-11-30 the way a native speaker types to a bot, from the meaning of the topics
// in src/content/fr.ts, and committed before any tuning. The earlier held-out third of questions-fr.ts was
// looked at while tuning; it now belongs to the tuning part.
import type { EvalQuestion } from './eval-set.js';

export const heldOut: readonly EvalQuestion[] = [
  {
    q: "bonjour, comment j'empêche linkedin d'utiliser mes données pour entraîner son IA ?",
    expect: 'overview',
  },
  { q: "sur mon ordi, dans le navigateur, c'est où exactement le réglage ?", expect: 'desktop' },
  { q: "je suis sur l'appli iphone, je trouve pas l'option, tu peux m'aider", expect: 'mobile' },
  { q: "t'as le lien direct vers le paramètre stp", expect: 'link' },
  { q: 'comment je m’oppose au traitement de mes données via le formulaire ?', expect: 'objection-form' },
  { q: "est-ce qu'ils utilisent mes posts et mes commentaires pour l'ia", expect: 'what-data' },
  { q: "mes messages privés sont lus par l'IA ou pas ?", expect: ['not-used', 'myths'] },
  { q: "pourquoi c'était activé par défaut sans me demander", expect: ['default', 'why'] },
  {
    q: "une fois l'option coupée, mes anciennes données restent dans leurs modèles ?",
    expect: ['opt-out-effect', 'myths'],
  },
  { q: 'je suis en belgique, ça me concerne ?', expect: 'regions' },
  {
    q: 'linkedin partage mes données avec microsoft pour la pub, comment arrêter ça',
    expect: ['ads-sharing', 'microsoft'],
  },
  { q: "c'est quoi les dates importantes de cette histoire", expect: 'timeline' },
  { q: "est-ce que linkedin anonymise mes données avant l'entraînement", expect: 'privacy' },
  { q: "qui t'a créé, t'es un bot officiel de linkedin ?", expect: 'about' },
  // Off-topic: no answer.
  { q: 'comment je supprime mon compte tiktok', expect: null },
  { q: 'tu peux me rédiger un post linkedin pour annoncer mon nouveau job ?', expect: null },
  { q: 'combien coûte linkedin premium', expect: null },
  { q: 'comment désactiver les notifications linkedin sur mon téléphone', expect: null },
];
