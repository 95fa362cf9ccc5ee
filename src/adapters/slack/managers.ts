// What Slack says about a member managing the channel reminder: owners and admins (users.info), or everyone.
// users.info goes through the requesting workspace's own client (its token, with OAuth: many workspaces).
// The answer is cached a few minutes per member; when Slack cannot be asked the answer is 'unknown', which the
// pipeline refuses (fail closed). Only the yes/no is kept, never the profile.
import type { webApi } from '@slack/bolt';
import type { ManagerAnswer, ManagerCheck, Managers } from '../../core/request.js';

/** The Web API client of the workspace the request came from (Bolt's per-request `client`). */
export type UsersClient = Pick<webApi.WebClient, 'users'>;

export const MANAGER_TTL_MS = 5 * 60_000;
const MAX_MEMBERS = 10_000;

export class SlackManagers {
  private readonly known = new Map<string, { answer: boolean; until: number }>();

  constructor(
    readonly rule: 'admins' | 'everyone',
    private readonly now: () => number = Date.now,
  ) {}

  /** Who the pipeline names to a refused member. */
  get managers(): Managers {
    return this.rule === 'everyone' ? 'everyone' : 'workspace-admins';
  }

  /** Lazy: users.info is only asked when a moderator-only subcommand is actually run. */
  check(client: UsersClient, teamId: string, userId: string): ManagerCheck {
    if (this.rule === 'everyone') return true;
    return () => this.ask(client, teamId, userId);
  }

  private async ask(client: UsersClient, teamId: string, userId: string): Promise<ManagerAnswer> {
    const key = `${teamId}:${userId}`;
    const now = this.now();
    const cached = this.known.get(key);
    if (cached && cached.until > now) return cached.answer;
    try {
      const res = await client.users.info({ user: userId });
      const u = res.user;
      if (!res.ok || !u) return 'unknown';
      const answer = u.is_owner === true || u.is_admin === true || u.is_primary_owner === true;
      if (this.known.size >= MAX_MEMBERS) this.known.clear();
      this.known.set(key, { answer, until: now + MANAGER_TTL_MS });
      return answer;
    } catch {
      return 'unknown';
    }
  }
}
