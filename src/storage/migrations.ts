// Versioned schema for both dialects. Each entry moves a database one version up and is never edited once
// released: a change is a new entry. SQLite records its version in `PRAGMA user_version`, PostgreSQL in
// `schema_migrations`. Both hold the same tables with the same columns.

export const SQLITE_MIGRATIONS: readonly string[] = [
  // 1: reminders, their confirmations (keyed hashes only) and the meta table for the stored tally key.
  `
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value BLOB NOT NULL
  ) STRICT;
  CREATE TABLE reminders (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL CHECK (platform IN ('discord', 'slack')),
    workspace_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    message_id TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'pinned')),
    content_version TEXT NOT NULL,
    schedule TEXT NOT NULL CHECK (schedule IN ('off', 'weekly', 'monthly')),
    pinned_at INTEGER,
    next_post_at INTEGER,
    confirmations INTEGER NOT NULL DEFAULT 0,
    claimed_until INTEGER,
    created_at INTEGER NOT NULL,
    UNIQUE (platform, workspace_id, channel_id)
  ) STRICT;
  CREATE INDEX reminders_due ON reminders (next_post_at) WHERE next_post_at IS NOT NULL;
  CREATE TABLE confirmations (
    reminder_id INTEGER NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
    user_hash BLOB NOT NULL,
    PRIMARY KEY (reminder_id, user_hash)
  ) STRICT, WITHOUT ROWID;
  `,
  // 2: Slack workspaces installed through OAuth; tokens sealed with a key derived from ENCRYPTION_KEY.
  `
  CREATE TABLE slack_installations (
    id TEXT PRIMARY KEY,
    team_id TEXT,
    enterprise_id TEXT,
    is_enterprise_install INTEGER NOT NULL CHECK (is_enterprise_install IN (0, 1)),
    bot_user_id TEXT NOT NULL,
    bot_id TEXT,
    scopes TEXT NOT NULL,
    bot_token BLOB NOT NULL,
    refresh_token BLOB,
    token_expires_at INTEGER,
    installed_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  ) STRICT;
  `,
  // 3: when each workspace last (re)installed, so a late uninstall event cannot remove a newer install; and
  // the OAuth states already used, so each is accepted once across every replica.
  `
  ALTER TABLE slack_installations ADD COLUMN last_installed_at INTEGER NOT NULL DEFAULT 0;
  UPDATE slack_installations SET last_installed_at = updated_at;
  CREATE TABLE slack_oauth_states (
    nonce TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  ) STRICT;
  `,
  // 4: each reminder keeps the language it was pinned in; reminders from before are English.
  `
  ALTER TABLE reminders ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';
  `,
  // 5: the default language a Slack workspace admin chose in App Home (src/storage/workspace-settings.ts).
  `
  CREATE TABLE slack_workspace_settings (
    team_id TEXT PRIMARY KEY,
    default_locale TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  ) STRICT;
  `,
];

export const POSTGRES_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value BYTEA NOT NULL
  );
  CREATE TABLE reminders (
    id BIGSERIAL PRIMARY KEY,
    platform TEXT NOT NULL CHECK (platform IN ('discord', 'slack')),
    workspace_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    message_id TEXT,
    state TEXT NOT NULL CHECK (state IN ('pending', 'pinned')),
    content_version TEXT NOT NULL,
    schedule TEXT NOT NULL CHECK (schedule IN ('off', 'weekly', 'monthly')),
    pinned_at BIGINT,
    next_post_at BIGINT,
    confirmations INTEGER NOT NULL DEFAULT 0,
    claimed_until BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (platform, workspace_id, channel_id)
  );
  CREATE INDEX reminders_due ON reminders (next_post_at) WHERE next_post_at IS NOT NULL;
  CREATE TABLE confirmations (
    reminder_id BIGINT NOT NULL REFERENCES reminders (id) ON DELETE CASCADE,
    user_hash BYTEA NOT NULL,
    PRIMARY KEY (reminder_id, user_hash)
  );
  `,
  `
  CREATE TABLE slack_installations (
    id TEXT PRIMARY KEY,
    team_id TEXT,
    enterprise_id TEXT,
    is_enterprise_install BOOLEAN NOT NULL,
    bot_user_id TEXT NOT NULL,
    bot_id TEXT,
    scopes TEXT NOT NULL,
    bot_token BYTEA NOT NULL,
    refresh_token BYTEA,
    token_expires_at BIGINT,
    installed_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
  );
  `,
  `
  ALTER TABLE slack_installations ADD COLUMN last_installed_at BIGINT NOT NULL DEFAULT 0;
  UPDATE slack_installations SET last_installed_at = updated_at;
  CREATE TABLE slack_oauth_states (
    nonce TEXT PRIMARY KEY,
    expires_at BIGINT NOT NULL
  );
  `,
  `
  ALTER TABLE reminders ADD COLUMN locale TEXT NOT NULL DEFAULT 'en';
  `,
  `
  CREATE TABLE slack_workspace_settings (
    team_id TEXT PRIMARY KEY,
    default_locale TEXT NOT NULL,
    updated_at BIGINT NOT NULL
  );
  `,
];

export const SCHEMA_VERSION = SQLITE_MIGRATIONS.length;

export function newerSchema(found: number): string {
  return `it was written by a newer version of this bot (schema ${found}, this one knows ${SCHEMA_VERSION})`;
}
