// The commands' own words per locale (src/commands/*.ts): help replies, the /linkedin-ai menu, the sources and
// about headings. Descriptions live in description-words.ts; the facts come from the content.
import type { Locale } from '../content/types.js';

export interface CommandWords {
  usage: string;
  /** The other words a subcommand accepts: "(also: ios, android)". */
  also(aliases: string): string;
  commandsTitle: string;
  optoutHelp(desktop: string, mobile: string): string;
  aiHelp: string;
  reminderHelp: readonly [string, string];
  noGuide(name: string): string;
  menuTitle: string;
  menuIntro(topic: string, ask: string): string;
  whatDataButton: string;
  optOutEffectButton: string;
  turnItOffButton: string;
  sourcesTitle: string;
  sourcesIntro(date: string): string;
  whatItStores: string;
  whatItLogs: string;
}

const en: CommandWords = {
  usage: 'Usage',
  also: (aliases) => `(also: ${aliases})`,
  commandsTitle: 'Commands',
  optoutHelp: (desktop, mobile) => `Start with ${desktop} or ${mobile}.`,
  aiHelp: 'Every answer lists its sources and the date they give.',
  reminderHelp: [
    'The reminder is an ordinary message posted by the bot and pinned, so it can be kept current when the facts change.',
    'Members click "I\'ve turned it off" to be counted once; the bot stores only a keyed hash of who clicked.',
  ],
  noGuide: (name) => `No guide called "${name}".`,
  menuTitle: "LinkedIn's generative-AI training: pick a topic",
  menuIntro: (topic, ask) => `Type ${topic}, or ask in your own words with ${ask}.`,
  whatDataButton: 'What data is used',
  optOutEffectButton: 'What opting out does',
  turnItOffButton: 'Turn it off',
  sourcesTitle: 'Where these facts come from',
  sourcesIntro: (date) => `Every answer cites at least one of these. Checked against them on ${date}.`,
  whatItStores: 'What it stores',
  whatItLogs: 'What it logs',
};

