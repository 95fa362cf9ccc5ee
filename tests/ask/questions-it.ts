// Italian evaluation set for `/linkedin-ai ask`, written the way people type in an Italian-speaking server or
// workspace (Italy and Ticino: lowercase, missing accents, English loanwords, typos), independently of the
// content's ask examples: do not copy these into src/content/it.ts. They are the tuning part; the held-out part
// is held-out-<locale>.ts.
import type { OnTopic } from './questions.js';

type Question = OnTopic | { q: string; expect: null };

const all: readonly Question[] = [
  { q: 'come faccio a non far usare i miei dati a linkedin per la sua ia', expect: 'overview' },
  { q: "voglio rifiutare l'addestramento dell'IA di linkedin, come si fa?", expect: 'overview' },
  { q: 'disattivare ia linkedin come', expect: 'overview' },
  { q: 'dove trovo questa impostazione sul sito di linkedin dal pc', expect: 'desktop' },
  { q: 'passaggi su chrome dal mio macbook per favore', expect: 'desktop' },
  { q: 'da computer non vedo il menu privacy dei dati, dove sta', expect: 'desktop' },
  { q: 'come lo disattivo sul mio iphone', expect: 'mobile' },
  { q: "passaggi per l'app android pls", expect: 'mobile' },
  { q: "uso linkedin solo da cellulare, dov'e l'opzione?", expect: 'mobile' },
  { q: 'mandami solo il link al pulsante', expect: 'link' },
  { q: 'hai un link diretto da girare al mio team?', expect: 'link' },
  { q: 'come compilo il modulo di opposizione al trattamento dei dati', expect: 'objection-form' },
  { q: 'voglio esercitare il diritto di opposizione del gdpr contro linkedin', expect: 'objection-form' },
  { q: 'come impedisco che linkedin passi i miei dati a microsoft per la pubblicita', expect: 'ads-sharing' },
  { q: 'togliere la pubblicità mirata fatta con i miei dati linkedin', expect: 'ads-sharing' },
  { q: "che tipo di dati usano davvero per l'addestramento", expect: 'what-data' },
  { q: "i miei post e i miei commenti servono ad addestrare l'ia?", expect: 'what-data' },
  { q: 'usano la mia foto e le mie esperienze lavorative?', expect: 'what-data' },
  { q: 'usano i miei dm?', expect: 'not-used' },
  { q: "l'ia legge i miei messaggi privati?", expect: 'not-used' },
  // The under-18 fact is in both not-used and privacy.
  { q: 'mia figlia ha 15 anni e ha linkedin, usano i suoi dati?', expect: ['not-used', 'privacy'] },
  { q: 'era attivo di default per tutti?', expect: 'default' },
  { q: 'non ho mai dato il consenso, perché è attivo', expect: 'default' },
  { q: 'se lo disattivo cancellano quello su cui hanno già addestrato?', expect: 'opt-out-effect' },
  { q: "cosa succede una volta che ho spento l'interruttore", expect: 'opt-out-effect' },
  { q: "l'impostazione copre anche l'algoritmo del feed?", expect: 'other-ai' },
  { q: "continueranno a usare l'ia per i consigli anche dopo?", expect: 'other-ai' },
  { q: "anonimizzano i miei dati prima dell'addestramento?", expect: 'privacy' },
  { q: 'i nomi vengono oscurati nei dati di addestramento?', expect: 'privacy' },
  { q: 'abito in italia, mi riguarda?', expect: 'regions' },
  { q: "l'ue è esclusa dall'addestramento dell'ia o no", expect: 'regions' },
  { q: 'sono in canada, qui è sospeso?', expect: 'regions' },
  { q: 'quando è cominciata tutta questa storia', expect: 'timeline' },
  { q: 'quali sono le date principali', expect: 'timeline' },
  { q: 'microsoft addestra la sua ia con i post di linkedin?', expect: 'microsoft' },
  { q: 'i miei dati finiscono a copilot?', expect: 'microsoft' },
  { q: 'come posso scaricare tutti i miei dati di linkedin', expect: 'get-copy' },
  { q: "quanto tempo ci vuole per ricevere l'archivio dei dati", expect: 'get-copy' },
  { q: 'ma perché è così importante', expect: 'why' },
  { q: "perché la gente ce l'ha tanto con questa cosa", expect: 'why' },
  { q: "bisogna rifare l'opt out ogni 60 giorni?", expect: 'myths' },
  { q: 'un amico dice che si resetta dopo due mesi, è vero', expect: 'myths' },
  { q: "non c'era stata una causa per gli inmail?", expect: ['myths', 'timeline'] },
  // Off-topic: the bot must not pretend to answer these.
  { q: 'come cancello il mio account facebook', expect: null },
  { q: 'scrivimi una lettera di presentazione', expect: null },
  { q: 'che tempo fa domani a milano', expect: null },
  { q: 'come faccio ad avere più follower su linkedin', expect: null },
  { q: 'raccontami una barzelletta', expect: null },
  // Added on 2026-11-30 for tuning: requests about other LinkedIn features and other apps.
  { q: 'come cambio la foto profilo su linkedin', expect: null },
  { q: 'come disattivo il mio account tiktok', expect: null },
  { q: 'linkedin premium conviene?', expect: null },
  { q: 'scrivimi un post per il mio nuovo lavoro', expect: null },
  { q: 'ho dimenticato la password di linkedin', expect: null },
  { q: "come disattivo le notifiche dell'app", expect: null },
  // Held out until checkpoint 2 (2026-11-30), where they failed; tuning questions since.
  {
    q: 'se disattivo adesso, i dati già usati vengono tolti dai modelli?',
    expect: ['opt-out-effect', 'myths'],
  },
  { q: 'quali sono le tue fonti?', expect: 'sources' },
];

/** All of them: the third that was held out until 2026-11-30 had been looked at; held-out-<locale>.ts replaces it. */
export const tuning: readonly Question[] = all;
