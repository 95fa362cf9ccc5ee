// A workspace's default language: what a Slack workspace admin chose in App Home, used when a member's own
// language is unknown or one the bot does not answer in. Reads are cached per workspace for a short while
// (the hot path asks on every request whose member's language is unknown); a choice made on this replica
// applies at once, one made on another within TTL_MS.
import type { Locale } from '../content/types.js';
import type { WorkspaceSettingsStore } from '../storage/workspace-settings.js';
import { DEFAULT_LOCALE } from './locale.js';
import type { ManagerCheck } from './request.js';

export const WORKSPACE_LANGUAGE_TTL_MS = 60_000;
const MAX_WORKSPACES = 10_000;

export type LanguageChoice =
  | { kind: 'saved'; locale: Locale }
  /** Only those who manage the workspace's reminders (SLACK_REMINDER_MANAGERS) may choose. */
  | { kind: 'refused' }
  /** The platform could not say whether the member may: nothing changed (fail closed). */
  | { kind: 'unknown' }
  | { kind: 'failed' };

export interface WorkspaceLanguageOptions {
  now?: () => number;
  ttlMs?: number;
  log?: { warn(obj: object, msg: string): void };
}

export class WorkspaceLanguages {
  private readonly cache = new Map<string, { locale: Locale | undefined; until: number }>();
  private readonly now: () => number;
  private readonly ttlMs: number;

  constructor(
    private readonly store: WorkspaceSettingsStore,
    private readonly opts: WorkspaceLanguageOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.ttlMs = opts.ttlMs ?? WORKSPACE_LANGUAGE_TTL_MS;
  }

  /** The workspace's chosen language, or undefined when none was chosen (or the store cannot say). */
  async chosen(workspaceId: string): Promise<Locale | undefined> {
    const hit = this.cache.get(workspaceId);
    if (hit && hit.until > this.now()) return hit.locale;
    let locale: Locale | undefined;
    try {
      locale = await this.store.defaultLocale(workspaceId);
    } catch (err) {
      // A database hiccup must not fail a reply: answer in English and ask again next time.
      this.opts.log?.warn({ err }, 'could not read the workspace language');
      return hit?.locale;
    }
    this.remember(workspaceId, locale);
    return locale;
  }

  /**
   * The language for a member whose own is unknown: the workspace's choice, else English. Synchronous while the
   * cached answer is fresh, so the request that needs it waits on nothing.
   */
  fallback(workspaceId: string): Locale | Promise<Locale> {
    const hit = this.cache.get(workspaceId);
    if (hit && hit.until > this.now()) return hit.locale ?? DEFAULT_LOCALE;
    return this.chosen(workspaceId).then((locale) => locale ?? DEFAULT_LOCALE);
  }

  /** Whether a member may choose (to offer the menu only to them); unknown counts as no. */
  async mayChoose(canManage: ManagerCheck): Promise<boolean> {
    return (typeof canManage === 'function' ? await canManage() : canManage) === true;
  }

  /** A member chooses the workspace default; only a manager of the workspace's reminders may. */
  async choose(workspaceId: string, locale: Locale, canManage: ManagerCheck): Promise<LanguageChoice> {
    const answer = typeof canManage === 'function' ? await canManage() : canManage;
    if (answer === 'unknown') return { kind: 'unknown' };
    if (!answer) return { kind: 'refused' };
    try {
      await this.store.setDefaultLocale(workspaceId, locale, this.now());
    } catch (err) {
      this.opts.log?.warn({ err }, 'could not save the workspace language');
      return { kind: 'failed' };
    }
    this.remember(workspaceId, locale);
    return { kind: 'saved', locale };
  }

  private remember(workspaceId: string, locale: Locale | undefined): void {
    if (this.cache.size >= MAX_WORKSPACES) this.cache.clear();
    this.cache.set(workspaceId, { locale, until: this.now() + this.ttlMs });
  }
}