export const COMMAND_WORDS: Record<Locale, CommandWords> = {
  en,
  de: {
    usage: 'Verwendung',
    also: (aliases) => `(auch: ${aliases})`,
    commandsTitle: 'Befehle',
    optoutHelp: (desktop, mobile) => `Beginnen Sie mit ${desktop} oder ${mobile}.`,
    aiHelp: 'Jede Antwort nennt ihre Quellen und deren Datum.',
    reminderHelp: [
      'Die Erinnerung ist eine gewöhnliche Nachricht, die der Bot postet und anheftet, damit er sie aktuell halten kann, wenn sich die Fakten ändern.',
      'Mitglieder klicken auf „Ich habe es ausgeschaltet“ und werden einmal gezählt; der Bot speichert nur einen mit Schlüssel gebildeten Hash der Klickenden.',
    ],
    noGuide: (name) => `Es gibt keine Anleitung namens „${name}“.`,
    menuTitle: 'Das Training generativer KI bei LinkedIn: Wählen Sie ein Thema',
    menuIntro: (topic, ask) => `Geben Sie ${topic} ein, oder fragen Sie in eigenen Worten mit ${ask}.`,
    whatDataButton: 'Welche Daten genutzt werden',
    optOutEffectButton: 'Was der Widerspruch bewirkt',
    turnItOffButton: 'Ausschalten',
    sourcesTitle: 'Woher diese Fakten stammen',
    sourcesIntro: (date) =>
      `Jede Antwort nennt mindestens eine dieser Quellen. Mit ihnen abgeglichen am ${date}.`,
    whatItStores: 'Was er speichert',
    whatItLogs: 'Was er protokolliert',
  },
  fr: {
    usage: 'Utilisation',
    also: (aliases) => `(aussi : ${aliases})`,
    commandsTitle: 'Commandes',
    optoutHelp: (desktop, mobile) => `Commencez par ${desktop} ou ${mobile}.`,
    aiHelp: 'Chaque réponse indique ses sources et la date qu’elles donnent.',
    reminderHelp: [
      'Le rappel est un message ordinaire publié et épinglé par le bot, qui peut ainsi le tenir à jour quand les faits changent.',
      'Les membres cliquent sur « Je l’ai désactivé » pour être comptés une fois ; le bot ne conserve qu’un hachage à clé de qui a cliqué.',
    ],
    noGuide: (name) => `Aucun guide ne s'appelle « ${name} ».`,
    menuTitle: "L'entraînement de l'IA générative de LinkedIn : choisissez un sujet",
    menuIntro: (topic, ask) => `Tapez ${topic}, ou posez votre question avec vos mots avec ${ask}.`,
    whatDataButton: 'Quelles données sont utilisées',
    optOutEffectButton: 'Ce que change le refus',
    turnItOffButton: 'Le désactiver',
    sourcesTitle: "D'où viennent ces faits",
    sourcesIntro: (date) =>
      `Chaque réponse cite au moins l'une de ces sources. Vérifié par rapport à elles le ${date}.`,
    whatItStores: 'Ce qu’il conserve',
    whatItLogs: 'Ce qu’il journalise',
  },
  it: {
    usage: 'Uso',
    also: (aliases) => `(anche: ${aliases})`,
    commandsTitle: 'Comandi',
    optoutHelp: (desktop, mobile) => `Inizia con ${desktop} o ${mobile}.`,
    aiHelp: 'Ogni risposta elenca le sue fonti e la data che riportano.',
    reminderHelp: [
      'Il promemoria è un normale messaggio pubblicato e fissato dal bot, che così può tenerlo aggiornato quando i fatti cambiano.',
      'I membri cliccano su "L’ho disattivato" per essere contati una volta; il bot conserva solo un hash con chiave di chi ha cliccato.',
    ],
    noGuide: (name) => `Nessuna guida si chiama "${name}".`,
    menuTitle: "L'addestramento dell'IA generativa di LinkedIn: scegli un argomento",
    menuIntro: (topic, ask) => `Scrivi ${topic}, oppure chiedi con parole tue con ${ask}.`,
    whatDataButton: 'Quali dati usa',
    optOutEffectButton: "Cosa cambia l'opposizione",
    turnItOffButton: 'Disattivalo',
    sourcesTitle: 'Da dove vengono questi fatti',
    sourcesIntro: (date) =>
      `Ogni risposta cita almeno una di queste fonti. Verificato su di esse il ${date}.`,
    whatItStores: 'Cosa conserva',
    whatItLogs: 'Cosa registra',
  },
  nl: {
    usage: 'Gebruik',
    also: (aliases) => `(ook: ${aliases})`,
    commandsTitle: 'Opdrachten',
    optoutHelp: (desktop, mobile) => `Begin met ${desktop} of ${mobile}.`,
    aiHelp: 'Elk antwoord noemt zijn bronnen en de datum die ze geven.',
    reminderHelp: [
      'De herinnering is een gewoon bericht dat de bot plaatst en vastzet, zodat hij het actueel kan houden als de feiten veranderen.',
      'Leden klikken op "Ik heb het uitgezet" om één keer geteld te worden; de bot bewaart alleen een hash met geheime sleutel van wie klikte.',
    ],
    noGuide: (name) => `Er is geen handleiding die "${name}" heet.`,
    menuTitle: 'De training van generatieve AI bij LinkedIn: kies een onderwerp',
    menuIntro: (topic, ask) => `Typ ${topic}, of vraag het in je eigen woorden met ${ask}.`,
    whatDataButton: 'Welke gegevens worden gebruikt',
    optOutEffectButton: 'Wat uitzetten verandert',
    turnItOffButton: 'Uitzetten',
    sourcesTitle: 'Waar deze feiten vandaan komen',
    sourcesIntro: (date) => `Elk antwoord noemt minstens een van deze bronnen. Ermee vergeleken op ${date}.`,
    whatItStores: 'Wat hij opslaat',
    whatItLogs: 'Wat hij logt',
  },
  'pt-BR': {
    usage: 'Uso',
    also: (aliases) => `(também: ${aliases})`,
    commandsTitle: 'Comandos',
    optoutHelp: (desktop, mobile) => `Comece com ${desktop} ou ${mobile}.`,
    aiHelp: 'Toda resposta lista suas fontes e a data que elas indicam.',
    reminderHelp: [
      'O lembrete é uma mensagem comum publicada e fixada pelo bot, para que ele possa mantê-la atualizada quando os fatos mudarem.',
      'Os membros clicam em "Já desativei" para serem contados uma vez; o bot guarda só um hash com chave de quem clicou.',
    ],
    noGuide: (name) => `Não há nenhum guia chamado "${name}".`,
    menuTitle: 'O treinamento de IA generativa do LinkedIn: escolha um tema',
    menuIntro: (topic, ask) => `Digite ${topic}, ou pergunte com suas palavras com ${ask}.`,
    whatDataButton: 'Quais dados são usados',
    optOutEffectButton: 'O que a recusa muda',
    turnItOffButton: 'Desativar',
    sourcesTitle: 'De onde vêm estes fatos',
    sourcesIntro: (date) => `Toda resposta cita pelo menos uma destas fontes. Conferido com elas em ${date}.`,
    whatItStores: 'O que ele guarda',
    whatItLogs: 'O que ele registra',
  },
  es: {
    usage: 'Uso',
    also: (aliases) => `(también: ${aliases})`,
    commandsTitle: 'Comandos',
    optoutHelp: (desktop, mobile) => `Empieza con ${desktop} o ${mobile}.`,
    aiHelp: 'Cada respuesta indica sus fuentes y la fecha que dan.',
    reminderHelp: [
      'El recordatorio es un mensaje normal que el bot publica y fija, para poder mantenerlo al día cuando cambian los datos.',
      'Los miembros hacen clic en "Ya lo he desactivado" para contar una vez; el bot solo guarda un hash con clave de quién hizo clic.',
    ],
    noGuide: (name) => `No hay ninguna guía llamada "${name}".`,
    menuTitle: 'El entrenamiento de IA generativa de LinkedIn: elige un tema',
    menuIntro: (topic, ask) => `Escribe ${topic}, o pregunta con tus palabras con ${ask}.`,
    whatDataButton: 'Qué datos se usan',
    optOutEffectButton: 'Qué cambia al desactivarlo',
    turnItOffButton: 'Desactivarlo',
    sourcesTitle: 'De dónde salen estos datos',
    sourcesIntro: (date) =>
      `Cada respuesta cita al menos una de estas fuentes. Comprobado con ellas el ${date}.`,
    whatItStores: 'Qué guarda',
    whatItLogs: 'Qué registra',
  },
  pl: {
    usage: 'Użycie',
    also: (aliases) => `(także: ${aliases})`,
    commandsTitle: 'Polecenia',
    optoutHelp: (desktop, mobile) => `Zacznij od ${desktop} lub ${mobile}.`,
    aiHelp: 'Każda odpowiedź podaje swoje źródła i ich datę.',
    reminderHelp: [
      'Przypomnienie to zwykła wiadomość opublikowana i przypięta przez bota, dzięki czemu może ją aktualizować, gdy zmieniają się fakty.',
      'Członkowie klikają „Wyłączyłem/wyłączyłam to”, by zostać policzeni raz; bot przechowuje tylko hash z kluczem osób, które kliknęły.',
    ],
    noGuide: (name) => `Nie ma poradnika o nazwie „${name}”.`,
    menuTitle: 'Trenowanie generatywnej AI w LinkedIn: wybierz temat',
    menuIntro: (topic, ask) => `Wpisz ${topic} albo zapytaj własnymi słowami przez ${ask}.`,
    whatDataButton: 'Jakie dane są używane',
    optOutEffectButton: 'Co zmienia wyłączenie',
    turnItOffButton: 'Wyłącz to',
    sourcesTitle: 'Skąd pochodzą te fakty',
    sourcesIntro: (date) =>
      `Każda odpowiedź podaje co najmniej jedno z tych źródeł. Sprawdzone z nimi ${date}.`,
    whatItStores: 'Co przechowuje',
    whatItLogs: 'Co zapisuje w logach',
  },
};

export function commandWords(locale: Locale | undefined): CommandWords {
  return (locale && COMMAND_WORDS[locale]) || en;
}
