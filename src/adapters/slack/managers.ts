// What Slack says about a member, from one `users.info` call (include_locale): whether they manage the channel
// reminder (owners and admins, or everyone) and the language replies are in. Both are cached per member, so
// one call serves the manager check and the language; only the yes/no and the mapped locale are kept, never
// the profile. users.info goes through the requesting workspace's own client (with OAuth, many workspaces).
// When Slack cannot be asked, the manager answer is 'unknown' (the pipeline refuses: fail closed)
// and the language is left to the workspace default (src/core/workspace-language.ts).
//
// The hot path: a member's first command waits for users.info at most LOCALE_BUDGET_MS, then is answered in
// the workspace default while the lookup finishes for the next one; an expired entry is still used while a fresh one is
// fetched in the background, so only a member's very first command can ever wait.
import type { webApi } from '@slack/bolt';
import type { Locale } from '../../content/types.js';
import { supportedLocale } from '../../core/locale.js';
import type { ManagerAnswer, ManagerCheck, Managers } from '../../core/request.js';

export const MANAGER_TTL_MS = 5 * 60_000;
/** How long a member's first command may wait for their language before it is answered in English. */
export const LOCALE_BUDGET_MS = 250;
const MAX_MEMBERS = 10_000;

/** What users.info needs: the request's own client, authorized for the member's workspace. */
export type UsersClient = Pick<webApi.WebClient, 'users'>;

interface Member {
  admin: boolean;
  /** Undefined when the member's Slack language is not one the bot answers in. */
  locale: Locale | undefined;
  until: number;
}

export class SlackManagers {
  private readonly known = new Map<string, Member>();
  private readonly pending = new Map<string, Promise<Member | undefined>>();
  /**
   * Members Slack would not describe (no scope, no token for the workspace): answered in English without
   * asking again for a while, so a failing users.info never sits on every command. The manager check does
   * not use this: it always asks again (fail closed, recover at once).
   */
  private readonly unknown = new Map<string, number>();

  constructor(
    readonly rule: 'admins' | 'everyone',
    private readonly now: () => number = Date.now,
    private readonly localeBudgetMs = LOCALE_BUDGET_MS,
  ) {}

  /** Who the pipeline names to a refused member. */
  get managers(): Managers {
    return this.rule === 'everyone' ? 'everyone' : 'workspace-admins';
  }

  /**
   * Lazy: users.info is only asked when a moderator-only subcommand is actually run, with the request's own
   * client (authorized for that member's workspace).
   */
  check(client: UsersClient, teamId: string, userId: string): ManagerCheck {
    if (this.rule === 'everyone') return true;
    return () => this.isManager(client, teamId, userId);
  }

  /**
   * The member's language: cached, else users.info within the budget. Undefined when Slack does not say (in
   * time) or it is a language the bot does not answer in: the workspace default applies. Never throws or
   * rejects. Synchronous when nothing has to be asked (a known member), so a cached command needs no promise.
   */
  locale(
    client: UsersClient,
    teamId: string,
    userId: string,
  ): Locale | undefined | Promise<Locale | undefined> {
    const key = `${teamId}:${userId}`;
    const cached = this.known.get(key);
    if (cached) {
      if (cached.until <= this.now()) void this.lookup(client, key, userId);
      return cached.locale;
    }
    if ((this.unknown.get(key) ?? 0) > this.now()) return undefined;
    return this.firstLocale(client, key, userId);
  }

  private async firstLocale(client: UsersClient, key: string, userId: string): Promise<Locale | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.localeBudgetMs);
      timer.unref?.();
    });
    try {
      const lookup = this.lookup(client, key, userId).then((m) => {
        if (!m) {
          if (this.unknown.size >= MAX_MEMBERS) this.unknown.clear();
          this.unknown.set(key, this.now() + MANAGER_TTL_MS);
        }
        return m;
      });
      const member = await Promise.race([lookup, late]);
      return member?.locale;
    } finally {
      clearTimeout(timer);
    }
  }

  private async isManager(client: UsersClient, teamId: string, userId: string): Promise<ManagerAnswer> {
    const key = `${teamId}:${userId}`;
    const cached = this.known.get(key);
    if (cached && cached.until > this.now()) return cached.admin;
    const member = await this.lookup(client, key, userId);
    return member ? member.admin : 'unknown';
  }

  /** One users.info per member at a time; concurrent callers share it. */
  private lookup(client: UsersClient, key: string, userId: string): Promise<Member | undefined> {
    const running = this.pending.get(key);
    if (running) return running;
    const p = this.fetch(client, key, userId).finally(() => this.pending.delete(key));
    this.pending.set(key, p);
    return p;
  }

  private async fetch(client: UsersClient, key: string, userId: string): Promise<Member | undefined> {
    try {
      const res = await client.users.info({ user: userId, include_locale: true });
      const u = res.user;
      if (!res.ok || !u) return undefined;
      const member: Member = {
        admin: u.is_owner === true || u.is_admin === true || u.is_primary_owner === true,
        locale: supportedLocale(u.locale),
        until: this.now() + MANAGER_TTL_MS,
      };
      if (this.known.size >= MAX_MEMBERS) this.known.clear();
      this.known.set(key, member);
      this.unknown.delete(key);
      return member;
    } catch {
      return undefined;
    }
  }
}
