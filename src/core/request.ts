// The adapter contract: what a way in hands the pipeline and what it gets back. A leaf module (types only),
// so adapters, the pipeline and tests can all depend on it without pulling anything else in.
import type { Locale } from '../content/types.js';
import type { ChannelRef, CommandContext, Platform } from './command.js';
import type { Reply } from './reply.js';

/** How the request arrived; decides visibility, the share limit and which preconditions apply. */
export type Origin = 'slash' | 'button-run' | 'button-share' | 'button-confirm' | 'app-home' | 'free-text';

/**
 * What the platform says about the user managing the channel's reminder: a yes/no, "could not ask", or a lazy
 * check (Slack asks `users.info`, so it is only paid for when a moderator-only subcommand is run).
 */
export type ManagerAnswer = boolean | 'unknown';
export type ManagerCheck = ManagerAnswer | (() => Promise<ManagerAnswer>);

/** Who may manage reminders on this platform, so a refused member is told whom to ask. */
export type Managers = 'pin-permission' | 'workspace-admins' | 'everyone';

export interface PipelineRequest {
  platform: Platform;
  origin: Origin;
  /** The command line as typed or carried by a button (`/linkedin-optout ios`), or the text after the command. */
  line: string;
  /** Set when the platform already names the command (a slash command's text has no command word). */
  commandName?: string;
  locale: Locale;
  /** The platform's user id, never stored or logged raw. */
  userId: string;
  /** Scopes the per-user limit, e.g. the Slack team; the platform is always part of the key. */
  userScope?: string;
  channel?: ChannelRef;
  canManageReminders: ManagerCheck;
  managers: Managers;
  /**
   * Free text only: one key per DM or thread (`slack:T1:C1:<thread_ts>`, `discord:dm:<channel>`), so a
   * follow-up may lean on the previous topic. Without it, every message stands alone.
   */
  conversationKey?: string;
  /**
   * Set when the command came through the person's own install (Discord user install) in a server the bot has
   * not joined: whatever needs the bot there is refused with the link that adds it to the server.
   */
  userInstallOnly?: { serverInstallUrl: string };
}

/** Answers free text (small talk, questions, follow-ups); the conversation module implements it. */
export interface FreeTextResponder {
  respond(message: { text: string; conversationKey?: string }, ctx: CommandContext): Reply;
}

export type PipelineStatus = 'ok' | 'not-understood' | 'error' | 'rate-limited' | 'refused';

/** What to send: the reply (visibility already decided) and the canonical labels it was counted under. */
export interface PipelineOutcome {
  reply: Reply;
  status: PipelineStatus;
  command: string;
  subcommand: string | null;
  /** Present when the reply came from, or went into, the reply cache: renderers memoise their output on it. */
  cached?: CachedReply;
  /**
   * Send nothing: a channel flooded with messages to the bot was already told to wait in this window. Only a
   * free-text request in a channel gets it; adapters for free text skip sending.
   */
  quiet?: true;
}

/** One cached reply and what each renderer made of it (keyed by renderer name). */
export interface CachedReply {
  readonly reply: Reply;
  readonly command: string;
  readonly subcommand: string | null;
  readonly renderings: Map<string, unknown>;
}

/** Where the pipeline reports each handled request; the app wires it to Prometheus, the console to nothing. */
export interface PipelineMetrics {
  commandHandled(
    labels: { command: string; subcommand: string | null; platform: Platform; outcome: PipelineStatus },
    seconds?: number,
  ): void;
}
