// Where each Slack workspace's installation lives: the small interface the OAuth flow and the per-request
// token lookup use, and a SQLite implementation (its own tables, created when missing) with the tokens
// encrypted by TokenCipher. Any other store (PostgreSQL) only has to implement `InstallationStore`.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { TokenCipher } from './token-cipher.js';

/** A team install is keyed by its team; an org-wide (Enterprise Grid) install by its enterprise. */
export interface InstallationKey {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}

export interface SlackInstallation {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
  botToken: string;
  botId?: string;
  botUserId: string;
  /** With token rotation: the refresh token and when the bot token expires (epoch seconds). */
  refreshToken?: string;
  expiresAt?: number;
  /** Epoch milliseconds of the install (or the latest reinstall); an older uninstall event must not remove it. */
  installedAt: number;
}

export interface InstallationStore {
  save(installation: SlackInstallation): Promise<void>;
  find(key: InstallationKey): Promise<SlackInstallation | undefined>;
  /** Removes the installation unless it was (re)installed after `eventTime` (epoch ms); true when removed. */
  remove(key: InstallationKey, eventTime: number): Promise<boolean>;
  close(): void;
}

/** The row key: `E:<enterprise>` for org-wide installs, `T:<team>` otherwise; undefined when neither is known. */
export function installationKey(k: InstallationKey): string | undefined {
  if (k.isEnterpriseInstall && k.enterpriseId) return `E:${k.enterpriseId}`;
  if (k.teamId) return `T:${k.teamId}`;
  if (k.enterpriseId) return `E:${k.enterpriseId}`;
  return undefined;
}

interface Row {
  key: string;
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: number;
  bot_token: string;
  bot_id: string | null;
  bot_user_id: string;
  refresh_token: string | null;
  expires_at: number | null;
  installed_at: number;
}

export class SqliteInstallationStore implements InstallationStore {
  private constructor(
    private readonly db: Database.Database,
    private readonly cipher: TokenCipher,
  ) {}

  static open(path: string, cipher: TokenCipher): SqliteInstallationStore {
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.exec(`
      CREATE TABLE IF NOT EXISTS slack_installations (
        key TEXT PRIMARY KEY,
        team_id TEXT,
        enterprise_id TEXT,
        is_enterprise_install INTEGER NOT NULL,
        bot_token TEXT NOT NULL,
        bot_id TEXT,
        bot_user_id TEXT NOT NULL,
        refresh_token TEXT,
        expires_at INTEGER,
        installed_at INTEGER NOT NULL
      ) STRICT;
    `);
    return new SqliteInstallationStore(db, cipher);
  }

  async save(i: SlackInstallation): Promise<void> {
    const key = installationKey(i);
    if (!key) throw new Error('an installation needs a team or an enterprise id');
    this.db
      .prepare(
        `INSERT INTO slack_installations (key, team_id, enterprise_id, is_enterprise_install, bot_token, bot_id,
           bot_user_id, refresh_token, expires_at, installed_at)
         VALUES (@key, @team, @enterprise, @org, @token, @botId, @botUserId, @refresh, @expires, @installedAt)
         ON CONFLICT (key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
           is_enterprise_install = excluded.is_enterprise_install, bot_token = excluded.bot_token,
           bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id, refresh_token = excluded.refresh_token,
           expires_at = excluded.expires_at, installed_at = excluded.installed_at`,
      )
      .run({
        key,
        team: i.teamId ?? null,
        enterprise: i.enterpriseId ?? null,
        org: i.isEnterpriseInstall ? 1 : 0,
        token: this.cipher.encrypt(i.botToken, `${key}:bot`),
        botId: i.botId ?? null,
        botUserId: i.botUserId,
        refresh: i.refreshToken ? this.cipher.encrypt(i.refreshToken, `${key}:refresh`) : null,
        expires: i.expiresAt ?? null,
        installedAt: i.installedAt,
      });
  }

  async find(k: InstallationKey): Promise<SlackInstallation | undefined> {
    // A workspace inside an org-wide install has no row of its own: fall back to its enterprise's.
    const keys = [installationKey(k), k.enterpriseId ? `E:${k.enterpriseId}` : undefined].filter(
      (x): x is string => x !== undefined,
    );
    for (const key of keys) {
      const row = this.db.prepare('SELECT * FROM slack_installations WHERE key = ?').get(key) as
        | Row
        | undefined;
      if (row) return this.fromRow(row);
    }
    return undefined;
  }

  async remove(k: InstallationKey, eventTime: number): Promise<boolean> {
    const key = installationKey(k);
    if (!key) return false;
    const r = this.db
      .prepare('DELETE FROM slack_installations WHERE key = ? AND installed_at <= ?')
      .run(key, eventTime);
    return r.changes > 0;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private fromRow(r: Row): SlackInstallation {
    return {
      ...(r.team_id ? { teamId: r.team_id } : {}),
      ...(r.enterprise_id ? { enterpriseId: r.enterprise_id } : {}),
      isEnterpriseInstall: r.is_enterprise_install === 1,
      botToken: this.cipher.decrypt(r.bot_token, `${r.key}:bot`),
      ...(r.bot_id ? { botId: r.bot_id } : {}),
      botUserId: r.bot_user_id,
      ...(r.refresh_token ? { refreshToken: this.cipher.decrypt(r.refresh_token, `${r.key}:refresh`) } : {}),
      ...(r.expires_at !== null ? { expiresAt: r.expires_at } : {}),
      installedAt: r.installed_at,
    };
  }
}
