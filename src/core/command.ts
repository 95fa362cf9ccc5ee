// What a command is: its spec (the single source for help, Discord registration and the Slack manifest)
// and a run function from an Invocation to a Reply.
import type { Content, Locale } from '../content/types.js';
import type { ReminderPort } from './ports.js';
import type { Reply } from './reply.js';

/** A chat platform the bot runs on: the one name for "Discord or Slack". */
export type ChatPlatform = 'discord' | 'slack';
export type Platform = 'console' | ChatPlatform;

export interface OptionSpec {
  name: string;
  description: string;
  required: boolean;
  /** Takes the rest of the command line (free text), e.g. the question of `ask`. */
  rest?: boolean;
  maxLength?: number;
  choices?: string[];
  autocomplete?: boolean;
}

export interface SubcommandSpec {
  name: string;
  description: string;
  /** Other words accepted in text input (console, Slack), e.g. `ios` for `mobile`. */
  aliases?: string[];
  options?: OptionSpec[];
  /** Accepted by the dispatcher but left out of help, Discord registration and the Slack manifest (button targets). */
  hidden?: boolean;
  // Preconditions, declared here and enforced in one place (src/core/pipeline.ts).
  /** Only members who may manage the channel's reminder (the platform says who) may run it. */
  moderatorOnly?: boolean;
  /** Needs a server or workspace channel: refused in the console and in direct messages. */
  needsChannel?: boolean;
  /** Needs the bot itself in the server (it posts or pins there): refused when only the person's own install answered. */
  needsServerInstall?: boolean;
  /** Overrides the command's `cacheable` (e.g. `ask`: free text is never cached). */
  cacheable?: boolean;
}

export interface CommandSpec {
  name: string;
  description: string;
  /** Shown by Slack as the usage hint, e.g. "desktop | mobile | link | help". */
  usageHint: string;
  subcommands: SubcommandSpec[];
  /** Discord shows it only to members who may pin messages (default_member_permissions). */
  moderatorOnly?: boolean;
  /** Its replies are a pure function of the content and the command line, so the pipeline may cache them. */
  cacheable?: boolean;
  /** Whether it makes sense in direct messages. */
  allowInDMs: boolean;
}

export interface ChannelRef {
  id: string;
  /** Discord guild id or Slack team id; null in a DM. */
  workspaceId: string | null;
  name?: string;
  /** The channel's default language when the platform says (Discord's guild_locale): a pinned reminder's. */
  locale?: Locale;
}

export interface Invocation {
  command: string;
  subcommand: string | null;
  options: Record<string, string>;
  platform: Platform;
  locale: Locale;
  /** The platform's user id. Never stored or logged raw. */
  userId: string;
  channel?: ChannelRef;
}

export interface AskAnswerer {
  answer(question: string, locale: Locale): Reply;
}

export interface CommandContext {
  content: Content;
  contentVersion: string;
  now: Date;
  /** Replies get an out-of-date notice when the facts are older than this. */
  staleAfterDays: number;
  /** Present only where a channel can hold a pinned reminder (Discord, Slack). */
  reminders?: ReminderPort;
}

export interface Command {
  spec: CommandSpec;
  run(invocation: Invocation, context: CommandContext): Reply | Promise<Reply>;
}
