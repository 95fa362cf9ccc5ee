// Per-workspace settings a Slack workspace admin chooses in App Home: for now the default language, used
// when a member's own Slack language is unknown or not one the bot answers in. In the database when there
// is one, so every replica answers alike; in memory for tests and a bot without storage.
import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { Locale } from '../content/types.js';
import { isLocale } from '../core/locale.js';

export interface WorkspaceSettingsStore {
  /** The workspace's chosen default language, or undefined when none was chosen. */
  defaultLocale(teamId: string): Promise<Locale | undefined>;
  /** Chooses the default (null forgets it, so the operator's default applies again). */
  setDefaultLocale(teamId: string, locale: Locale | null, now?: number): Promise<void>;
}

/** A stored value the code no longer knows (a locale dropped later) counts as none. */
const known = (value: string | undefined): Locale | undefined =>
  value !== undefined && isLocale(value) ? value : undefined;

export class MemoryWorkspaceSettings implements WorkspaceSettingsStore {
  private readonly locales = new Map<string, Locale>();

  async defaultLocale(teamId: string): Promise<Locale | undefined> {
    return this.locales.get(teamId);
  }

  async setDefaultLocale(teamId: string, locale: Locale | null): Promise<void> {
    if (locale === null) this.locales.delete(teamId);
    else this.locales.set(teamId, locale);
  }
}

export class SqliteWorkspaceSettings implements WorkspaceSettingsStore {
  constructor(private readonly db: Database.Database) {}

  async defaultLocale(teamId: string): Promise<Locale | undefined> {
    const row = this.db
      .prepare('SELECT default_locale FROM slack_workspace_settings WHERE team_id = ?')
      .get(teamId) as { default_locale: string } | undefined;
    return known(row?.default_locale);
  }

  async setDefaultLocale(teamId: string, locale: Locale | null, now = Date.now()): Promise<void> {
    if (locale === null) {
      this.db.prepare('DELETE FROM slack_workspace_settings WHERE team_id = ?').run(teamId);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO slack_workspace_settings (team_id, default_locale, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (team_id) DO UPDATE SET default_locale = excluded.default_locale, updated_at = excluded.updated_at`,
      )
      .run(teamId, locale, now);
  }
}

export class PostgresWorkspaceSettings implements WorkspaceSettingsStore {
  constructor(private readonly pool: pg.Pool) {}

  async defaultLocale(teamId: string): Promise<Locale | undefined> {
    const { rows } = await this.pool.query<{ default_locale: string }>(
      'SELECT default_locale FROM slack_workspace_settings WHERE team_id = $1',
      [teamId],
    );
    return known(rows[0]?.default_locale);
  }

  async setDefaultLocale(teamId: string, locale: Locale | null, now = Date.now()): Promise<void> {
    if (locale === null) {
      await this.pool.query('DELETE FROM slack_workspace_settings WHERE team_id = $1', [teamId]);
      return;
    }
    await this.pool.query(
      `INSERT INTO slack_workspace_settings (team_id, default_locale, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (team_id) DO UPDATE SET default_locale = EXCLUDED.default_locale, updated_at = EXCLUDED.updated_at`,
      [teamId, locale, now],
    );
  }
}
