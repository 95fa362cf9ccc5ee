// Plain types for the knowledge base. The zod schema in schema.ts checks data against these shapes;
// keeping the types free of zod lets the `say` path skip loading zod at all.

export type Locale = 'en' | 'de' | 'fr' | 'it' | 'nl' | 'pt-BR' | 'es' | 'pl';

export type SourceKey =
  | 'HELP-SETTING'
  | 'HELP-GENAI-FAQ'
  | 'HELP-MS-SHARING'
  | 'HELP-DATA-SHARING'
  | 'HELP-EXPORT'
  | 'ERPN'
  | 'PRIVACY-POLICY'
  | 'USER-AGREEMENT'
  | 'SETTING-URL'
  | 'OBJECTION-FORM'
  | 'ICO'
  | 'PCPD-2024'
  | 'OPC-2024'
  | 'DPC-2025'
  | 'AP-2025'
  | 'NEWS-2025-09'
  | 'NEWS-2024-09-UK'
  | 'LAWSUIT-2025'
  | 'SEED';

/**
 * Whose word a source carries. Only LinkedIn's own texts and regulators can back a statement of how
 * things are now; the press (the seed article included) backs only what was reported at a date.
 */
export type SourceKind = 'linkedin' | 'regulator' | 'press';

export interface Source {
  key: SourceKey;
  kind: SourceKind;
  title: string;
  /** https URL; the seed article is a local file and the only source allowed without one. */
  url: string | null;
  /** The date the source gives, ISO: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** How people should read that date, e.g. "undated page, read 2026-11". */
  dateLabel: string;
}

/** One statement the bot may make, with the sources that back it. */
export interface Fact {
  text: string;
  sources: SourceKey[];
  /** Marked facts are shown with an explicit "not confirmed by LinkedIn" label. */
  unconfirmed?: boolean;
  /**
   * Set on a fact that tells what was reported at a date ("18 Sep 2025: LinkedIn announced …") rather than
   * how things are now. Required when no source is LinkedIn's or a regulator's; the text then names its year.
   */
  reported?: boolean;
}

export type SectionKind = 'steps' | 'bullets' | 'text';

export interface ContentSection {
  kind: SectionKind;
  title?: string;
  facts: Fact[];
}

export interface ContentLink {
  label: string;
  url: string;
}

/** Example questions and words people use, for the free-text `ask` matcher. */
export interface AskHints {
  examples: string[];
  keywords: string[];
}

export interface Entry {
  id: string;
  /** Short title, shown as the reply heading. */
  title: string;
  /** One line, at most 100 characters: used for menus, Discord descriptions and Slack hints. */
  summary: string;
  intro?: Fact;
  sections: ContentSection[];
  links: ContentLink[];
  /** Command lines offered as follow-up buttons, e.g. "/linkedin-optout mobile". */
  followUps: { label: string; command: string }[];
  ask?: AskHints;
}

export interface Content {
  locale: Locale;
  /** The day the facts were last checked against the sources. */
  asOf: string;
  settingUrl: string;
  sources: Record<SourceKey, Source>;
  guides: Record<string, Entry>;
  topics: Record<string, Entry>;
}
