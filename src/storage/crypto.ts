// Keys derived from ENCRYPTION_KEY: one per purpose (HKDF-SHA256, each with its own label), so the key that
// hashes confirmations can never decrypt a token and neither is ever written to the database.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** The HKDF info labels. Changing one changes the derived key: existing hashes or tokens stop matching. */
export const KEY_LABEL = {
  tally: 'linkedin-optout-bot/tally-hmac/v1',
  tokens: 'linkedin-optout-bot/workspace-tokens/v1',
} as const;

export type KeyPurpose = keyof typeof KEY_LABEL;

/** 32 bytes written as 64 hex characters or as base64 (standard or url-safe); undefined when it is neither. */
export function parseEncryptionKey(text: string): Buffer | undefined {
  const v = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(v)) return Buffer.from(v, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(v)) {
    const bytes = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length === 32) return bytes;
  }
  return undefined;
}

export function deriveKey(master: Buffer, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), KEY_LABEL[purpose], 32));
}

/** Format version of a sealed value; the first byte, so a later scheme can be told apart. */
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptError extends Error {
  constructor(reason: string) {
    super(`cannot decrypt a stored secret: ${reason}`);
    this.name = 'DecryptError';
  }
}

/**
 * AES-256-GCM with a fresh random nonce per value. `context` (for example the installation's id) is bound as
 * associated data, so a sealed token copied onto another row does not decrypt there.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(master: Buffer) {
    this.key = deriveKey(master, 'tokens');
  }

  seal(plaintext: string, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  open(sealed: Buffer, context: string): string {
    if (sealed.length < 1 + IV_BYTES + TAG_BYTES) throw new DecryptError('too short');
    if (sealed[0] !== VERSION) throw new DecryptError(`unknown format ${sealed[0]}`);
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([
        decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new DecryptError('wrong ENCRYPTION_KEY or altered data');
    }
  }
}
