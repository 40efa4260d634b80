import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** node_modules/electron, found the way Node would resolve it from this project. */
export const electronModuleDir = () => dirname(createRequire(import.meta.url).resolve('electron/package.json'));

/**
 * The Electron executable if it is really on disk, else null. Mirrors electron's own index.js
 * (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) without its habit of trying to download the
 * binary when it is missing, which on an offline machine only hangs and fails.
 */
export function electronBinary(moduleDir: string, env: Record<string, string | undefined> = process.env): string | null {
  const pathFile = join(moduleDir, 'path.txt');
  const exe = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const full = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, exe || 'electron')
    : exe
      ? join(moduleDir, 'dist', exe)
      : null;
  return full && existsSync(full) ? full : null;
}
