// The fixed words every reply and renderer shows around the content (footer, sources heading, share button,
// stale notice), per locale, and dates written the way each language writes them. English is the fallback.
import type { Locale } from '../content/types.js';

export interface ReplyWords {
  next: string;
  sources: string;
  shareInChannel: string;
  openLink: string;
  notConfirmed: string;
  factsChecked(date: string, version: string): string;
  staleNotice(date: string): string;
  /** The link button to the setting, wherever a reply offers it. */
  openSetting: string;
  didYouMeanOne: string;
  didYouMeanMany: string;
  allChoices: string;
  /** A Slack header when a reply has no title of its own. */
  untitled: string;
  /** The last line when a reply is cut to fit a platform's limit. */
  moreIn(line: string): string;
}

const en: ReplyWords = {
  next: 'Next',
  sources: 'Sources',
  shareInChannel: 'Share in channel',
  openLink: 'Open link',
  notConfirmed: 'not confirmed by LinkedIn',
  factsChecked: (date, version) => `Facts checked ${date} · content ${version}`,
  staleNotice: (date) =>
    `These facts were last checked on ${date} and may be out of date: check the LinkedIn Help Center for the latest.`,
  openSetting: 'Open the LinkedIn setting',
  didYouMeanOne: 'Did you mean this?',
  didYouMeanMany: 'Did you mean one of these?',
  allChoices: 'All choices',
  untitled: 'LinkedIn AI opt-out',
  moreIn: (line) => `…more in ${line}`,
};

