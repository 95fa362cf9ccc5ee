// Italian version of about-en.ts: what this bot itself stores and logs. Same entries in the same order as
// about-en.ts; keep it true to the code in src/reminders (storage) and src/log.ts (logging).

export const aboutBot = {
  title: 'Informazioni su questo bot e sulla tua privacy',
  intro:
    'Questo bot spiega le impostazioni di LinkedIn. Non può vedere né modificare il tuo account LinkedIn; solo tu puoi disattivare l’impostazione.',
  stores: [
    'Niente su di te quando fai una domanda o apri una guida: le domande ricevono una risposta e vengono dimenticate.',
    'Per un promemoria fissato: la piattaforma, l’ID del server o del workspace, l’ID del canale, l’ID del messaggio, la pianificazione, la versione dei contenuti e il numero di conferme.',
    'Quando clicchi su “L’ho disattivato”: un hash del tuo ID utente calcolato con una chiave segreta (HMAC; la chiave è conservata nel database di questa installazione), solo per contare ogni persona una volta. Mai il tuo nome o il tuo ID in chiaro.',
  ],
  logs: [
    'I log contengono i nomi dei comandi e degli argomenti, i tempi e gli errori. A livello info, mai il testo dei messaggi, le domande, i token o gli ID utente in chiaro.',
    'Quando un promemoria viene sbloccato, la sua pianificazione si ferma; le sue conferme con hash vengono eliminate insieme a lui.',
  ],
  code: 'Il bot è open source: chi gestisce questa installazione può mostrarti la sua configurazione.',
} as const;
