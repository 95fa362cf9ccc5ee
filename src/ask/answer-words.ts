// The fixed words of `/linkedin-ai ask` and free-text answers (src/ask/answer.ts) per locale: the framing
// around the facts when a question is answered, unclear, off-topic, empty or too long. The facts themselves
// come from the content; the setting link and the menu buttons are the same as everywhere else
// (src/core/reply-words.ts, src/commands/command-words.ts). Command lines stay as typed. English is the fallback.
import type { Locale } from '../content/types.js';
import type { BotTopicId } from './bot-topics.js';

export interface AnswerWords {
  nothingMatchedTitle: string;
  nothingMatchedIntro: string;
  /** The heading of the topic list offered when a question was off-topic or too long. */
  topicMenuTitle: string;
  unsureTitle: string;
  unsureIntro: string;
  emptyTitle(line: string): string;
  forExample: string;
  allTopics: string;
  tooLongTitle(length: number): string;
  tooLongIntro(max: number): string;
  /** The button that runs the command showing the answered topic in full. */
  more(title: string): string;
  /**
   * The bot's own topics as an unclear question lists them. The English ones are indexed for retrieval
   * (src/ask/bot-topics.ts); these only change what is shown. Titles as the about and sources replies say.
   */
  botTopics: Record<BotTopicId, { title: string; summary: string }>;
}

const en: AnswerWords = {
  nothingMatchedTitle: "I only know about LinkedIn's AI-training settings.",
  nothingMatchedIntro:
    'I could not match your question to anything I know. Pick a topic, or ask in other words.',
  topicMenuTitle: 'What I can answer',
  unsureTitle: "I'm not sure I understood your question.",
  unsureIntro: 'These are the closest topics I know about. Or ask again in other words.',
  emptyTitle: (line) => `Type a question after ${line}.`,
  forExample: 'For example',
  allTopics: 'All topics',
  tooLongTitle: (n) => `That question is too long (${n} characters).`,
  tooLongIntro: (max) =>
    `Questions are at most ${max} characters. Please ask a shorter one, or pick a topic.`,
  more: (title) => `More: ${title}`,
  botTopics: {
    about: {
      title: 'About this bot and your privacy',
      summary: 'What this bot itself stores and logs, and who runs it',
    },
    sources: {
      title: 'Where these facts come from',
      summary: 'Every source the bot relies on, with its date',
    },
  },
};