export const REPLY_WORDS: Record<Locale, ReplyWords> = {
  en,
  de: {
    next: 'Weiter',
    sources: 'Quellen',
    shareInChannel: 'Im Kanal teilen',
    openLink: 'Link öffnen',
    notConfirmed: 'nicht von LinkedIn bestätigt',
    factsChecked: (date, version) => `Fakten geprüft am ${date} · Inhalt ${version}`,
    staleNotice: (date) =>
      `Diese Fakten wurden zuletzt am ${date} geprüft und sind vielleicht veraltet: Den aktuellen Stand finden Sie in der LinkedIn-Hilfe.`,
    openSetting: 'LinkedIn-Einstellung öffnen',
    didYouMeanOne: 'Meinten Sie das?',
    didYouMeanMany: 'Meinten Sie eines davon?',
    allChoices: 'Alle Möglichkeiten',
    untitled: 'LinkedIn-KI-Widerspruch',
    moreIn: (line) => `…mehr unter ${line}`,
  },
  fr: {
    next: 'Ensuite',
    sources: 'Sources',
    shareInChannel: 'Partager dans le salon',
    openLink: 'Ouvrir le lien',
    notConfirmed: 'non confirmé par LinkedIn',
    factsChecked: (date, version) => `Faits vérifiés le ${date} · contenu ${version}`,
    staleNotice: (date) =>
      `Ces faits ont été vérifiés pour la dernière fois le ${date} et ne sont peut-être plus à jour : consultez l'aide LinkedIn.`,
    openSetting: 'Ouvrir le paramètre LinkedIn',
    didYouMeanOne: 'Vouliez-vous dire ceci ?',
    didYouMeanMany: "Vouliez-vous dire l'un de ceux-ci ?",
    allChoices: 'Tous les choix',
    untitled: "Refuser l'IA de LinkedIn",
    moreIn: (line) => `…la suite avec ${line}`,
  },
  it: {
    next: 'Poi',
    sources: 'Fonti',
    shareInChannel: 'Condividi nel canale',
    openLink: 'Apri il link',
    notConfirmed: 'non confermato da LinkedIn',
    factsChecked: (date, version) => `Fatti verificati il ${date} · contenuto ${version}`,
    staleNotice: (date) =>
      `Questi fatti sono stati verificati l'ultima volta il ${date} e potrebbero non essere aggiornati: controlla il Centro assistenza di LinkedIn.`,
    openSetting: "Apri l'impostazione di LinkedIn",
    didYouMeanOne: 'Intendevi questo?',
    didYouMeanMany: 'Intendevi uno di questi?',
    allChoices: 'Tutte le scelte',
    untitled: "Opposizione all'IA di LinkedIn",
    moreIn: (line) => `…altro con ${line}`,
  },
  nl: {
    next: 'Verder',
    sources: 'Bronnen',
    shareInChannel: 'Delen in kanaal',
    openLink: 'Link openen',
    notConfirmed: 'niet bevestigd door LinkedIn',
    factsChecked: (date, version) => `Feiten gecontroleerd op ${date} · inhoud ${version}`,
    staleNotice: (date) =>
      `Deze feiten zijn voor het laatst gecontroleerd op ${date} en zijn misschien verouderd: kijk in het LinkedIn Helpcentrum voor de laatste stand.`,
    openSetting: 'LinkedIn-instelling openen',
    didYouMeanOne: 'Bedoelde je dit?',
    didYouMeanMany: 'Bedoelde je een van deze?',
    allChoices: 'Alle keuzes',
    untitled: 'LinkedIn-AI uitzetten',
    moreIn: (line) => `…meer via ${line}`,
  },
  'pt-BR': {
    next: 'Próximos',
    sources: 'Fontes',
    shareInChannel: 'Compartilhar no canal',
    openLink: 'Abrir link',
    notConfirmed: 'não confirmado pelo LinkedIn',
    factsChecked: (date, version) => `Fatos verificados em ${date} · conteúdo ${version}`,
    staleNotice: (date) =>
      `Estes fatos foram verificados pela última vez em ${date} e podem estar desatualizados: confira a Central de Ajuda do LinkedIn.`,
    openSetting: 'Abrir a configuração do LinkedIn',
    didYouMeanOne: 'Você quis dizer isto?',
    didYouMeanMany: 'Você quis dizer um destes?',
    allChoices: 'Todas as opções',
    untitled: 'Recusar a IA do LinkedIn',
    moreIn: (line) => `…mais em ${line}`,
  },
  es: {
    next: 'Siguiente',
    sources: 'Fuentes',
    shareInChannel: 'Compartir en el canal',
    openLink: 'Abrir enlace',
    notConfirmed: 'no confirmado por LinkedIn',
    factsChecked: (date, version) => `Datos comprobados el ${date} · contenido ${version}`,
    staleNotice: (date) =>
      `Estos datos se comprobaron por última vez el ${date} y pueden estar desactualizados: consulta el Centro de ayuda de LinkedIn.`,
    openSetting: 'Abrir la opción de LinkedIn',
    didYouMeanOne: '¿Querías decir esto?',
    didYouMeanMany: '¿Querías decir uno de estos?',
    allChoices: 'Todas las opciones',
    untitled: 'Desactivar la IA de LinkedIn',
    moreIn: (line) => `…más en ${line}`,
  },
  pl: {
    next: 'Dalej',
    sources: 'Źródła',
    shareInChannel: 'Udostępnij na kanale',
    openLink: 'Otwórz link',
    notConfirmed: 'niepotwierdzone przez LinkedIn',
    factsChecked: (date, version) => `Fakty sprawdzono ${date} · treść ${version}`,
    staleNotice: (date) =>
      `Te fakty sprawdzono ostatnio ${date} i mogą być nieaktualne: najnowsze informacje znajdziesz w Centrum pomocy LinkedIn.`,
    openSetting: 'Otwórz ustawienie LinkedIn',
    didYouMeanOne: 'Czy chodziło o to?',
    didYouMeanMany: 'Czy chodziło o jedno z tych?',
    allChoices: 'Wszystkie możliwości',
    untitled: 'Wyłączanie AI LinkedIn',
    moreIn: (line) => `…więcej w ${line}`,
  },
};

export function replyWords(locale: Locale | undefined): ReplyWords {
  return (locale && REPLY_WORDS[locale]) || en;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as the language writes it: "3 Nov 2025", "3. Nov. 2025",
 * "3 nov. 2025". English keeps its fixed short form; the others use Intl, in UTC so the day never shifts.
 */
export function formatDate(iso: string, locale: Locale = 'en'): string {
  const [y, m, d] = iso.split('-');
  const month = m ? Number(m) : Number.NaN;
  if (!y || !(month >= 1 && month <= 12)) return iso;
  if (locale === 'en') return d ? `${Number(d)} ${MONTHS[month - 1]} ${y}` : `${MONTHS[month - 1]} ${y}`;
  const key = `${locale}|${d ? 'd' : 'm'}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      ...(d ? { day: 'numeric' } : {}),
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(key, f);
  }
  return f.format(new Date(Date.UTC(Number(y), month - 1, d ? Number(d) : 1)));
}
