// Workspace tokens at rest: AES-256-GCM under a key derived from ENCRYPTION_KEY with HKDF, so the raw
// operator key is never used directly and other features can derive their own keys from it. Each value gets
// a fresh 12-byte nonce; the stored form is "v1.<nonce>.<ciphertext>.<tag>" (base64url), and the row key is
// bound in as associated data, so a ciphertext copied onto another workspace's row does not decrypt.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const HKDF_INFO = 'slack-installation-tokens v1';
const VERSION = 'v1';

export class TokenCipher {
  private readonly key: Buffer;

  constructor(encryptionKey: Buffer) {
    if (encryptionKey.length !== 32) throw new Error('ENCRYPTION_KEY must be 32 bytes');
    this.key = Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), HKDF_INFO, 32));
  }

  encrypt(plain: string, boundTo: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(Buffer.from(boundTo, 'utf8'));
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, nonce, data, cipher.getAuthTag()]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  /** Throws when the value was not written with this key for this row. */
  decrypt(stored: string, boundTo: string): string {
    const [version, nonce, data, tag] = stored.split('.');
    if (version !== VERSION || !nonce || data === undefined || !tag) throw new Error('unknown token format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(nonce, 'base64url'));
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }
}
