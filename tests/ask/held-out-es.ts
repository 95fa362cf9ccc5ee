// Spanish held-out questions: never tune the analyser, the lexicon or the gate on these (docs/ASK.md,
// "Evaluation"). Written on 2026-11-30 the way a native speaker types to a bot, from the meaning of the topics
// in src/content/es.ts, and committed before any tuning. The earlier held-out third of questions-es.ts was
// looked at while tuning; it now belongs to the tuning part.
import type { EvalQuestion } from './eval-set.js';

export const heldOut: readonly EvalQuestion[] = [
  { q: 'hola, ¿cómo hago para que linkedin no use mis datos para entrenar su ia?', expect: 'overview' },
  { q: 'desde el ordenador, en el navegador, ¿dónde está el ajuste?', expect: 'desktop' },
  { q: 'estoy en la app del móvil y no encuentro la opción', expect: 'mobile' },
  { q: 'pásame el enlace directo, porfa', expect: 'link' },
  { q: '¿cómo me opongo al tratamiento de mis datos? ¿hay un formulario?', expect: 'objection-form' },
  { q: '¿usan mis publicaciones y mi foto de perfil para la ia?', expect: 'what-data' },
  { q: '¿por qué estaba activado sin preguntarme?', expect: ['default', 'why'] },
  { q: 'si lo desactivo, ¿borran lo que ya usaron para entrenar?', expect: ['opt-out-effect', 'myths'] },
  {
    q: '¿linkedin comparte mis datos con microsoft para anuncios? ¿cómo lo quito?',
    expect: ['ads-sharing', 'microsoft'],
  },
  { q: '¿cuándo empezó todo esto?', expect: 'timeline' },
  { q: '¿linkedin anonimiza mis datos antes de entrenar?', expect: 'privacy' },
  // Off-topic: no answer.
  { q: '¿cómo desactivo mi cuenta de instagram?', expect: null },
  { q: 'escríbeme una carta de presentación', expect: null },
  { q: '¿cuánto cuesta linkedin premium?', expect: null },
  { q: '¿cómo cambio mi contraseña de linkedin?', expect: null },
  // Checkpoint 2 (2026-11-30): new questions in place of those that failed there, which moved to the tuning part.
  { q: '¿usan los inmails que mando a candidatos para la ia?', expect: ['not-used', 'myths'] },
  { q: 'estoy en méxico, ¿aquí también entrenan con nuestros datos?', expect: 'regions' },
  { q: '¿este bot guarda lo que le escribo?', expect: 'about' },
];
