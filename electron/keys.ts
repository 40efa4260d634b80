import type { SafeStorage } from 'electron';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadOrCreateKeyFile } from '../core/secrets';

export interface SealedKeyOptions {
  /** userData/front-desk.key.sealed: the key encrypted by the OS keystore (DPAPI, Keychain, libsecret). */
  sealedPath: string;
  /** The 0600 key file browser mode keeps beside the database. */
  plainKeyPath: string;
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;
  log(message: string): void;
}

/**
 * The 32-byte key for personal fields. Sealed with safeStorage where the OS offers it; a key file
 * left by browser mode on the same data is adopted so what it encrypted stays readable.
 */
export function loadOrCreateSealedKey({ sealedPath, plainKeyPath, safeStorage, log }: SealedKeyOptions): Buffer {
  const sealed = existsSync(sealedPath);
  if (!safeStorage.isEncryptionAvailable()) {
    // A fresh key here would make every ID number sealed so far unreadable: stop instead.
    if (sealed) throw new Error(`${sealedPath} needs the OS keystore, which is not available now`);
    log(`OS keystore not available: keeping the data key in ${plainKeyPath} (owner-only file)`);
    return loadOrCreateKeyFile(plainKeyPath);
  }
  if (sealed) {
    const key = Buffer.from(safeStorage.decryptString(readFileSync(sealedPath)), 'base64');
    if (key.length !== 32) throw new Error(`${sealedPath} is damaged`);
    return key;
  }
  const adopt = existsSync(plainKeyPath);
  const key = adopt ? loadOrCreateKeyFile(plainKeyPath) : randomBytes(32);
  if (adopt) log(`Sealed the data key from ${plainKeyPath} with the OS keystore; browser mode still reads that file`);
  mkdirSync(dirname(sealedPath), { recursive: true });
  // Written aside then renamed, so a power cut never leaves half a key behind.
  const tmp = `${sealedPath}.tmp`;
  writeFileSync(tmp, safeStorage.encryptString(key.toString('base64')), { mode: 0o600 });
  renameSync(tmp, sealedPath);
  return key;
}
