// The rate limiter's reply (src/core/rate-limit.ts) per locale: what was limited, and how long to wait.
import type { Locale } from '../content/types.js';
import type { LimitKind } from './rate-limit.js';

export interface RateLimitWords {
  /** "a second" or "5 seconds", as the language says it. */
  wait(seconds: number): string;
  title: Record<LimitKind, string>;
  intro: Record<LimitKind, (wait: string) => string>;
}

const en: RateLimitWords = {
  wait: (s) => (s === 1 ? 'a second' : `${s} seconds`),
  title: {
    command: 'That was a lot of commands at once.',
    share: 'This channel has had a lot of shares just now.',
    'channel-message': 'This channel has asked me a lot just now.',
  },
  intro: {
    command: (wait) =>
      `Please wait ${wait} and try again. The LinkedIn setting itself is always at the link below.`,
    share: (wait) =>
      `To keep the channel readable, please wait ${wait} before sharing again. The reply above is still yours to read.`,
    'channel-message': (wait) =>
      `To keep the channel readable, I will answer mentions here again in ${wait}, and stay quiet until then. A direct message to me works meanwhile.`,
  },
};

/** Slavic plurals need more than one/other: 2–4 "sekundy", 5+ "sekund". */
const plPlural = new Intl.PluralRules('pl');

