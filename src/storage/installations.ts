// Slack workspaces installed through OAuth: one row per team (or per enterprise for org-wide installs).
// Tokens are sealed with a key derived from ENCRYPTION_KEY before they reach a database; the in-memory
// store is for tests and for building against before a database is wired in.

export interface SlackInstallation {
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  botUserId: string;
  botId: string | null;
  scopes: string[];
  botToken: string;
  /** With token rotation: the refresh token and when the bot token expires (epoch ms). */
  refreshToken: string | null;
  tokenExpiresAt: number | null;
  /** Epoch ms of the first install; kept when the workspace reinstalls. */
  installedAt: number;
  /**
   * Epoch ms of the latest install or reinstall (a token refresh keeps it): an uninstall event sent before
   * this must not remove the installation, since Slack may deliver it late.
   */
  lastInstalledAt: number;
}

export interface InstallationQuery {
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
}

export interface InstallationStore {
  /** Inserts or replaces the workspace's installation (a reinstall keeps the first `installedAt`). */
  save(installation: SlackInstallation): Promise<void>;
  find(query: InstallationQuery): Promise<SlackInstallation | undefined>;
  /**
   * Removes it (uninstall, revoked token); true when there was one. With `eventTime` (epoch ms), an
   * installation made again after that moment is kept.
   */
  remove(query: InstallationQuery, eventTime?: number): Promise<boolean>;
}

/** The row key: an org-wide install is keyed by its enterprise, any other by its team. */
export function installationId(q: InstallationQuery): string {
  if (q.isEnterpriseInstall && q.enterpriseId) return `E:${q.enterpriseId}`;
  if (q.teamId) return `T:${q.teamId}`;
  throw new Error('a Slack installation needs a team id, or an enterprise id for an org-wide install');
}

export class MemoryInstallationStore implements InstallationStore {
  private readonly rows = new Map<string, SlackInstallation>();

  async save(installation: SlackInstallation): Promise<void> {
    const id = installationId(installation);
    const before = this.rows.get(id);
    this.rows.set(id, { ...installation, installedAt: before?.installedAt ?? installation.installedAt });
  }

  async find(query: InstallationQuery): Promise<SlackInstallation | undefined> {
    const row = this.rows.get(installationId(query));
    return row ? { ...row, scopes: [...row.scopes] } : undefined;
  }

  async remove(query: InstallationQuery, eventTime?: number): Promise<boolean> {
    const id = installationId(query);
    const row = this.rows.get(id);
    if (!row || (eventTime !== undefined && row.lastInstalledAt > eventTime)) return false;
    return this.rows.delete(id);
  }
}
