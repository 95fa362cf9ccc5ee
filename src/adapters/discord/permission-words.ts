// The words of the Discord permission check (permissions.ts) per locale. Discord's permission names stay in
// English, as the API and the developer docs spell them, beside a translated reason.
import type { Locale } from '../../content/types.js';
import type { PermissionName } from './permissions.js';

export interface PermissionWords {
  title: string;
  intro: string;
  heading: string;
  why: Record<PermissionName, string>;
}

const en: PermissionWords = {
  title: 'I need a few more permissions in this channel',
  intro:
    'Ask a server admin to give my role these permissions here (channel settings → Permissions), then run the command again.',
  heading: 'Permissions in this channel',
  why: {
    ViewChannel: 'to see the channel it posts the reminder in',
    SendMessages: 'to post the reminder',
    EmbedLinks: 'replies and the reminder are embeds',
    ReadMessageHistory: 'to find and edit its pinned reminder later',
    PinMessages: 'to pin and unpin the reminder',
  },
};

export const PERMISSION_WORDS: Record<Locale, PermissionWords> = {
  en,
  de: {
    title: 'Ich brauche in diesem Kanal noch ein paar Berechtigungen',
    intro:
      'Bitten Sie einen Server-Admin, meiner Rolle hier diese Berechtigungen zu geben (Kanaleinstellungen → Berechtigungen), und führen Sie den Befehl dann erneut aus.',
    heading: 'Berechtigungen in diesem Kanal',
    why: {
      ViewChannel: 'um den Kanal zu sehen, in dem die Erinnerung steht',
      SendMessages: 'um die Erinnerung zu posten',
      EmbedLinks: 'Antworten und Erinnerung sind Embeds',
      ReadMessageHistory: 'um die angeheftete Erinnerung später zu finden und zu bearbeiten',
      PinMessages: 'um die Erinnerung anzuheften und zu lösen',
    },
  },
  fr: {
    title: "J'ai besoin de quelques permissions de plus dans ce salon",
    intro:
      'Demandez à un admin du serveur de donner ces permissions à mon rôle ici (paramètres du salon → Permissions), puis relancez la commande.',
    heading: 'Permissions dans ce salon',
    why: {
      ViewChannel: 'pour voir le salon où il publie le rappel',
      SendMessages: 'pour publier le rappel',
      EmbedLinks: 'les réponses et le rappel sont des embeds',
      ReadMessageHistory: 'pour retrouver et modifier plus tard son rappel épinglé',
      PinMessages: 'pour épingler et désépingler le rappel',
    },
  },
  it: {
    title: 'Mi servono alcuni permessi in più in questo canale',
    intro:
      'Chiedi a un admin del server di dare questi permessi al mio ruolo qui (impostazioni del canale → Permessi), poi esegui di nuovo il comando.',
    heading: 'Permessi in questo canale',
    why: {
      ViewChannel: 'per vedere il canale in cui pubblica il promemoria',
      SendMessages: 'per pubblicare il promemoria',
      EmbedLinks: 'le risposte e il promemoria sono embed',
      ReadMessageHistory: 'per ritrovare e modificare in seguito il promemoria fissato',
      PinMessages: 'per fissare e togliere dai fissati il promemoria',
    },
  },
  nl: {
    title: 'Ik heb in dit kanaal nog een paar machtigingen nodig',
    intro:
      'Vraag een serverbeheerder om mijn rol hier deze machtigingen te geven (kanaalinstellingen → Machtigingen), en voer de opdracht daarna opnieuw uit.',
    heading: 'Machtigingen in dit kanaal',
    why: {
      ViewChannel: 'om het kanaal te zien waarin de herinnering komt',
      SendMessages: 'om de herinnering te plaatsen',
      EmbedLinks: 'antwoorden en de herinnering zijn embeds',
      ReadMessageHistory: 'om de vastgezette herinnering later terug te vinden en bij te werken',
      PinMessages: 'om de herinnering vast te zetten en los te maken',
    },
  },
  'pt-BR': {
    title: 'Preciso de mais algumas permissões neste canal',
    intro:
      'Peça a um admin do servidor para dar estas permissões ao meu cargo aqui (configurações do canal → Permissões), depois execute o comando de novo.',
    heading: 'Permissões neste canal',
    why: {
      ViewChannel: 'para ver o canal onde publica o lembrete',
      SendMessages: 'para publicar o lembrete',
      EmbedLinks: 'as respostas e o lembrete são embeds',
      ReadMessageHistory: 'para encontrar e editar depois o lembrete fixado',
      PinMessages: 'para fixar e desafixar o lembrete',
    },
  },
  es: {
    title: 'Necesito algunos permisos más en este canal',
    intro:
      'Pide a un administrador del servidor que dé estos permisos a mi rol aquí (ajustes del canal → Permisos) y vuelve a ejecutar el comando.',
    heading: 'Permisos en este canal',
    why: {
      ViewChannel: 'para ver el canal donde publica el recordatorio',
      SendMessages: 'para publicar el recordatorio',
      EmbedLinks: 'las respuestas y el recordatorio son embeds',
      ReadMessageHistory: 'para encontrar y editar más tarde su recordatorio fijado',
      PinMessages: 'para fijar y desfijar el recordatorio',
    },
  },
  pl: {
    title: 'Potrzebuję na tym kanale jeszcze kilku uprawnień',
    intro:
      'Poproś administratora serwera, aby nadał tu mojej roli te uprawnienia (ustawienia kanału → Uprawnienia), a potem uruchom polecenie ponownie.',
    heading: 'Uprawnienia na tym kanale',
    why: {
      ViewChannel: 'aby widzieć kanał, na którym publikuje przypomnienie',
      SendMessages: 'aby opublikować przypomnienie',
      EmbedLinks: 'odpowiedzi i przypomnienie są osadzeniami (embeds)',
      ReadMessageHistory: 'aby później znaleźć i edytować przypięte przypomnienie',
      PinMessages: 'aby przypiąć i odpiąć przypomnienie',
    },
  },
};

export function permissionWords(locale: Locale | undefined): PermissionWords {
  return (locale && PERMISSION_WORDS[locale]) || en;
}
