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
};

const WORDS: Record<Locale, ReplyWords> = {
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
  },
};

export function replyWords(locale: Locale | undefined): ReplyWords {
  return (locale && WORDS[locale]) || en;
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