export const ANSWER_WORDS: Record<Locale, AnswerWords> = {
  en,
  de: {
    nothingMatchedTitle: 'Ich kenne mich nur mit den Einstellungen für das KI-Training bei LinkedIn aus.',
    nothingMatchedIntro:
      'Ich konnte Ihre Frage keinem Thema zuordnen, das ich kenne. Wählen Sie ein Thema, oder fragen Sie mit anderen Worten.',
    topicMenuTitle: 'Was ich beantworten kann',
    unsureTitle: 'Ich bin nicht sicher, ob ich Ihre Frage verstanden habe.',
    unsureIntro:
      'Von den Themen, die ich kenne, kommen diese Ihrer Frage am nächsten. Oder fragen Sie noch einmal mit anderen Worten.',
    emptyTitle: (line) => `Geben Sie nach ${line} eine Frage ein.`,
    forExample: 'Zum Beispiel',
    allTopics: 'Alle Themen',
    tooLongTitle: (n) => `Diese Frage ist zu lang (${n} Zeichen).`,
    tooLongIntro: (max) =>
      `Fragen haben höchstens ${max} Zeichen. Bitte stellen Sie eine kürzere, oder wählen Sie ein Thema.`,
    more: (title) => `Mehr: ${title}`,
    botTopics: {
      about: {
        title: 'Über diesen Bot und Ihre Privatsphäre',
        summary: 'Was dieser Bot selbst speichert und protokolliert, und wer ihn betreibt',
      },
      sources: { title: 'Woher diese Fakten stammen', summary: 'Alle Quellen des Bots, mit Datum' },
    },
  },
  fr: {
    nothingMatchedTitle: "Je ne connais que les paramètres d'entraînement de l'IA de LinkedIn.",
    nothingMatchedIntro:
      "Je n'ai rien trouvé dans ce que je sais qui corresponde à votre question. Choisissez un sujet, ou posez-la autrement.",
    topicMenuTitle: 'Ce à quoi je peux répondre',
    unsureTitle: "Je ne suis pas sûr d'avoir compris votre question.",
    unsureIntro:
      "Voici les sujets que je connais qui s'en rapprochent le plus. Ou reposez votre question autrement.",
    emptyTitle: (line) => `Tapez une question après ${line}.`,
    forExample: 'Par exemple',
    allTopics: 'Tous les sujets',
    tooLongTitle: (n) => `Cette question est trop longue (${n} caractères).`,
    tooLongIntro: (max) =>
      `Une question fait au plus ${max} caractères. Posez-en une plus courte, ou choisissez un sujet.`,
    more: (title) => `En savoir plus : ${title}`,
    botTopics: {
      about: {
        title: 'À propos de ce bot et de votre vie privée',
        summary: 'Ce que ce bot conserve et journalise lui-même, et qui le gère',
      },
      sources: { title: "D'où viennent ces faits", summary: 'Toutes les sources du bot, avec leur date' },
    },
  },
  it: {
    nothingMatchedTitle: "Conosco solo le impostazioni di LinkedIn sull'addestramento dell'IA.",
    nothingMatchedIntro:
      'Non sono riuscito a collegare la tua domanda a niente di ciò che so. Scegli un argomento, oppure chiedi con altre parole.',
    topicMenuTitle: 'A cosa posso rispondere',
    unsureTitle: 'Non sono sicuro di aver capito la tua domanda.',
    unsureIntro:
      'Questi sono gli argomenti che conosco più vicini alla tua domanda. Oppure chiedi di nuovo con altre parole.',
    emptyTitle: (line) => `Scrivi una domanda dopo ${line}.`,
    forExample: 'Per esempio',
    allTopics: 'Tutti gli argomenti',
    tooLongTitle: (n) => `Questa domanda è troppo lunga (${n} caratteri).`,
    tooLongIntro: (max) =>
      `Le domande hanno al massimo ${max} caratteri. Fanne una più breve, oppure scegli un argomento.`,
    more: (title) => `Approfondisci: ${title}`,
    botTopics: {
      about: {
        title: 'Informazioni su questo bot e sulla tua privacy',
        summary: 'Cosa conserva e registra questo bot, e chi lo gestisce',
      },
      sources: { title: 'Da dove vengono questi fatti', summary: 'Tutte le fonti del bot, con la data' },
    },
  },
  nl: {
    nothingMatchedTitle: 'Ik weet alleen iets over de instellingen voor AI-training van LinkedIn.',
    nothingMatchedIntro:
      'Ik kon je vraag niet koppelen aan iets wat ik weet. Kies een onderwerp, of vraag het in andere woorden.',
    topicMenuTitle: 'Wat ik kan beantwoorden',
    unsureTitle: 'Ik weet niet zeker of ik je vraag heb begrepen.',
    unsureIntro:
      'Van de onderwerpen die ik ken, komen deze het dichtst in de buurt. Of vraag het opnieuw in andere woorden.',
    emptyTitle: (line) => `Typ een vraag na ${line}.`,
    forExample: 'Bijvoorbeeld',
    allTopics: 'Alle onderwerpen',
    tooLongTitle: (n) => `Die vraag is te lang (${n} tekens).`,
    tooLongIntro: (max) =>
      `Vragen zijn hoogstens ${max} tekens lang. Stel een kortere vraag, of kies een onderwerp.`,
    more: (title) => `Meer: ${title}`,
    botTopics: {
      about: {
        title: 'Over deze bot en je privacy',
        summary: 'Wat deze bot zelf opslaat en logt, en wie hem beheert',
      },
      sources: { title: 'Waar deze feiten vandaan komen', summary: 'Alle bronnen van de bot, met hun datum' },
    },
  },
  'pt-BR': {
    nothingMatchedTitle: 'Eu só sei sobre as configurações de treinamento de IA do LinkedIn.',
    nothingMatchedIntro:
      'Não consegui relacionar sua pergunta a nada do que eu sei. Escolha um tópico, ou pergunte com outras palavras.',
    topicMenuTitle: 'O que posso responder',
    unsureTitle: 'Não tenho certeza se entendi sua pergunta.',
    unsureIntro:
      'Estes são os tópicos que conheço mais próximos da sua pergunta. Ou pergunte de novo com outras palavras.',
    emptyTitle: (line) => `Digite uma pergunta depois de ${line}.`,
    forExample: 'Por exemplo',
    allTopics: 'Todos os tópicos',
    tooLongTitle: (n) => `Essa pergunta é longa demais (${n} caracteres).`,
    tooLongIntro: (max) =>
      `As perguntas têm no máximo ${max} caracteres. Faça uma mais curta, ou escolha um tópico.`,
    more: (title) => `Saiba mais: ${title}`,
    botTopics: {
      about: {
        title: 'Sobre este bot e a sua privacidade',
        summary: 'O que este bot guarda e registra, e quem o administra',
      },
      sources: { title: 'De onde vêm estes fatos', summary: 'Todas as fontes do bot, com a data' },
    },
  },
  es: {
    nothingMatchedTitle: 'Solo sé sobre las opciones de entrenamiento de IA de LinkedIn.',
    nothingMatchedIntro:
      'No he podido relacionar tu pregunta con nada de lo que sé. Elige un tema, o pregunta con otras palabras.',
    topicMenuTitle: 'Lo que puedo responder',
    unsureTitle: 'No estoy seguro de haber entendido tu pregunta.',
    unsureIntro:
      'Estos son los temas que conozco más cercanos a tu pregunta. O vuelve a preguntar con otras palabras.',
    emptyTitle: (line) => `Escribe una pregunta después de ${line}.`,
    forExample: 'Por ejemplo',
    allTopics: 'Todos los temas',
    tooLongTitle: (n) => `Esa pregunta es demasiado larga (${n} caracteres).`,
    tooLongIntro: (max) =>
      `Las preguntas tienen como máximo ${max} caracteres. Haz una más corta, o elige un tema.`,
    more: (title) => `Ver más: ${title}`,
    botTopics: {
      about: {
        title: 'Sobre este bot y tu privacidad',
        summary: 'Qué guarda y registra este bot, y quién lo gestiona',
      },
      sources: { title: 'De dónde salen estos datos', summary: 'Todas las fuentes del bot, con su fecha' },
    },
  },
  pl: {
    nothingMatchedTitle: 'Znam się tylko na ustawieniach LinkedIn dotyczących trenowania AI.',
    nothingMatchedIntro:
      'Nie udało mi się dopasować Twojego pytania do niczego, co wiem. Wybierz temat albo zapytaj innymi słowami.',
    topicMenuTitle: 'Na co mogę odpowiedzieć',
    unsureTitle: 'Nie jestem pewien, czy zrozumiałem Twoje pytanie.',
    unsureIntro: 'Oto najbliższe tematy, które znam. Albo zapytaj jeszcze raz innymi słowami.',
    emptyTitle: (line) => `Wpisz pytanie po ${line}.`,
    forExample: 'Na przykład',
    allTopics: 'Wszystkie tematy',
    tooLongTitle: (n) => `To pytanie jest za długie (znaki: ${n}).`,
    tooLongIntro: (max) => `Pytania mają najwyżej ${max} znaków. Zadaj krótsze albo wybierz temat.`,
    more: (title) => `Więcej: ${title}`,
    botTopics: {
      about: {
        title: 'O tym bocie i twojej prywatności',
        summary: 'Co ten bot sam przechowuje i zapisuje w logach oraz kto nim zarządza',
      },
      sources: { title: 'Skąd pochodzą te fakty', summary: 'Wszystkie źródła bota, z datami' },
    },
  },
};

export function answerWords(locale: Locale | undefined): AnswerWords {
  return (locale && ANSWER_WORDS[locale]) || en;
}
