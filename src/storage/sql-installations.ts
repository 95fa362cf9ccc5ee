// The installation store over either database. Only the bot token and the refresh token are secret; both
// are sealed with AES-256-GCM bound to the row's id, so a database copy without ENCRYPTION_KEY holds no token.
import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { SecretBox } from './crypto.js';
import {
  type InstallationQuery,
  type InstallationStore,
  installationId,
  type SlackInstallation,
} from './installations.js';

interface InstallationRecord {
  id: string;
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: number | boolean;
  bot_user_id: string;
  bot_id: string | null;
  scopes: string;
  bot_token: Buffer;
  refresh_token: Buffer | null;
  token_expires_at: number | string | null;
  installed_at: number | string;
  last_installed_at: number | string;
  updated_at: number | string;
}

/** Both dialects take the same positional values, in this order. */
const COLUMNS =
  'id, team_id, enterprise_id, is_enterprise_install, bot_user_id, bot_id, scopes, bot_token, refresh_token, token_expires_at, installed_at, last_installed_at, updated_at';
const UPDATE_ON_CONFLICT = `ON CONFLICT (id) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
  is_enterprise_install = excluded.is_enterprise_install, bot_user_id = excluded.bot_user_id, bot_id = excluded.bot_id,
  scopes = excluded.scopes, bot_token = excluded.bot_token, refresh_token = excluded.refresh_token,
  token_expires_at = excluded.token_expires_at, last_installed_at = excluded.last_installed_at,
  updated_at = excluded.updated_at`;

function record(box: SecretBox, i: SlackInstallation, enterpriseFlag: number | boolean): unknown[] {
  const id = installationId(i);
  return [
    id,
    i.teamId,
    i.enterpriseId,
    enterpriseFlag,
    i.botUserId,
    i.botId,
    i.scopes.join(','),
    box.seal(i.botToken, `${id}:bot`),
    i.refreshToken === null ? null : box.seal(i.refreshToken, `${id}:refresh`),
    i.tokenExpiresAt,
    i.installedAt,
    i.lastInstalledAt,
    Date.now(),
  ];
}

function fromRecord(box: SecretBox, r: InstallationRecord): SlackInstallation {
  return {
    teamId: r.team_id,
    enterpriseId: r.enterprise_id,
    isEnterpriseInstall: r.is_enterprise_install === true || r.is_enterprise_install === 1,
    botUserId: r.bot_user_id,
    botId: r.bot_id,
    scopes: r.scopes ? r.scopes.split(',') : [],
    botToken: box.open(r.bot_token, `${r.id}:bot`),
    refreshToken: r.refresh_token ? box.open(r.refresh_token, `${r.id}:refresh`) : null,
    tokenExpiresAt: r.token_expires_at === null ? null : Number(r.token_expires_at),
    installedAt: Number(r.installed_at),
    lastInstalledAt: Number(r.last_installed_at),
  };
}

export class SqliteInstallationStore implements InstallationStore {
  constructor(
    private readonly db: Database.Database,
    private readonly box: SecretBox,
  ) {}

  async save(i: SlackInstallation): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO slack_installations (${COLUMNS}) VALUES (${'?, '.repeat(12)}?) ${UPDATE_ON_CONFLICT}`,
      )
      .run(...record(this.box, i, i.isEnterpriseInstall ? 1 : 0));
  }

  async find(q: InstallationQuery): Promise<SlackInstallation | undefined> {
    const r = this.db
      .prepare<[string], InstallationRecord>('SELECT * FROM slack_installations WHERE id = ?')
      .get(installationId(q));
    return r ? fromRecord(this.box, r) : undefined;
  }

  async remove(q: InstallationQuery, eventTime?: number): Promise<boolean> {
    return (
      this.db
        .prepare('DELETE FROM slack_installations WHERE id = ? AND last_installed_at <= ?')
        .run(installationId(q), eventTime ?? Number.MAX_SAFE_INTEGER).changes === 1
    );
  }
}

export class PostgresInstallationStore implements InstallationStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly box: SecretBox,
  ) {}

  async save(i: SlackInstallation): Promise<void> {
    const params = Array.from({ length: 13 }, (_, n) => `$${n + 1}`).join(', ');
    await this.pool.query(
      `INSERT INTO slack_installations (${COLUMNS}) VALUES (${params}) ${UPDATE_ON_CONFLICT}`,
      record(this.box, i, i.isEnterpriseInstall),
    );
  }

  async find(q: InstallationQuery): Promise<SlackInstallation | undefined> {
    const r = await this.pool.query<InstallationRecord>('SELECT * FROM slack_installations WHERE id = $1', [
      installationId(q),
    ]);
    return r.rows[0] ? fromRecord(this.box, r.rows[0]) : undefined;
  }

  async remove(q: InstallationQuery, eventTime?: number): Promise<boolean> {
    const r = await this.pool.query(
      'DELETE FROM slack_installations WHERE id = $1 AND last_installed_at <= $2',
      [installationId(q), eventTime ?? Number.MAX_SAFE_INTEGER],
    );
    return r.rowCount === 1;
  }
}
