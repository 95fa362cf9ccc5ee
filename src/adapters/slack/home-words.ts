// The words of the Slack App Home tab (home.ts) per locale: the command list around the overview guide, and
// the workspace language setting. Each language is named in itself, so a member finds their own.
import type { Locale } from '../../content/types.js';
import type { LanguageChoice } from '../../core/workspace-language.js';

/** Autonyms: every menu shows each language in its own words. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  it: 'Italiano',
  nl: 'Nederlands',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
  pl: 'Polski',
};

export interface HomeWords {
  commandsTitle: string;
  commandsIntro: string;
  backToOverview: string;
  languageTitle: string;
  languageIntro: string;
  current(language: string): string;
  choose: string;
  adminsOnly: string;
  choice: Record<LanguageChoice['kind'], (language: string) => string>;
}

const en: HomeWords = {
  commandsTitle: 'Commands',
  commandsIntro: 'Type these in any channel (guides and topics also work in DMs):',
  backToOverview: 'Back to the overview',
  languageTitle: 'Workspace language',
  languageIntro:
    'I answer each member in their own Slack language. When Slack does not tell me, or it is a language I do not speak, I answer in the workspace language.',
  current: (language) => `Workspace language: ${language}`,
  choose: 'Choose a language',
  adminsOnly: 'Workspace owners and admins can change it here.',
  choice: {
    saved: (language) => `Saved. The workspace language is now ${language}.`,
    refused: () => 'Only workspace owners and admins can change the workspace language.',
    unknown: () => 'I could not check whether you may change it just now. Please try again in a minute.',
    failed: () => 'I could not save it just now. Please try again in a minute.',
  },
};

export const HOME_WORDS: Record<Locale, HomeWords> = {
  en,
  de: {
    commandsTitle: 'Befehle',
    commandsIntro:
      'Geben Sie diese in einem beliebigen Kanal ein (Anleitungen und Themen gehen auch in Direktnachrichten):',
    backToOverview: 'Zurück zur Übersicht',
    languageTitle: 'Sprache des Workspace',
    languageIntro:
      'Ich antworte jedem Mitglied in seiner eigenen Slack-Sprache. Wenn Slack sie mir nicht nennt oder ich sie nicht spreche, antworte ich in der Sprache des Workspace.',
    current: (language) => `Sprache des Workspace: ${language}`,
    choose: 'Sprache wählen',
    adminsOnly: 'Workspace-Inhaber und -Admins können sie hier ändern.',
    choice: {
      saved: (language) => `Gespeichert. Die Sprache des Workspace ist jetzt ${language}.`,
      refused: () => 'Nur Workspace-Inhaber und -Admins können die Sprache des Workspace ändern.',
      unknown: () =>
        'Ich konnte gerade nicht prüfen, ob Sie sie ändern dürfen. Bitte versuchen Sie es in einer Minute noch einmal.',
      failed: () =>
        'Ich konnte sie gerade nicht speichern. Bitte versuchen Sie es in einer Minute noch einmal.',
    },
  },
  fr: {
    commandsTitle: 'Commandes',
    commandsIntro:
      'Tapez-les dans n’importe quelle chaîne (les guides et les sujets fonctionnent aussi en message direct) :',
    backToOverview: 'Retour à l’aperçu',
    languageTitle: 'Langue de l’espace de travail',
    languageIntro:
      'Je réponds à chaque membre dans sa propre langue Slack. Quand Slack ne me l’indique pas, ou que je ne parle pas cette langue, je réponds dans la langue de l’espace de travail.',
    current: (language) => `Langue de l’espace de travail : ${language}`,
    choose: 'Choisir une langue',
    adminsOnly: 'Les propriétaires et admins de l’espace de travail peuvent la changer ici.',
    choice: {
      saved: (language) => `Enregistré. La langue de l’espace de travail est maintenant : ${language}.`,
      refused: () => 'Seuls les propriétaires et admins de l’espace de travail peuvent changer sa langue.',
      unknown: () =>
        'Je n’ai pas pu vérifier à l’instant si vous pouvez la changer. Réessayez dans une minute.',
      failed: () => 'Je n’ai pas pu l’enregistrer à l’instant. Réessayez dans une minute.',
    },
  },
  it: {
    commandsTitle: 'Comandi',
    commandsIntro: 'Scrivili in qualsiasi canale (guide e argomenti funzionano anche nei messaggi diretti):',
    backToOverview: 'Torna alla panoramica',
    languageTitle: 'Lingua del workspace',
    languageIntro:
      'Rispondo a ogni membro nella sua lingua di Slack. Quando Slack non me la indica, o è una lingua che non parlo, rispondo nella lingua del workspace.',
    current: (language) => `Lingua del workspace: ${language}`,
    choose: 'Scegli una lingua',
    adminsOnly: 'I proprietari e gli admin del workspace possono cambiarla qui.',
    choice: {
      saved: (language) => `Salvato. La lingua del workspace ora è: ${language}.`,
      refused: () => 'Solo i proprietari e gli admin del workspace possono cambiarne la lingua.',
      unknown: () =>
        'In questo momento non sono riuscito a verificare se puoi cambiarla. Riprova tra un minuto.',
      failed: () => 'In questo momento non sono riuscito a salvarla. Riprova tra un minuto.',
    },
  },
  nl: {
    commandsTitle: 'Opdrachten',
    commandsIntro:
      'Typ deze in een willekeurig kanaal (handleidingen en onderwerpen werken ook in privéberichten):',
    backToOverview: 'Terug naar het overzicht',
    languageTitle: 'Taal van de workspace',
    languageIntro:
      'Ik antwoord elk lid in diens eigen Slack-taal. Als Slack die niet doorgeeft, of als ik die taal niet spreek, antwoord ik in de taal van de workspace.',
    current: (language) => `Taal van de workspace: ${language}`,
    choose: 'Kies een taal',
    adminsOnly: 'Eigenaren en beheerders van de workspace kunnen die hier wijzigen.',
    choice: {
      saved: (language) => `Opgeslagen. De taal van de workspace is nu ${language}.`,
      refused: () => 'Alleen eigenaren en beheerders van de workspace kunnen de taal wijzigen.',
      unknown: () => 'Ik kon net niet nagaan of je die mag wijzigen. Probeer het over een minuut opnieuw.',
      failed: () => 'Ik kon die net niet opslaan. Probeer het over een minuut opnieuw.',
    },
  },
  'pt-BR': {
    commandsTitle: 'Comandos',
    commandsIntro: 'Digite-os em qualquer canal (guias e temas também funcionam em mensagens diretas):',
    backToOverview: 'Voltar à visão geral',
    languageTitle: 'Idioma do workspace',
    languageIntro:
      'Respondo a cada membro no idioma do Slack dele. Quando o Slack não me informa, ou é um idioma que não falo, respondo no idioma do workspace.',
    current: (language) => `Idioma do workspace: ${language}`,
    choose: 'Escolha um idioma',
    adminsOnly: 'Proprietários e admins do workspace podem alterá-lo aqui.',
    choice: {
      saved: (language) => `Salvo. O idioma do workspace agora é ${language}.`,
      refused: () => 'Só proprietários e admins do workspace podem alterar o idioma do workspace.',
      unknown: () => 'Não consegui verificar agora se você pode alterá-lo. Tente de novo em um minuto.',
      failed: () => 'Não consegui salvar agora. Tente de novo em um minuto.',
    },
  },
  es: {
    commandsTitle: 'Comandos',
    commandsIntro:
      'Escríbelos en cualquier canal (las guías y los temas también funcionan en mensajes directos):',
    backToOverview: 'Volver al resumen',
    languageTitle: 'Idioma del espacio de trabajo',
    languageIntro:
      'Respondo a cada miembro en su propio idioma de Slack. Cuando Slack no me lo indica, o es un idioma que no hablo, respondo en el idioma del espacio de trabajo.',
    current: (language) => `Idioma del espacio de trabajo: ${language}`,
    choose: 'Elige un idioma',
    adminsOnly: 'Los propietarios y administradores del espacio de trabajo pueden cambiarlo aquí.',
    choice: {
      saved: (language) => `Guardado. El idioma del espacio de trabajo ahora es ${language}.`,
      refused: () =>
        'Solo los propietarios y administradores del espacio de trabajo pueden cambiar su idioma.',
      unknown: () =>
        'Ahora mismo no he podido comprobar si puedes cambiarlo. Inténtalo de nuevo en un minuto.',
      failed: () => 'Ahora mismo no he podido guardarlo. Inténtalo de nuevo en un minuto.',
    },
  },
  pl: {
    commandsTitle: 'Polecenia',
    commandsIntro:
      'Wpisz je na dowolnym kanale (poradniki i tematy działają też w wiadomościach prywatnych):',
    backToOverview: 'Wróć do przeglądu',
    languageTitle: 'Język przestrzeni roboczej',
    languageIntro:
      'Odpowiadam każdemu członkowi w jego własnym języku Slacka. Gdy Slack mi go nie podaje albo nie znam tego języka, odpowiadam w języku przestrzeni roboczej.',
    current: (language) => `Język przestrzeni roboczej: ${language}`,
    choose: 'Wybierz język',
    adminsOnly: 'Właściciele i administratorzy przestrzeni roboczej mogą go tu zmienić.',
    choice: {
      saved: (language) => `Zapisano. Język przestrzeni roboczej to teraz: ${language}.`,
      refused: () => 'Tylko właściciele i administratorzy przestrzeni roboczej mogą zmienić jej język.',
      unknown: () => 'W tej chwili nie mogłem sprawdzić, czy możesz go zmienić. Spróbuj ponownie za minutę.',
      failed: () => 'W tej chwili nie mogłem go zapisać. Spróbuj ponownie za minutę.',
    },
  },
};

export function homeWords(locale: Locale | undefined): HomeWords {
  return (locale && HOME_WORDS[locale]) || en;
}
