import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary, electronModuleDir } from './electron-binary';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'frontdesk-electron-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('electronBinary', () => {
  it('finds nothing in a package installed without its binary (as on this machine)', () => {
    expect(electronBinary(dir, {})).toBeNull();
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(electronBinary(dir, {})).toBeNull();
  });

  it('finds the binary the package downloaded', () => {
    writeFileSync(join(dir, 'path.txt'), 'electron');
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(electronBinary(dir, {})).toBe(join(dir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, like electron itself', () => {
    const custom = join(dir, 'custom');
    mkdirSync(custom);
    expect(electronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: custom })).toBeNull();
    writeFileSync(join(custom, 'electron'), '');
    expect(electronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: custom })).toBe(join(custom, 'electron'));
  });

  it('locates the installed electron package', () => {
    expect(electronModuleDir()).toMatch(/node_modules[\\/]electron$/);
  });
});
