// Polish held-out questions: never tune the analyser, the lexicon or the gate on these (docs/ASK.md,
// "Evaluation"). Written on 2026-11-30 the way a native speaker types to a bot, from the meaning of the topics
// in src/content/pl.ts, and committed before any tuning. The earlier held-out third of questions-pl.ts was
// looked at while tuning; it now belongs to the tuning part.
import type { EvalQuestion } from './eval-set.js';

export const heldOut: readonly EvalQuestion[] = [
  { q: 'cześć, jak zrobić żeby linkedin nie używał moich danych do trenowania ai?', expect: 'overview' },
  { q: 'gdzie na komputerze w przeglądarce jest to ustawienie', expect: 'desktop' },
  { q: 'jak to wyłączyć w aplikacji na telefonie', expect: 'mobile' },
  { q: 'podeślij link bezpośrednio do ustawienia', expect: 'link' },
  {
    q: 'jak złożyć sprzeciw wobec przetwarzania moich danych, jest jakiś formularz?',
    expect: 'objection-form',
  },
  { q: 'jakie moje dane biorą do treningu, posty i komentarze też?', expect: 'what-data' },
  { q: 'dlaczego to było domyślnie włączone bez pytania', expect: ['default', 'why'] },
  { q: 'jak wyłączę, to usuną to, na czym już trenowali?', expect: ['opt-out-effect', 'myths'] },
  { q: 'jestem z niemiec, czy u nas też to trenowanie ruszyło?', expect: 'regions' },
  { q: 'czy linkedin przekazuje moje posty microsoftowi do trenowania ai?', expect: 'microsoft' },
  { q: 'jak pobrać kopię moich danych z linkedina', expect: 'get-copy' },
  { q: 'kiedy to wszystko się zaczęło', expect: 'timeline' },
  // Off-topic: no answer.
  { q: 'jak skasować konto na instagramie', expect: null },
  { q: 'przetłumacz mi to cv na angielski', expect: null },
  { q: 'ile kosztuje linkedin premium', expect: null },
  // Checkpoint 2 (2026-11-30): new questions in place of those that failed there, which moved to the tuning part.
  { q: 'czy inmaile do kandydatów też trafiają do ai?', expect: ['not-used', 'myths'] },
  { q: 'na jakich stronach opierasz te odpowiedzi?', expect: 'sources' },
  { q: 'jak ustawić zdjęcie w tle na linkedinie', expect: null },
];
