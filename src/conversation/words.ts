// Everything a person reads from the conversation module, per locale: the short introduction that answers
// small talk (a greeting, thanks, "help", a bare mention), with the guide buttons. Answers to questions come
// from src/ask/answer.ts.
import type { Locale } from '../content/types.js';
import type { SmallTalk } from './small-talk.js';

export interface ConversationWords {
  titles: Record<SmallTalk, string>;
  intro: string;
  settingLink: string;
  /** The guide buttons' labels; the commands they run are GUIDE_COMMANDS, the same in every language. */
  guideButtons: readonly [string, string, string, string];
}

/** What the guide buttons run, in the order of `guideButtons`; the first is the primary one. */
export const GUIDE_COMMANDS = [
  '/linkedin-optout desktop',
  '/linkedin-optout mobile',
  '/linkedin-ai what-data',
  '/linkedin-ai opt-out-effect',
] as const;

const en: ConversationWords = {
  titles: {
    empty: "Hi! I explain LinkedIn's AI-training setting.",
    greeting: "Hi! I explain LinkedIn's AI-training setting.",
    help: 'Here is what I can help with.',
    thanks: "You're welcome!",
  },
  intro:
    'I explain the LinkedIn setting that lets it train its generative AI on your data, and how to switch it off. Ask me in your own words (for example "does it use my DMs?"), or pick a guide below.',
  settingLink: 'Open the LinkedIn setting',
  guideButtons: [
    'Turn it off on desktop',
    'Turn it off in the app',
    'What data is used',
    'What opting out does',
  ],
};

