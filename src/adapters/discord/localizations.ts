// Discord's name_localizations and description_localizations for the commands, subcommands and options.
// Discord still sends the English (default) names in interactions, so nothing here changes parsing: a member
// only sees and types their own language's names. Descriptions come from src/commands/description-words.ts,
// which help replies read too.
import { translatedDescription } from '../../commands/description-words.js';
import type { Locale } from '../../content/types.js';

/** The bot's locales as Discord spells them; Spanish is both Spain's and Latin America's. */
export const DISCORD_LOCALES: Record<Exclude<Locale, 'en'>, readonly string[]> = {
  de: ['de'],
  fr: ['fr'],
  it: ['it'],
  nl: ['nl'],
  'pt-BR': ['pt-BR'],
  es: ['es-ES', 'es-419'],
  pl: ['pl'],
};

type Translated = Exclude<Locale, 'en'>;

/** Names by English name: commands, subcommands and options share one table (Discord scopes them apart). */
const NAMES: Record<Translated, Record<string, string>> = {
  de: {
    'linkedin-optout': 'linkedin-ki-ausschalten',
    'linkedin-ai': 'linkedin-ki',
    'linkedin-reminder': 'linkedin-erinnerung',
    desktop: 'computer',
    mobile: 'app',
    'objection-form': 'widerspruch',
    'ads-sharing': 'werbung',
    help: 'hilfe',
    'what-data': 'welche-daten',
    'not-used': 'nicht-genutzt',
    default: 'voreinstellung',
    'opt-out-effect': 'wirkung',
    'other-ai': 'andere-ki',
    privacy: 'datenschutz',
    regions: 'regionen',
    timeline: 'zeitleiste',
    'get-copy': 'kopie',
    why: 'warum',
    myths: 'mythen',
    sources: 'quellen',
    about: 'ueber-den-bot',
    ask: 'fragen',
    pin: 'anheften',
    unpin: 'loesen',
    question: 'frage',
    every: 'wiederholen',
    language: 'sprache',
  },
  fr: {
    'linkedin-optout': 'linkedin-desactiver',
    'linkedin-ai': 'linkedin-ia',
    'linkedin-reminder': 'linkedin-rappel',
    desktop: 'ordinateur',
    link: 'lien',
    'objection-form': 'opposition',
    'ads-sharing': 'publicite',
    help: 'aide',
    'what-data': 'quelles-donnees',
    'not-used': 'non-utilise',
    default: 'par-defaut',
    'opt-out-effect': 'effet',
    'other-ai': 'autres-ia',
    privacy: 'confidentialite',
    timeline: 'chronologie',
    'get-copy': 'copie',
    why: 'pourquoi',
    myths: 'idees-recues',
    about: 'a-propos',
    ask: 'demander',
    pin: 'epingler',
    unpin: 'desepingler',
    status: 'etat',
    every: 'frequence',
    language: 'langue',
  },
  it: {
    'linkedin-optout': 'linkedin-disattiva',
    'linkedin-ai': 'linkedin-ia',
    'linkedin-reminder': 'linkedin-promemoria',
    desktop: 'computer',
    mobile: 'app',
    'objection-form': 'opposizione',
    'ads-sharing': 'pubblicita',
    help: 'aiuto',
    'what-data': 'quali-dati',
    'not-used': 'non-usati',
    default: 'predefinito',
    'opt-out-effect': 'effetto',
    'other-ai': 'altre-ia',
    regions: 'regioni',
    timeline: 'cronologia',
    'get-copy': 'copia',
    why: 'perche',
    myths: 'miti',
    sources: 'fonti',
    about: 'info-bot',
    ask: 'chiedi',
    pin: 'fissa',
    unpin: 'rimuovi',
    status: 'stato',
    question: 'domanda',
    every: 'frequenza',
    language: 'lingua',
  },
  nl: {
    'linkedin-optout': 'linkedin-uitschakelen',
    'linkedin-reminder': 'linkedin-herinnering',
    desktop: 'computer',
    mobile: 'app',
    'objection-form': 'bezwaar',
    'ads-sharing': 'advertenties',
    help: 'hulp',
    'what-data': 'welke-gegevens',
    'not-used': 'niet-gebruikt',
    default: 'standaard',
    'opt-out-effect': 'effect',
    'other-ai': 'andere-ai',
    regions: 'regios',
    timeline: 'tijdlijn',
    'get-copy': 'kopie',
    why: 'waarom',
    myths: 'fabels',
    sources: 'bronnen',
    about: 'over-de-bot',
    ask: 'vragen',
    pin: 'vastmaken',
    unpin: 'losmaken',
    question: 'vraag',
    every: 'herhalen',
    language: 'taal',
  },
  'pt-BR': {
    'linkedin-optout': 'linkedin-desativar',
    'linkedin-ai': 'linkedin-ia',
    'linkedin-reminder': 'linkedin-lembrete',
    desktop: 'computador',
    mobile: 'celular',
    'objection-form': 'oposicao',
    'ads-sharing': 'anuncios',
    help: 'ajuda',
    'what-data': 'quais-dados',
    'not-used': 'nao-usados',
    default: 'padrao',
    'opt-out-effect': 'efeito',
    'other-ai': 'outras-ia',
    privacy: 'privacidade',
    regions: 'regioes',
    timeline: 'cronologia',
    'get-copy': 'copia',
    why: 'por-que',
    myths: 'mitos',
    sources: 'fontes',
    about: 'sobre-o-bot',
    ask: 'perguntar',
    pin: 'fixar',
    unpin: 'desafixar',
    question: 'pergunta',
    every: 'repetir',
    language: 'idioma',
  },
  es: {
    'linkedin-optout': 'linkedin-desactivar',
    'linkedin-ai': 'linkedin-ia',
    'linkedin-reminder': 'linkedin-recordatorio',
    desktop: 'escritorio',
    mobile: 'movil',
    link: 'enlace',
    'objection-form': 'oposicion',
    'ads-sharing': 'anuncios',
    help: 'ayuda',
    'what-data': 'que-datos',
    'not-used': 'no-usados',
    default: 'predeterminado',
    'opt-out-effect': 'efecto',
    'other-ai': 'otras-ia',
    privacy: 'privacidad',
    regions: 'regiones',
    timeline: 'cronologia',
    'get-copy': 'copia',
    why: 'por-que',
    myths: 'mitos',
    sources: 'fuentes',
    about: 'sobre-el-bot',
    ask: 'preguntar',
    pin: 'fijar',
    unpin: 'desfijar',
    status: 'estado',
    question: 'pregunta',
    every: 'repetir',
    language: 'idioma',
  },
  pl: {
    'linkedin-optout': 'linkedin-wylacz',
    'linkedin-reminder': 'linkedin-przypomnienie',
    desktop: 'komputer',
    mobile: 'aplikacja',
    'objection-form': 'sprzeciw',
    'ads-sharing': 'reklamy',
    help: 'pomoc',
    'what-data': 'jakie-dane',
    'not-used': 'nieuzywane',
    default: 'domyslnie',
    'opt-out-effect': 'skutek',
    'other-ai': 'inne-ai',
    privacy: 'prywatnosc',
    regions: 'regiony',
    timeline: 'os-czasu',
    'get-copy': 'kopia',
    why: 'dlaczego',
    myths: 'mity',
    sources: 'zrodla',
    about: 'o-bocie',
    ask: 'zapytaj',
    pin: 'przypnij',
    unpin: 'odepnij',
    question: 'pytanie',
    every: 'powtarzaj',
    language: 'jezyk',
  },
};

export type Localizations = Record<string, string>;

function spread(locale: Translated, value: string | undefined, into: Localizations): void {
  if (!value) return;
  for (const code of DISCORD_LOCALES[locale]) into[code] = value;
}

/** A name's localisations; a name a language keeps as in English is left out. */
export function nameLocalizations(name: string): Localizations | undefined {
  const out: Localizations = {};
  for (const locale of Object.keys(NAMES) as Translated[]) {
    const v = NAMES[locale][name];
    if (v && v !== name) spread(locale, v, out);
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * A description's localisations by path (`command`, `command sub`, `command sub option`); a guide's or
 * topic's falls back to that locale's content summary, so it never drifts from what the reply says.
 */
export function descriptionLocalizations(
  path: string,
  shorten: (text: string) => string,
): Localizations | undefined {
  const out: Localizations = {};
  for (const locale of Object.keys(DISCORD_LOCALES) as Translated[]) {
    const v = translatedDescription(locale, path);
    if (v) spread(locale, shorten(v), out);
  }
  return Object.keys(out).length ? out : undefined;
}
