// Dutch held-out questions: never tune the analyser, the lexicon or the gate on these (docs/ASK.md,
// "Evaluation"). Written on 2026-11-30 the way a native speaker types to a bot, from the meaning of the topics
// in src/content/nl.ts, and committed before any tuning. The earlier held-out third of questions-nl.ts was
// looked at while tuning; it now belongs to the tuning part.
import type { EvalQuestion } from './eval-set.js';

export const heldOut: readonly EvalQuestion[] = [
  { q: 'hoi, hoe zorg ik dat linkedin mijn gegevens niet meer voor AI gebruikt?', expect: 'overview' },
  { q: 'waar zit die instelling op de website als ik op mijn laptop zit', expect: 'desktop' },
  { q: 'ik gebruik alleen de android-app, waar vind ik die optie daar?', expect: 'mobile' },
  { q: 'heb je een directe link naar die instelling?', expect: 'link' },
  { q: 'gebruiken ze mijn cv en mijn posts om de ai te trainen', expect: 'what-data' },
  {
    q: 'worden mijn inmails en chats met recruiters gebruikt om de ai te trainen?',
    expect: ['not-used', 'myths'],
  },
  {
    q: 'waarom moest ik het zelf uitzetten, had linkedin dat niet eerst moeten vragen?',
    expect: ['default', 'why'],
  },
  {
    q: 'als ik het uitzet, wordt mijn data dan uit het model gehaald?',
    expect: ['opt-out-effect', 'myths'],
  },
  {
    q: 'de autoriteit persoonsgegevens zei iets over linkedin, wat precies?',
    expect: ['regions', 'timeline'],
  },
  {
    q: 'deelt linkedin mijn gegevens met microsoft voor advertenties? hoe stop ik dat',
    expect: ['ads-sharing', 'microsoft'],
  },
  { q: 'wanneer is dit allemaal begonnen', expect: 'timeline' },
  { q: 'hoe beschermt linkedin mijn persoonlijke gegevens bij het trainen', expect: 'privacy' },
  { q: 'mijn collega zegt dat je het elke 60 dagen opnieuw moet uitzetten, klopt dat?', expect: 'myths' },
  { q: 'sla jij op wat ik hier typ?', expect: 'about' },
  // Off-topic: no answer.
  { q: 'hoe kan ik mijn instagram verwijderen', expect: null },
  { q: 'kun je een leuke linkedin post schrijven over mijn nieuwe baan', expect: null },
  { q: 'wat kost linkedin premium', expect: null },
  { q: 'hoe verander ik mijn profielfoto op linkedin', expect: null },
];
