import { describe, expect, it } from 'vitest';
import { DecryptError, deriveKey, parseEncryptionKey, SecretBox } from '../../src/storage/crypto.js';

const KEY = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');

describe('ENCRYPTION_KEY', () => {
  it('reads 32 bytes as hex or base64 (standard or url-safe), and nothing else', () => {
    expect(parseEncryptionKey(KEY.toString('hex'))?.equals(KEY)).toBe(true);
    expect(parseEncryptionKey(KEY.toString('hex').toUpperCase())?.equals(KEY)).toBe(true);
    expect(parseEncryptionKey(KEY.toString('base64'))?.equals(KEY)).toBe(true);
    expect(parseEncryptionKey(KEY.toString('base64url'))?.equals(KEY)).toBe(true);
    for (const bad of [
      '',
      'short',
      KEY.subarray(0, 16).toString('hex'),
      Buffer.alloc(33).toString('base64'),
      `${KEY.toString('hex')}00`,
    ]) {
      expect(parseEncryptionKey(bad), bad).toBeUndefined();
    }
  });

  it('derives a different key for each purpose, none equal to the master key', () => {
    const tally = deriveKey(KEY, 'tally');
    const tokens = deriveKey(KEY, 'tokens');
    expect(tally).toHaveLength(32);
    expect(tally.equals(tokens)).toBe(false);
    expect(tally.equals(KEY) || tokens.equals(KEY)).toBe(false);
    expect(deriveKey(KEY, 'tally').equals(tally)).toBe(true);
  });
});

describe('SecretBox (AES-256-GCM)', () => {
  const box = new SecretBox(KEY);

  it('round-trips, with a fresh nonce each time and no plaintext in the sealed bytes', () => {
    const a = box.seal('xoxb-secret-token', 'T:T1:bot');
    const b = box.seal('xoxb-secret-token', 'T:T1:bot');
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('xoxb-secret-token'))).toBe(false);
    expect(box.open(a, 'T:T1:bot')).toBe('xoxb-secret-token');
  });

  it('refuses another key, another context, or altered bytes', () => {
    const sealed = box.seal('xoxb-secret-token', 'T:T1:bot');
    expect(() => new SecretBox(Buffer.alloc(32, 1)).open(sealed, 'T:T1:bot')).toThrow(DecryptError);
    expect(() => box.open(sealed, 'T:T2:bot')).toThrow(DecryptError);
    const altered = Buffer.from(sealed);
    altered[altered.length - 1]! ^= 1;
    expect(() => box.open(altered, 'T:T1:bot')).toThrow(DecryptError);
    expect(() => box.open(sealed.subarray(0, 10), 'T:T1:bot')).toThrow(/too short/);
  });
});
