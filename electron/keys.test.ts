import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateKeyFile } from '../core/secrets';
import { loadOrCreateSealedKey, type SealedKeyOptions } from './keys';

/** The OS keystore is the edge: a fake that really transforms the bytes and can be switched off. */
function fakeSafeStorage(available = true): SealedKeyOptions['safeStorage'] {
  const mask = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s: string) => Buffer.concat([Buffer.from('SEALED'), mask(Buffer.from(s, 'utf8'))]),
    decryptString: (b: Buffer) => {
      if (b.subarray(0, 6).toString() !== 'SEALED') throw new Error('Error while decrypting the ciphertext');
      return mask(b.subarray(6)).toString('utf8');
    },
  };
}

let dir: string;
let logs: string[];
const opts = (available = true): SealedKeyOptions => ({
  sealedPath: join(dir, 'userData', 'front-desk.key.sealed'),
  plainKeyPath: join(dir, 'front-desk.key'),
  safeStorage: fakeSafeStorage(available),
  log: (m) => logs.push(m),
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontdesk-keys-'));
  logs = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadOrCreateSealedKey', () => {
  it('creates a sealed key that only the keystore can read, and gives the same key back next start', () => {
    const key = loadOrCreateSealedKey(opts());
    expect(key).toHaveLength(32);
    const sealed = readFileSync(opts().sealedPath);
    expect(sealed.includes(Buffer.from(key.toString('base64')))).toBe(false);
    if (process.platform !== 'win32') expect(statSync(opts().sealedPath).mode & 0o777).toBe(0o600);
    expect(existsSync(opts().plainKeyPath)).toBe(false);
    expect(loadOrCreateSealedKey(opts()).equals(key)).toBe(true);
  });

  it('adopts the key browser mode left beside the database', () => {
    const browserKey = loadOrCreateKeyFile(opts().plainKeyPath);
    expect(loadOrCreateSealedKey(opts()).equals(browserKey)).toBe(true);
    expect(loadOrCreateSealedKey(opts()).equals(browserKey)).toBe(true);
    expect(logs).toHaveLength(1);
  });

  it('falls back to the owner-only key file when the keystore is missing, and says so', () => {
    const key = loadOrCreateSealedKey(opts(false));
    expect(key.equals(loadOrCreateKeyFile(opts().plainKeyPath))).toBe(true);
    expect(logs.join('\n')).toMatch(/keystore not available/);
    expect(existsSync(opts().sealedPath)).toBe(false);
  });

  it('refuses to start with a new key when a sealed key exists but the keystore is gone', () => {
    loadOrCreateSealedKey(opts());
    expect(() => loadOrCreateSealedKey(opts(false))).toThrow(/keystore/);
    expect(existsSync(opts().plainKeyPath)).toBe(false);
  });

  it('refuses a damaged sealed key', () => {
    loadOrCreateSealedKey(opts());
    writeFileSync(opts().sealedPath, fakeSafeStorage().encryptString('c2hvcnQ='));
    expect(() => loadOrCreateSealedKey(opts())).toThrow(/damaged/);
  });
});
