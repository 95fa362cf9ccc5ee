// The console's own words per locale (repl.ts): the greeting and the goodbye. Commands and `exit` stay as typed.
import type { Locale } from '../../content/types.js';

export interface ConsoleWords {
  welcome(desktop: string, topic: string): string;
  bye: string;
}

const en: ConsoleWords = {
  welcome: (desktop, topic) =>
    `LinkedIn AI opt-out assistant. Try ${desktop}, ${topic} or help. Type exit or press Ctrl-D to quit.`,
  bye: 'Bye.',
};

export const CONSOLE_WORDS: Record<Locale, ConsoleWords> = {
  en,
  de: {
    welcome: (desktop, topic) =>
      `Assistent zum Widerspruch gegen LinkedIns KI-Training. Versuchen Sie ${desktop}, ${topic} oder help. Mit exit oder Strg-D beenden Sie.`,
    bye: 'Auf Wiedersehen.',
  },
  fr: {
    welcome: (desktop, topic) =>
      `Assistant pour refuser l'entraînement de l'IA de LinkedIn. Essayez ${desktop}, ${topic} ou help. Tapez exit ou Ctrl-D pour quitter.`,
    bye: 'Au revoir.',
  },
  it: {
    welcome: (desktop, topic) =>
      `Assistente per opporsi all'addestramento dell'IA di LinkedIn. Prova ${desktop}, ${topic} o help. Scrivi exit o premi Ctrl-D per uscire.`,
    bye: 'Ciao.',
  },
  nl: {
    welcome: (desktop, topic) =>
      `Assistent om de AI-training van LinkedIn uit te zetten. Probeer ${desktop}, ${topic} of help. Typ exit of druk op Ctrl-D om te stoppen.`,
    bye: 'Tot ziens.',
  },
  'pt-BR': {
    welcome: (desktop, topic) =>
      `Assistente para recusar o treinamento de IA do LinkedIn. Tente ${desktop}, ${topic} ou help. Digite exit ou pressione Ctrl-D para sair.`,
    bye: 'Tchau.',
  },
  es: {
    welcome: (desktop, topic) =>
      `Asistente para desactivar el entrenamiento de IA de LinkedIn. Prueba ${desktop}, ${topic} o help. Escribe exit o pulsa Ctrl-D para salir.`,
    bye: 'Adiós.',
  },
  pl: {
    welcome: (desktop, topic) =>
      `Asystent wyłączania trenowania AI w LinkedIn. Spróbuj ${desktop}, ${topic} lub help. Wpisz exit lub naciśnij Ctrl-D, aby wyjść.`,
    bye: 'Do widzenia.',
  },
};

export function consoleWords(locale: Locale | undefined): ConsoleWords {
  return (locale && CONSOLE_WORDS[locale]) || en;
}
