// The platform-neutral reply: a small document model that each renderer turns into its platform's message.
import type { Locale } from '../content/types.js';

export type Visibility = 'ephemeral' | 'public';

export interface ReplySource {
  key: string;
  title: string;
  url: string | null;
  date: string;
}

export type ReplySection =
  | { kind: 'steps'; title?: string; items: string[] }
  | { kind: 'bullets'; title?: string; items: string[] }
  | { kind: 'text'; title?: string; text: string };

export interface LinkButton {
  label: string;
  url: string;
}

/** A button that runs another command line when clicked, e.g. "/linkedin-optout mobile". */
export interface CommandButton {
  label: string;
  command: string;
  style?: 'primary' | 'secondary' | 'success';
}

export interface Reply {
  /** The command that produced this reply, without the slash. */
  command: string;
  /** Guide, topic or action id; null for a bare command or an input that was not understood. */
  subcommand: string | null;
  /** False when the input was not understood (the reply then lists the valid choices). */
  understood: boolean;
  title: string;
  intro?: string;
  sections: ReplySection[];
  links: LinkButton[];
  actions: CommandButton[];
  sources: ReplySource[];
  /** The date the facts were checked; shown as a footer. */
  asOf: string;
  contentVersion: string;
  /** The language of the reply's words; renderers write their fixed words and dates in it (English when absent). */
  locale?: Locale;
  visibility: Visibility;
  /** One-line warning shown on every reply, e.g. when the facts are getting old. */
  notice?: string;
  /** For free-text questions: the best topic id (null when nothing matched) and how sure we are. */
  topic?: string | null;
  confidence?: number;
  /** The command line that posts this same reply publicly; renderers offer "Share in channel" with it. */
  shareCommand?: string;
}
