// One call opens the configured database: PostgreSQL when DATABASE_URL is set (replicas share it), otherwise
// the SQLite file at DATABASE_PATH. Either way the schema is migrated before anything else starts.
import type { ReminderStore } from '../reminders/store.js';
import { SecretBox } from './crypto.js';
import type { InstallationStore } from './installations.js';
import { PostgresUsedStates, SqliteUsedStates, type UsedStates } from './oauth-states.js';
import { openPostgres } from './postgres.js';
import { PostgresReminderStore } from './postgres-reminders.js';
import { PostgresInstallationStore, SqliteInstallationStore } from './sql-installations.js';
import { openSqlite } from './sqlite.js';
import { SqliteReminderStore } from './sqlite-reminders.js';
import {
  PostgresWorkspaceSettings,
  SqliteWorkspaceSettings,
  type WorkspaceSettingsStore,
} from './workspace-settings.js';

export { StoreOpenError } from './open-error.js';

export interface StorageOptions {
  /** SQLite file (or `:memory:`); used when `databaseUrl` is not set. */
  databasePath: string;
  /** postgres://… */
  databaseUrl?: string;
  /** The 32 bytes of ENCRYPTION_KEY. */
  encryptionKey?: Buffer;
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** Told when an idle PostgreSQL connection fails (the pool replaces it). */
  log?: { warn(obj: object, msg: string): void };
}

export interface Storage {
  dialect: 'sqlite' | 'postgres';
  reminders: ReminderStore;
  /** Only with ENCRYPTION_KEY: workspace tokens are never stored unencrypted. */
  installations?: InstallationStore;
  /** The Slack OAuth states already accepted (single use across replicas). */
  oauthStates: UsedStates;
  /** What a Slack workspace admin chose in App Home (the default language). */
  workspaceSettings: WorkspaceSettingsStore;
  /** The key for confirmation hashes; derived from ENCRYPTION_KEY when set, never written when derived. */
  tallyKey: Buffer;
  close(): Promise<void>;
}

export async function openStorage(opts: StorageOptions): Promise<Storage> {
  const box = opts.encryptionKey ? new SecretBox(opts.encryptionKey) : undefined;
  if (opts.databaseUrl) {
    const { pool, tallyKey } = await openPostgres(opts.databaseUrl, opts.encryptionKey, {
      ...(opts.poolSize ? { max: opts.poolSize } : {}),
      onIdleError: (err) =>
        opts.log?.warn({ err }, 'an idle database connection failed; the pool replaces it'),
    });
    let closed: Promise<void> | undefined;
    return {
      dialect: 'postgres',
      reminders: new PostgresReminderStore(pool),
      ...(box ? { installations: new PostgresInstallationStore(pool, box) } : {}),
      oauthStates: new PostgresUsedStates(pool),
      workspaceSettings: new PostgresWorkspaceSettings(pool),
      tallyKey,
      close: () => {
        closed ??= pool.end();
        return closed;
      },
    };
  }
  const { db, tallyKey } = openSqlite(opts.databasePath, opts.encryptionKey);
  return {
    dialect: 'sqlite',
    reminders: new SqliteReminderStore(db),
    ...(box ? { installations: new SqliteInstallationStore(db, box) } : {}),
    oauthStates: new SqliteUsedStates(db),
    workspaceSettings: new SqliteWorkspaceSettings(db),
    tallyKey,
    close: async () => {
      if (db.open) db.close();
    },
  };
}
