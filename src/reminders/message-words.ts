// The pinned reminder's own words per locale (the facts come from the content). The button keeps the wording
// the about-the-bot texts use (src/content/about-<locale>.ts), so a member reads the same words in both.
import type { Locale } from '../content/types.js';

export interface MessageWords {
  desktop: string;
  mobileApp: string;
  fallbackTitle: string;
  openSetting: string;
  confirm(count: number): string;
  unpinnedTitle: string;
  unpinnedIntro(why: string): string;
}

const en: MessageWords = {
  desktop: 'Desktop',
  mobileApp: 'Mobile app',
  fallbackTitle: 'Switch off LinkedIn AI training',
  openSetting: 'Open the LinkedIn setting',
  confirm: (n) => `I've turned it off ✅ (${n})`,
  unpinnedTitle: 'The reminder could not be pinned here.',
  unpinnedIntro: (why) => `${why} A moderator can run /linkedin-reminder pin again once that is fixed.`,
};

export const MESSAGE_WORDS: Record<Locale, MessageWords> = {
  en,
  de: {
    desktop: 'Computer',
    mobileApp: 'App',
    fallbackTitle: 'KI-Training bei LinkedIn ausschalten',
    openSetting: 'LinkedIn-Einstellung öffnen',
    confirm: (n) => `Ich habe es ausgeschaltet ✅ (${n})`,
    unpinnedTitle: 'Die Erinnerung konnte hier nicht angeheftet werden.',
    unpinnedIntro: (why) =>
      `${why} Sobald das behoben ist, kann ein Moderator /linkedin-reminder pin erneut ausführen.`,
  },
  fr: {
    desktop: 'Ordinateur',
    mobileApp: 'Application mobile',
    fallbackTitle: "Désactiver l'entraînement de l'IA de LinkedIn",
    openSetting: 'Ouvrir le paramètre LinkedIn',
    confirm: (n) => `Je l'ai désactivé ✅ (${n})`,
    unpinnedTitle: "Le rappel n'a pas pu être épinglé ici.",
    unpinnedIntro: (why) =>
      `${why} Un modérateur pourra relancer /linkedin-reminder pin une fois le problème réglé.`,
  },
  it: {
    desktop: 'Computer',
    mobileApp: 'App',
    fallbackTitle: "Disattiva l'addestramento dell'IA di LinkedIn",
    openSetting: "Apri l'impostazione di LinkedIn",
    confirm: (n) => `L’ho disattivato ✅ (${n})`,
    unpinnedTitle: 'Non è stato possibile fissare qui il promemoria.',
    unpinnedIntro: (why) =>
      `${why} Un moderatore può eseguire di nuovo /linkedin-reminder pin una volta risolto.`,
  },
  nl: {
    desktop: 'Computer',
    mobileApp: 'App',
    fallbackTitle: 'AI-training van LinkedIn uitzetten',
    openSetting: 'LinkedIn-instelling openen',
    confirm: (n) => `Ik heb het uitgezet ✅ (${n})`,
    unpinnedTitle: 'De herinnering kon hier niet worden vastgezet.',
    unpinnedIntro: (why) =>
      `${why} Een moderator kan /linkedin-reminder pin opnieuw uitvoeren zodra dat is opgelost.`,
  },
  'pt-BR': {
    desktop: 'Computador',
    mobileApp: 'App',
    fallbackTitle: 'Desativar o treinamento de IA do LinkedIn',
    openSetting: 'Abrir a configuração do LinkedIn',
    confirm: (n) => `Já desativei ✅ (${n})`,
    unpinnedTitle: 'Não foi possível fixar o lembrete aqui.',
    unpinnedIntro: (why) =>
      `${why} Um moderador pode executar /linkedin-reminder pin de novo quando isso for resolvido.`,
  },
  es: {
    desktop: 'Ordenador',
    mobileApp: 'App',
    fallbackTitle: 'Desactivar el entrenamiento de IA de LinkedIn',
    openSetting: 'Abrir la opción de LinkedIn',
    confirm: (n) => `Ya lo he desactivado ✅ (${n})`,
    unpinnedTitle: 'No se pudo fijar el recordatorio aquí.',
    unpinnedIntro: (why) =>
      `${why} Un moderador puede volver a ejecutar /linkedin-reminder pin cuando se solucione.`,
  },
  pl: {
    desktop: 'Komputer',
    mobileApp: 'Aplikacja',
    fallbackTitle: 'Wyłącz trenowanie AI LinkedIn',
    openSetting: 'Otwórz ustawienie LinkedIn',
    confirm: (n) => `Wyłączyłem/wyłączyłam to ✅ (${n})`,
    unpinnedTitle: 'Nie udało się tu przypiąć przypomnienia.',
    unpinnedIntro: (why) =>
      `${why} Moderator może ponownie uruchomić /linkedin-reminder pin, gdy problem zostanie rozwiązany.`,
  },
};

export function messageWords(locale: Locale | undefined): MessageWords {
  return (locale && MESSAGE_WORDS[locale]) || en;
}
