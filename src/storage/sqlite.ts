// Opens the SQLite file (the embedded default: a fresh clone needs no server) and brings it up to date.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { newerSchema, SQLITE_MIGRATIONS } from './migrations.js';
import { StoreOpenError } from './open-error.js';
import { checkStoredKey, planTallyKey, STORED_TALLY_KEY } from './tally-key.js';

export interface SqliteDatabase {
  db: Database.Database;
  /** The key for confirmation hashes (derived from ENCRYPTION_KEY, or the stored one). */
  tallyKey: Buffer;
}

function reason(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && err.code === 'SQLITE_READONLY')
    return 'the file or its directory is read-only';
  return err instanceof Error ? err.message : String(err);
}

/** Opens (creating the directory and file when missing) and migrates; throws StoreOpenError with the reason. */
export function openSqlite(path: string, encryptionKey?: Buffer): SqliteDatabase {
  const memory = path === ':memory:';
  let db: Database.Database | undefined;
  try {
    if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
    db = new Database(path);
    db.pragma('busy_timeout = 5000');
    if (!memory) db.pragma('journal_mode = WAL');
    // WAL makes NORMAL durable across application crashes; only a power cut can lose the last commits.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Deleted rows (a tally key being retired) are overwritten, not left in free pages of a copied file.
    db.pragma('secure_delete = ON');
    const tallyKey = migrate(db, encryptionKey);
    // The WAL may still hold the page with a retired key: fold it into the main file and empty it.
    if (!memory) db.pragma('wal_checkpoint(TRUNCATE)');
    return { db, tallyKey };
  } catch (err) {
    db?.close();
    throw new StoreOpenError(path, reason(err));
  }
}

function migrate(db: Database.Database, encryptionKey: Buffer | undefined): Buffer {
  // A write lock first: it fails at once on a read-only file instead of at the first confirmation, and two
  // processes opening one file at once migrate it once.
  return db
    .transaction(() => {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > SQLITE_MIGRATIONS.length) throw new Error(newerSchema(version));
      for (let v = version; v < SQLITE_MIGRATIONS.length; v++) db.exec(SQLITE_MIGRATIONS[v] as string);
      if (version !== SQLITE_MIGRATIONS.length) db.pragma(`user_version = ${SQLITE_MIGRATIONS.length}`);
      const read = () =>
        db.prepare<[string], { value: Buffer }>('SELECT value FROM meta WHERE key = ?').get(STORED_TALLY_KEY)
          ?.value;
      const plan = planTallyKey(encryptionKey, read() !== undefined);
      if (plan.kind === 'derived') {
        if (plan.forgetStored) {
          db.prepare('DELETE FROM meta WHERE key = ?').run(STORED_TALLY_KEY);
          db.exec('DELETE FROM confirmations');
        }
        return plan.key;
      }
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING').run(
        STORED_TALLY_KEY,
        plan.candidate,
      );
      return checkStoredKey(read());
    })
    .immediate();
}
