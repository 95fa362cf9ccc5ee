// The dispatcher's own words (src/core/dispatcher.ts) per locale: input it cannot parse, and the reply when a
// command fails. Command, subcommand and option names stay as typed (they are what the member types).
import type { Locale } from '../content/types.js';

export interface DispatcherWords {
  messageTooLong(length: number): string;
  messageTooLongHint(max: number, help: string): string;
  notAChoice(word: string, command: string): string;
  notAValid(value: string, option: string): string;
  optionTooLong(option: string, length: number): string;
  optionTooLongHint(option: string, max: number, help: string): string;
  notUnderstood(text: string): string;
  tryInstead(usage: string, help: string): string;
  needsOption(line: string, option: string): string;
  forExample(example: string): string;
  unknownCommand(name: string): string;
  typeACommand: string;
  wentWrongTitle: string;
  wentWrongIntro: string;
}

const en: DispatcherWords = {
  messageTooLong: (n) => `That message is too long (${n} characters).`,
  messageTooLongHint: (max, help) => `Commands are at most ${max} characters. Try ${help}.`,
  notAChoice: (word, command) => `"${word}" is not a choice of ${command}.`,
  notAValid: (value, option) => `"${value}" is not a valid ${option}.`,
  optionTooLong: (option, n) => `That ${option} is too long (${n} characters).`,
  optionTooLongHint: (option, max, help) =>
    `A ${option} is at most ${max} characters. Please make it shorter, or try ${help}.`,
  notUnderstood: (text) => `I did not understand "${text}".`,
  tryInstead: (usage, help) => `Try ${usage}, or ${help}.`,
  needsOption: (line, option) => `${line} needs a ${option}.`,
  forExample: (example) => `For example: ${example}`,
  unknownCommand: (name) => `"${name}" is not one of my commands.`,
  typeACommand: 'Type a command to start.',
  wentWrongTitle: 'Something went wrong on my side.',
  wentWrongIntro: 'Please try again in a minute. The LinkedIn setting itself is always at the link below.',
};