export const RATE_LIMIT_WORDS: Record<Locale, RateLimitWords> = {
  en,
  de: {
    wait: (s) => (s === 1 ? 'eine Sekunde' : `${s} Sekunden`),
    title: {
      command: 'Das waren viele Befehle auf einmal.',
      share: 'In diesem Kanal wurde gerade sehr viel geteilt.',
      'channel-message': 'In diesem Kanal wurde ich gerade sehr oft gefragt.',
    },
    intro: {
      command: (wait) =>
        `Bitte warten Sie ${wait} und versuchen Sie es dann noch einmal. Die LinkedIn-Einstellung selbst finden Sie immer über den Link unten.`,
      share: (wait) =>
        `Damit der Kanal lesbar bleibt, warten Sie bitte ${wait}, bevor Sie wieder teilen. Die Antwort oben können Sie weiterhin lesen.`,
      'channel-message': (wait) =>
        `Damit der Kanal lesbar bleibt, antworte ich hier erst in ${wait} wieder auf Erwähnungen und bleibe bis dahin still. Eine Direktnachricht an mich funktioniert solange.`,
    },
  },
  fr: {
    wait: (s) => (s === 1 ? 'une seconde' : `${s} secondes`),
    title: {
      command: "Cela fait beaucoup de commandes d'un coup.",
      share: 'Ce salon a reçu beaucoup de partages à l’instant.',
      'channel-message': 'Ce salon m’a beaucoup sollicité à l’instant.',
    },
    intro: {
      command: (wait) =>
        `Attendez ${wait} puis réessayez. Le paramètre LinkedIn lui-même reste toujours accessible par le lien ci-dessous.`,
      share: (wait) =>
        `Pour que le salon reste lisible, attendez ${wait} avant de partager à nouveau. La réponse ci-dessus reste lisible pour vous.`,
      'channel-message': (wait) =>
        `Pour que le salon reste lisible, je répondrai de nouveau aux mentions ici dans ${wait} et je me tais d’ici là. Un message privé fonctionne en attendant.`,
    },
  },
  it: {
    wait: (s) => (s === 1 ? 'un secondo' : `${s} secondi`),
    title: {
      command: 'Troppi comandi tutti insieme.',
      share: 'In questo canale ci sono state molte condivisioni in poco tempo.',
      'channel-message': 'In questo canale mi avete chiesto molto in poco tempo.',
    },
    intro: {
      command: (wait) =>
        `Aspetta ${wait} e riprova. L'impostazione di LinkedIn è comunque sempre raggiungibile dal link qui sotto.`,
      share: (wait) =>
        `Per mantenere leggibile il canale, aspetta ${wait} prima di condividere di nuovo. La risposta qui sopra resta a tua disposizione.`,
      'channel-message': (wait) =>
        `Per mantenere leggibile il canale, tornerò a rispondere alle menzioni qui tra ${wait} e fino ad allora resterò in silenzio. Nel frattempo puoi scrivermi un messaggio diretto.`,
    },
  },
  nl: {
    wait: (s) => (s === 1 ? 'een seconde' : `${s} seconden`),
    title: {
      command: 'Dat waren veel opdrachten tegelijk.',
      share: 'In dit kanaal is net heel veel gedeeld.',
      'channel-message': 'In dit kanaal ben ik net heel vaak iets gevraagd.',
    },
    intro: {
      command: (wait) =>
        `Wacht ${wait} en probeer het dan opnieuw. De LinkedIn-instelling zelf vind je altijd via de link hieronder.`,
      share: (wait) =>
        `Om het kanaal leesbaar te houden: wacht ${wait} voordat je opnieuw deelt. Het antwoord hierboven kun je nog steeds lezen.`,
      'channel-message': (wait) =>
        `Om het kanaal leesbaar te houden, beantwoord ik vermeldingen hier pas over ${wait} weer en blijf ik tot dan stil. Een privébericht aan mij werkt in de tussentijd wel.`,
    },
  },
  'pt-BR': {
    wait: (s) => (s === 1 ? 'um segundo' : `${s} segundos`),
    title: {
      command: 'Foram muitos comandos de uma vez.',
      share: 'Este canal teve muitos compartilhamentos agora há pouco.',
      'channel-message': 'Este canal me chamou muitas vezes agora há pouco.',
    },
    intro: {
      command: (wait) =>
        `Espere ${wait} e tente de novo. A configuração do LinkedIn em si está sempre no link abaixo.`,
      share: (wait) =>
        `Para manter o canal legível, espere ${wait} antes de compartilhar de novo. A resposta acima continua aí para você ler.`,
      'channel-message': (wait) =>
        `Para manter o canal legível, volto a responder menções aqui em ${wait} e fico em silêncio até lá. Enquanto isso, uma mensagem direta para mim funciona.`,
    },
  },
  es: {
    wait: (s) => (s === 1 ? 'un segundo' : `${s} segundos`),
    title: {
      command: 'Han sido muchos comandos a la vez.',
      share: 'En este canal se ha compartido mucho hace un momento.',
      'channel-message': 'En este canal me han preguntado mucho hace un momento.',
    },
    intro: {
      command: (wait) =>
        `Espera ${wait} y vuelve a intentarlo. La opción de LinkedIn en sí está siempre en el enlace de abajo.`,
      share: (wait) =>
        `Para que el canal siga siendo legible, espera ${wait} antes de volver a compartir. La respuesta de arriba sigue ahí para ti.`,
      'channel-message': (wait) =>
        `Para que el canal siga siendo legible, volveré a responder a las menciones aquí dentro de ${wait} y hasta entonces no diré nada. Mientras tanto, puedes escribirme un mensaje directo.`,
    },
  },
  pl: {
    wait: (s) => {
      if (s === 1) return 'sekundę';
      return `${s} ${plPlural.select(s) === 'few' ? 'sekundy' : 'sekund'}`;
    },
    title: {
      command: 'To było dużo poleceń naraz.',
      share: 'Na tym kanale właśnie udostępniono bardzo dużo.',
      'channel-message': 'Na tym kanale właśnie pytano mnie bardzo często.',
    },
    intro: {
      command: (wait) =>
        `Poczekaj ${wait} i spróbuj ponownie. Samo ustawienie LinkedIn jest zawsze pod linkiem poniżej.`,
      share: (wait) =>
        `Aby kanał był czytelny, poczekaj ${wait}, zanim znowu coś udostępnisz. Odpowiedź powyżej nadal możesz przeczytać.`,
      'channel-message': (wait) =>
        `Aby kanał był czytelny, znowu odpowiem tu na wzmianki za ${wait}, a do tego czasu nic nie napiszę. W międzyczasie działa wiadomość prywatna do mnie.`,
    },
  },
};

export function rateLimitWords(locale: Locale | undefined): RateLimitWords {
  return (locale && RATE_LIMIT_WORDS[locale]) || en;
}
