// The commands' descriptions in each language, by a path: the command name, `command sub`, or
// `command sub option`. Help replies and Discord's description_localizations both read them. A guide's or
// topic's description is that locale's content summary (src/content/<locale>.ts), so it never drifts from
// what the reply says; the table below holds the rest.
import { getContent } from '../content/index.js';
import type { Locale } from '../content/types.js';

type Translated = Exclude<Locale, 'en'>;

const DESCRIPTIONS: Record<Translated, Record<string, string>> = {
  de: {
    'linkedin-optout': 'So verbieten Sie LinkedIn, Ihre Daten zum Training seiner KI zu nutzen',
    'linkedin-ai': 'Was LinkedIns KI-Training nutzt, was nicht, und was der Widerspruch ändert',
    'linkedin-reminder': 'Eine angeheftete Erinnerung, die zählt, wer die Einstellung ausgeschaltet hat',
    'linkedin-optout help': 'Die Anleitungen auflisten',
    'linkedin-ai sources': 'Alle Quellen des Bots, mit Datum',
    'linkedin-ai about': 'Was dieser Bot selbst speichert und protokolliert',
    'linkedin-ai ask': 'Eine Frage in eigenen Worten stellen',
    'linkedin-ai ask question': 'Ihre Frage, z. B. Werden meine Nachrichten genutzt?',
    'linkedin-ai help': 'Die Themen auflisten',
    'linkedin-reminder pin':
      'Die Erinnerung hier posten und anheften (optional wöchentlich oder monatlich neu)',
    'linkedin-reminder pin every': 'Eins von: off, weekly, monthly',
    'linkedin-reminder pin language': 'Die Sprache der Erinnerung (sonst die des Servers)',
    'linkedin-reminder unpin': 'Die Erinnerung lösen und ihren Zeitplan beenden',
    'linkedin-reminder status': 'Wo sie angeheftet ist, seit wann, der nächste Post und die Zählung',
    'linkedin-reminder help': 'So funktionieren Erinnerungen',
  },
  fr: {
    'linkedin-optout': "Comment empêcher LinkedIn d'utiliser vos données pour entraîner son IA",
    'linkedin-ai': "Ce que l'entraînement de l'IA de LinkedIn utilise, ou non, et ce que change le refus",
    'linkedin-reminder': 'Un rappel épinglé qui compte qui a désactivé le paramètre',
    'linkedin-optout help': 'Lister les guides',
    'linkedin-ai sources': 'Toutes les sources du bot, avec leur date',
    'linkedin-ai about': 'Ce que ce bot conserve et journalise lui-même',
    'linkedin-ai ask': 'Poser une question avec vos mots',
    'linkedin-ai ask question': 'Votre question, p. ex. mes messages privés sont-ils utilisés ?',
    'linkedin-ai help': 'Lister les sujets',
    'linkedin-reminder pin':
      'Publier et épingler le rappel ici (à republier chaque semaine ou mois, au choix)',
    'linkedin-reminder pin every': 'Au choix : off, weekly, monthly',
    'linkedin-reminder pin language': 'La langue du rappel (sinon celle du serveur)',
    'linkedin-reminder unpin': 'Désépingler le rappel et arrêter sa planification',
    'linkedin-reminder status': 'Où il est épinglé, depuis quand, la prochaine publication et le décompte',
    'linkedin-reminder help': 'Comment fonctionnent les rappels',
  },
  it: {
    'linkedin-optout': 'Come impedire a LinkedIn di usare i tuoi dati per addestrare la sua IA',
    'linkedin-ai': "Cosa usa l'addestramento dell'IA di LinkedIn, cosa no, e cosa cambia l'opposizione",
    'linkedin-reminder': 'Un promemoria fissato che conta chi ha disattivato l’impostazione',
    'linkedin-optout help': 'Elenca le guide',
    'linkedin-ai sources': 'Tutte le fonti del bot, con la data',
    'linkedin-ai about': 'Cosa conserva e registra questo bot',
    'linkedin-ai ask': 'Fai una domanda con parole tue',
    'linkedin-ai ask question': 'La tua domanda, ad es. usa i miei messaggi privati?',
    'linkedin-ai help': 'Elenca gli argomenti',
    'linkedin-reminder pin':
      'Pubblica e fissa qui il promemoria (ripubblicandolo ogni settimana o mese, se vuoi)',
    'linkedin-reminder pin every': 'Uno tra: off, weekly, monthly',
    'linkedin-reminder pin language': 'La lingua del promemoria (altrimenti quella del server)',
    'linkedin-reminder unpin': 'Rimuovi il promemoria fissato e ferma la sua programmazione',
    'linkedin-reminder status': 'Dove è fissato, da quando, la prossima pubblicazione e il conteggio',
    'linkedin-reminder help': 'Come funzionano i promemoria',
  },
  nl: {
    'linkedin-optout': 'Zo voorkom je dat LinkedIn je gegevens gebruikt om zijn AI te trainen',
    'linkedin-ai': 'Wat de AI-training van LinkedIn gebruikt, wat niet, en wat uitschakelen verandert',
    'linkedin-ai help': 'De onderwerpen tonen',
    'linkedin-reminder': 'Een vastgezette herinnering die telt wie de instelling heeft uitgezet',
    'linkedin-optout help': 'De handleidingen tonen',
    'linkedin-ai sources': 'Alle bronnen van de bot, met hun datum',
    'linkedin-ai about': 'Wat deze bot zelf opslaat en logt',
    'linkedin-ai ask': 'Stel een vraag in je eigen woorden',
    'linkedin-ai ask question': 'Je vraag, bijv. worden mijn privéberichten gebruikt?',
    'linkedin-reminder pin':
      'De herinnering hier plaatsen en vastzetten (eventueel wekelijks of maandelijks opnieuw)',
    'linkedin-reminder pin every': 'Een van: off, weekly, monthly',
    'linkedin-reminder pin language': 'De taal van de herinnering (anders die van de server)',
    'linkedin-reminder unpin': 'De herinnering losmaken en het schema stoppen',
    'linkedin-reminder status': 'Waar ze vastzit, sinds wanneer, de volgende plaatsing en de telling',
    'linkedin-reminder help': 'Hoe herinneringen werken',
  },
  'pt-BR': {
    'linkedin-optout': 'Como impedir que o LinkedIn use seus dados para treinar a IA dele',
    'linkedin-ai': 'O que o treinamento de IA do LinkedIn usa, o que não usa e o que a recusa muda',
    'linkedin-reminder': 'Um lembrete fixado que conta quem desativou a configuração',
    'linkedin-optout help': 'Listar os guias',
    'linkedin-ai sources': 'Todas as fontes do bot, com a data',
    'linkedin-ai about': 'O que este bot guarda e registra',
    'linkedin-ai ask': 'Faça uma pergunta com suas palavras',
    'linkedin-ai ask question': 'Sua pergunta, ex.: minhas mensagens privadas são usadas?',
    'linkedin-ai help': 'Listar os temas',
    'linkedin-reminder pin': 'Publicar e fixar o lembrete aqui (e, se quiser, republicar toda semana ou mês)',
    'linkedin-reminder pin every': 'Um de: off, weekly, monthly',
    'linkedin-reminder pin language': 'O idioma do lembrete (senão, o do servidor)',
    'linkedin-reminder unpin': 'Desafixar o lembrete e parar a programação',
    'linkedin-reminder status': 'Onde está fixado, desde quando, a próxima publicação e a contagem',
    'linkedin-reminder help': 'Como funcionam os lembretes',
  },
  es: {
    'linkedin-optout': 'Cómo impedir que LinkedIn use tus datos para entrenar su IA',
    'linkedin-ai': 'Qué usa el entrenamiento de IA de LinkedIn, qué no, y qué cambia al desactivarlo',
    'linkedin-reminder': 'Un recordatorio fijado que cuenta quién desactivó la opción',
    'linkedin-optout help': 'Ver las guías',
    'linkedin-ai sources': 'Todas las fuentes del bot, con su fecha',
    'linkedin-ai about': 'Qué guarda y registra este bot',
    'linkedin-ai ask': 'Haz una pregunta con tus palabras',
    'linkedin-ai ask question': 'Tu pregunta, p. ej. ¿usa mis mensajes privados?',
    'linkedin-ai help': 'Ver los temas',
    'linkedin-reminder pin':
      'Publicar y fijar aquí el recordatorio (y, si quieres, republicarlo cada semana o mes)',
    'linkedin-reminder pin every': 'Uno de: off, weekly, monthly',
    'linkedin-reminder pin language': 'El idioma del recordatorio (si no, el del servidor)',
    'linkedin-reminder unpin': 'Quitar el recordatorio fijado y detener su programación',
    'linkedin-reminder status': 'Dónde está fijado, desde cuándo, la próxima publicación y el recuento',
    'linkedin-reminder help': 'Cómo funcionan los recordatorios',
  },
  pl: {
    'linkedin-optout': 'Jak nie pozwolić LinkedIn używać Twoich danych do trenowania jego AI',
    'linkedin-ai': 'Czego używa trening AI LinkedIn, czego nie i co zmienia wyłączenie',
    'linkedin-reminder': 'Przypięte przypomnienie, które liczy, kto wyłączył ustawienie',
    'linkedin-optout help': 'Lista poradników',
    'linkedin-ai sources': 'Wszystkie źródła bota, z datami',
    'linkedin-ai about': 'Co ten bot sam przechowuje i zapisuje w logach',
    'linkedin-ai ask': 'Zadaj pytanie własnymi słowami',
    'linkedin-ai ask question': 'Twoje pytanie, np. czy używa moich prywatnych wiadomości?',
    'linkedin-ai help': 'Lista tematów',
    'linkedin-reminder pin': 'Opublikuj i przypnij tu przypomnienie (opcjonalnie co tydzień lub co miesiąc)',
    'linkedin-reminder pin every': 'Jedno z: off, weekly, monthly',
    'linkedin-reminder pin language': 'Język przypomnienia (domyślnie język serwera)',
    'linkedin-reminder unpin': 'Odepnij przypomnienie i zatrzymaj jego harmonogram',
    'linkedin-reminder status': 'Gdzie jest przypięte, od kiedy, następna publikacja i licznik',
    'linkedin-reminder help': 'Jak działają przypomnienia',
  },
};

/** The path's description in a translated locale, or undefined where it has none. */
export function translatedDescription(locale: Translated, path: string): string | undefined {
  const v = DESCRIPTIONS[locale][path];
  if (v) return v;
  const [, sub, opt] = path.split(' ');
  if (!sub || opt) return undefined;
  const c = getContent(locale);
  return c.locale === locale ? (c.guides[sub] ?? c.topics[sub])?.summary : undefined;
}

/** The description a member reads in their locale: the translation, else the spec's English one. */
export function localizedDescription(locale: Locale, path: string, english: string): string {
  return locale === 'en' ? english : (translatedDescription(locale, path) ?? english);
}