export const DISPATCHER_WORDS: Record<Locale, DispatcherWords> = {
  en,
  de: {
    messageTooLong: (n) => `Diese Nachricht ist zu lang (${n} Zeichen).`,
    messageTooLongHint: (max, help) => `Befehle haben höchstens ${max} Zeichen. Versuchen Sie ${help}.`,
    notAChoice: (word, command) => `„${word}“ gibt es bei ${command} nicht.`,
    notAValid: (value, option) => `„${value}“ ist kein gültiger Wert für ${option}.`,
    optionTooLong: (option, n) => `Der Wert für ${option} ist zu lang (${n} Zeichen).`,
    optionTooLongHint: (option, max, help) =>
      `Der Wert für ${option} hat höchstens ${max} Zeichen. Bitte kürzen Sie ihn, oder versuchen Sie ${help}.`,
    notUnderstood: (text) => `„${text}“ habe ich nicht verstanden.`,
    tryInstead: (usage, help) => `Versuchen Sie ${usage} oder ${help}.`,
    needsOption: (line, option) => `${line} braucht einen Wert für ${option}.`,
    forExample: (example) => `Zum Beispiel: ${example}`,
    unknownCommand: (name) => `„${name}“ ist keiner meiner Befehle.`,
    typeACommand: 'Geben Sie einen Befehl ein, um zu beginnen.',
    wentWrongTitle: 'Bei mir ist etwas schiefgelaufen.',
    wentWrongIntro:
      'Bitte versuchen Sie es in einer Minute noch einmal. Die LinkedIn-Einstellung selbst finden Sie immer über den Link unten.',
  },
  fr: {
    messageTooLong: (n) => `Ce message est trop long (${n} caractères).`,
    messageTooLongHint: (max, help) => `Une commande fait au plus ${max} caractères. Essayez ${help}.`,
    notAChoice: (word, command) => `« ${word} » n'est pas un choix de ${command}.`,
    notAValid: (value, option) => `« ${value} » n'est pas une valeur valide pour ${option}.`,
    optionTooLong: (option, n) => `La valeur de ${option} est trop longue (${n} caractères).`,
    optionTooLongHint: (option, max, help) =>
      `La valeur de ${option} fait au plus ${max} caractères. Raccourcissez-la, ou essayez ${help}.`,
    notUnderstood: (text) => `Je n'ai pas compris « ${text} ».`,
    tryInstead: (usage, help) => `Essayez ${usage}, ou ${help}.`,
    needsOption: (line, option) => `${line} a besoin d'une valeur pour ${option}.`,
    forExample: (example) => `Par exemple : ${example}`,
    unknownCommand: (name) => `« ${name} » ne fait pas partie de mes commandes.`,
    typeACommand: 'Tapez une commande pour commencer.',
    wentWrongTitle: "Quelque chose s'est mal passé de mon côté.",
    wentWrongIntro:
      'Réessayez dans une minute. Le paramètre LinkedIn lui-même reste toujours accessible par le lien ci-dessous.',
  },
  it: {
    messageTooLong: (n) => `Questo messaggio è troppo lungo (${n} caratteri).`,
    messageTooLongHint: (max, help) => `I comandi hanno al massimo ${max} caratteri. Prova ${help}.`,
    notAChoice: (word, command) => `"${word}" non è una scelta di ${command}.`,
    notAValid: (value, option) => `"${value}" non è un valore valido per ${option}.`,
    optionTooLong: (option, n) => `Il valore di ${option} è troppo lungo (${n} caratteri).`,
    optionTooLongHint: (option, max, help) =>
      `Il valore di ${option} ha al massimo ${max} caratteri. Accorcialo, oppure prova ${help}.`,
    notUnderstood: (text) => `Non ho capito "${text}".`,
    tryInstead: (usage, help) => `Prova ${usage}, oppure ${help}.`,
    needsOption: (line, option) => `${line} richiede un valore per ${option}.`,
    forExample: (example) => `Per esempio: ${example}`,
    unknownCommand: (name) => `"${name}" non è uno dei miei comandi.`,
    typeACommand: 'Scrivi un comando per iniziare.',
    wentWrongTitle: 'Qualcosa è andato storto da parte mia.',
    wentWrongIntro:
      "Riprova tra un minuto. L'impostazione di LinkedIn è comunque sempre raggiungibile dal link qui sotto.",
  },
  nl: {
    messageTooLong: (n) => `Dat bericht is te lang (${n} tekens).`,
    messageTooLongHint: (max, help) => `Opdrachten zijn hoogstens ${max} tekens lang. Probeer ${help}.`,
    notAChoice: (word, command) => `"${word}" is geen keuze van ${command}.`,
    notAValid: (value, option) => `"${value}" is geen geldige waarde voor ${option}.`,
    optionTooLong: (option, n) => `De waarde voor ${option} is te lang (${n} tekens).`,
    optionTooLongHint: (option, max, help) =>
      `De waarde voor ${option} is hoogstens ${max} tekens lang. Maak die korter, of probeer ${help}.`,
    notUnderstood: (text) => `Ik begreep "${text}" niet.`,
    tryInstead: (usage, help) => `Probeer ${usage}, of ${help}.`,
    needsOption: (line, option) => `${line} heeft een waarde voor ${option} nodig.`,
    forExample: (example) => `Bijvoorbeeld: ${example}`,
    unknownCommand: (name) => `"${name}" is geen van mijn opdrachten.`,
    typeACommand: 'Typ een opdracht om te beginnen.',
    wentWrongTitle: 'Er ging aan mijn kant iets mis.',
    wentWrongIntro:
      'Probeer het over een minuut opnieuw. De LinkedIn-instelling zelf vind je altijd via de link hieronder.',
  },
  'pt-BR': {
    messageTooLong: (n) => `Essa mensagem é longa demais (${n} caracteres).`,
    messageTooLongHint: (max, help) => `Os comandos têm no máximo ${max} caracteres. Tente ${help}.`,
    notAChoice: (word, command) => `"${word}" não é uma opção de ${command}.`,
    notAValid: (value, option) => `"${value}" não é um valor válido para ${option}.`,
    optionTooLong: (option, n) => `O valor de ${option} é longo demais (${n} caracteres).`,
    optionTooLongHint: (option, max, help) =>
      `O valor de ${option} tem no máximo ${max} caracteres. Encurte-o, ou tente ${help}.`,
    notUnderstood: (text) => `Não entendi "${text}".`,
    tryInstead: (usage, help) => `Tente ${usage}, ou ${help}.`,
    needsOption: (line, option) => `${line} precisa de um valor para ${option}.`,
    forExample: (example) => `Por exemplo: ${example}`,
    unknownCommand: (name) => `"${name}" não é um dos meus comandos.`,
    typeACommand: 'Digite um comando para começar.',
    wentWrongTitle: 'Algo deu errado do meu lado.',
    wentWrongIntro:
      'Tente de novo em um minuto. A configuração do LinkedIn em si está sempre no link abaixo.',
  },
  es: {
    messageTooLong: (n) => `Ese mensaje es demasiado largo (${n} caracteres).`,
    messageTooLongHint: (max, help) => `Los comandos tienen como máximo ${max} caracteres. Prueba ${help}.`,
    notAChoice: (word, command) => `"${word}" no es una opción de ${command}.`,
    notAValid: (value, option) => `"${value}" no es un valor válido para ${option}.`,
    optionTooLong: (option, n) => `El valor de ${option} es demasiado largo (${n} caracteres).`,
    optionTooLongHint: (option, max, help) =>
      `El valor de ${option} tiene como máximo ${max} caracteres. Acórtalo, o prueba ${help}.`,
    notUnderstood: (text) => `No he entendido "${text}".`,
    tryInstead: (usage, help) => `Prueba ${usage}, o ${help}.`,
    needsOption: (line, option) => `${line} necesita un valor para ${option}.`,
    forExample: (example) => `Por ejemplo: ${example}`,
    unknownCommand: (name) => `"${name}" no es uno de mis comandos.`,
    typeACommand: 'Escribe un comando para empezar.',
    wentWrongTitle: 'Algo ha fallado por mi parte.',
    wentWrongIntro:
      'Inténtalo de nuevo en un minuto. La opción de LinkedIn en sí está siempre en el enlace de abajo.',
  },
  pl: {
    messageTooLong: (n) => `Ta wiadomość jest za długa (znaki: ${n}).`,
    messageTooLongHint: (max, help) => `Polecenia mają najwyżej ${max} znaków. Spróbuj ${help}.`,
    notAChoice: (word, command) => `„${word}” nie jest opcją ${command}.`,
    notAValid: (value, option) => `„${value}” nie jest prawidłową wartością dla ${option}.`,
    optionTooLong: (option, n) => `Wartość ${option} jest za długa (znaki: ${n}).`,
    optionTooLongHint: (option, max, help) =>
      `Wartość ${option} ma najwyżej ${max} znaków. Skróć ją albo spróbuj ${help}.`,
    notUnderstood: (text) => `Nie zrozumiałem „${text}”.`,
    tryInstead: (usage, help) => `Spróbuj ${usage} albo ${help}.`,
    needsOption: (line, option) => `${line} wymaga wartości dla ${option}.`,
    forExample: (example) => `Na przykład: ${example}`,
    unknownCommand: (name) => `„${name}” nie jest jednym z moich poleceń.`,
    typeACommand: 'Wpisz polecenie, aby zacząć.',
    wentWrongTitle: 'Coś poszło nie tak po mojej stronie.',
    wentWrongIntro: 'Spróbuj ponownie za minutę. Samo ustawienie LinkedIn jest zawsze pod linkiem poniżej.',
  },
};

export function dispatcherWords(locale: Locale | undefined): DispatcherWords {
  return (locale && DISPATCHER_WORDS[locale]) || en;
}