export const CONVERSATION_WORDS: Record<Locale, ConversationWords> = {
  en,
  de: {
    titles: {
      empty: 'Hallo! Ich erkläre die Einstellung für das KI-Training bei LinkedIn.',
      greeting: 'Hallo! Ich erkläre die Einstellung für das KI-Training bei LinkedIn.',
      help: 'Dabei kann ich helfen.',
      thanks: 'Gern geschehen!',
    },
    intro:
      'Ich erkläre die LinkedIn-Einstellung, mit der LinkedIn seine generative KI mit Ihren Daten trainieren darf, und wie Sie sie ausschalten. Fragen Sie mich in eigenen Worten (zum Beispiel „Werden meine Nachrichten genutzt?“), oder wählen Sie unten eine Anleitung.',
    settingLink: 'LinkedIn-Einstellung öffnen',
    guideButtons: [
      'Am Computer ausschalten',
      'In der App ausschalten',
      'Welche Daten genutzt werden',
      'Was der Widerspruch bewirkt',
    ],
  },
  fr: {
    titles: {
      empty: "Bonjour ! J'explique le paramètre d'entraînement de l'IA de LinkedIn.",
      greeting: "Bonjour ! J'explique le paramètre d'entraînement de l'IA de LinkedIn.",
      help: 'Voici ce que je peux faire pour vous.',
      thanks: 'Avec plaisir !',
    },
    intro:
      "J'explique le paramètre LinkedIn qui lui permet d'entraîner son IA générative sur vos données, et comment le désactiver. Posez-moi vos questions avec vos mots (par exemple « mes messages privés sont-ils utilisés ? »), ou choisissez un guide ci-dessous.",
    settingLink: 'Ouvrir le paramètre LinkedIn',
    guideButtons: [
      'Le désactiver sur ordinateur',
      "Le désactiver dans l'application",
      'Quelles données sont utilisées',
      'Ce que change le refus',
    ],
  },
  it: {
    titles: {
      empty: "Ciao! Spiego l'impostazione di LinkedIn sull'addestramento dell'IA.",
      greeting: "Ciao! Spiego l'impostazione di LinkedIn sull'addestramento dell'IA.",
      help: 'Ecco in cosa posso aiutarti.',
      thanks: 'Prego!',
    },
    intro:
      'Spiego l\'impostazione di LinkedIn che gli permette di addestrare la sua IA generativa con i tuoi dati, e come disattivarla. Chiedimi con parole tue (per esempio "usa i miei messaggi privati?"), oppure scegli una guida qui sotto.',
    settingLink: "Apri l'impostazione di LinkedIn",
    guideButtons: [
      'Disattivalo da computer',
      "Disattivalo nell'app",
      'Quali dati usa',
      "Cosa cambia l'opposizione",
    ],
  },
  nl: {
    titles: {
      empty: 'Hoi! Ik leg de instelling voor AI-training van LinkedIn uit.',
      greeting: 'Hoi! Ik leg de instelling voor AI-training van LinkedIn uit.',
      help: 'Hiermee kan ik je helpen.',
      thanks: 'Graag gedaan!',
    },
    intro:
      'Ik leg de LinkedIn-instelling uit waarmee LinkedIn zijn generatieve AI op je gegevens mag trainen, en hoe je die uitzet. Vraag het me in je eigen woorden (bijvoorbeeld "worden mijn privéberichten gebruikt?"), of kies hieronder een handleiding.',
    settingLink: 'LinkedIn-instelling openen',
    guideButtons: [
      'Uitzetten op de computer',
      'Uitzetten in de app',
      'Welke gegevens worden gebruikt',
      'Wat uitzetten verandert',
    ],
  },
  'pt-BR': {
    titles: {
      empty: 'Oi! Eu explico a configuração de treinamento de IA do LinkedIn.',
      greeting: 'Oi! Eu explico a configuração de treinamento de IA do LinkedIn.',
      help: 'Veja no que posso ajudar.',
      thanks: 'De nada!',
    },
    intro:
      'Eu explico a configuração do LinkedIn que permite que ele treine a IA generativa dele com seus dados, e como desativá-la. Pergunte com suas palavras (por exemplo "minhas mensagens privadas são usadas?"), ou escolha um guia abaixo.',
    settingLink: 'Abrir a configuração do LinkedIn',
    guideButtons: [
      'Desativar no computador',
      'Desativar no app',
      'Quais dados são usados',
      'O que a recusa muda',
    ],
  },
  es: {
    titles: {
      empty: '¡Hola! Explico la opción de entrenamiento de IA de LinkedIn.',
      greeting: '¡Hola! Explico la opción de entrenamiento de IA de LinkedIn.',
      help: 'Esto es en lo que puedo ayudarte.',
      thanks: '¡De nada!',
    },
    intro:
      'Explico la opción de LinkedIn que le permite entrenar su IA generativa con tus datos, y cómo desactivarla. Pregúntame con tus palabras (por ejemplo "¿usa mis mensajes privados?"), o elige una guía abajo.',
    settingLink: 'Abrir la opción de LinkedIn',
    guideButtons: [
      'Desactivarlo en el ordenador',
      'Desactivarlo en la app',
      'Qué datos se usan',
      'Qué cambia al desactivarlo',
    ],
  },
  pl: {
    titles: {
      empty: 'Cześć! Wyjaśniam ustawienie LinkedIn dotyczące trenowania AI.',
      greeting: 'Cześć! Wyjaśniam ustawienie LinkedIn dotyczące trenowania AI.',
      help: 'W tym mogę pomóc.',
      thanks: 'Proszę bardzo!',
    },
    intro:
      'Wyjaśniam ustawienie LinkedIn, które pozwala mu trenować generatywną AI na Twoich danych, i jak je wyłączyć. Zapytaj mnie własnymi słowami (na przykład „czy używa moich prywatnych wiadomości?”) albo wybierz poradnik poniżej.',
    settingLink: 'Otwórz ustawienie LinkedIn',
    guideButtons: [
      'Wyłącz na komputerze',
      'Wyłącz w aplikacji',
      'Jakie dane są używane',
      'Co zmienia wyłączenie',
    ],
  },
};

export function conversationWords(locale: Locale | undefined): ConversationWords {
  return (locale && CONVERSATION_WORDS[locale]) || en;
}
