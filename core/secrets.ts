import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const SEALED = 'v1:';

/** Whether a stored value was written by Secrets.encrypt (rather than left in clear by an older version). */
export const isSealed = (stored: string) => stored.startsWith(SEALED);

/** AES-256-GCM for personal fields at rest. The key never sits in the database. */
export interface Secrets {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /**
   * A blind index: HMAC-SHA256 of a normalised value under a key derived from the secret key, so a
   * column can be looked up by equality (a visitor's phone) without holding the value in clear.
   */
  blindIndex(value: string): string;
}

export function createSecrets(key: Buffer): Secrets {
  if (key.length !== 32) throw new Error('secret key must be 32 bytes');
  // A separate key for the index (HKDF), so the index never reveals anything about the cipher key.
  const indexKey = Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), 'front-desk blind index v1', 32));
  return {
    blindIndex(value) {
      return createHmac('sha256', indexKey).update(value, 'utf8').digest('base64url').slice(0, 32);
    },
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${SEALED}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(sealed) {
      if (!isSealed(sealed)) throw new Error('unknown sealed format');
      const raw = Buffer.from(sealed.slice(SEALED.length), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/**
 * Browser mode keeps the key in a file readable only by its owner (0600) beside the database.
 * Electron keeps it sealed with safeStorage instead (electron/keys.ts).
 */
export function loadOrCreateKeyFile(path: string): Buffer {
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length === 32) return key;
    throw new Error(`key file ${path} is damaged`);
  }
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, key.toString('base64'), { mode: 0o600 });
  chmodSync(path, 0o600);
  return key;
}
