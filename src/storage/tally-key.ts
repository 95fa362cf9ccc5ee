// The key for confirmation hashes. With ENCRYPTION_KEY it is derived (HKDF, its own label) and never stored;
// without it a random key is generated once and kept in the `meta` table, as before.
//
// When ENCRYPTION_KEY is added to a database that already holds a stored key, the stored key is deleted
// together with the old member hashes (which nobody could match without that key), while each reminder's
// count stays. A member who confirmed before the switch and clicks again is counted once more; see the
// README's "Accuracy and privacy".
import { randomBytes } from 'node:crypto';
import { deriveKey } from './crypto.js';

export const STORED_TALLY_KEY = 'hmac_secret';

/** What opening the database should do with the tally key; each dialect carries it out in its migration lock. */
export type TallyKeyPlan =
  | { kind: 'derived'; key: Buffer; forgetStored: boolean }
  | { kind: 'stored'; candidate: Buffer };

export function planTallyKey(encryptionKey: Buffer | undefined, hasStored: boolean): TallyKeyPlan {
  if (encryptionKey)
    return { kind: 'derived', key: deriveKey(encryptionKey, 'tally'), forgetStored: hasStored };
  return { kind: 'stored', candidate: randomBytes(32) };
}

export function checkStoredKey(value: Buffer | undefined): Buffer {
  if (!value || value.length < 32) throw new Error('the stored tally key is missing or too short');
  return value;
}
