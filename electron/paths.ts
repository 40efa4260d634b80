import { dirname, join } from 'node:path';
import { flag } from '../core/paths';

export interface LaunchPaths {
  dbPath: string;
  migrationsFolder: string;
  /** better-sqlite3 built for Electron's ABI; undefined when absent (then better-sqlite3's own build is tried). */
  nativeBinding: string | undefined;
  sealedKeyPath: string;
  plainKeyPath: string;
}

export interface LaunchFacts {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  /** app.getPath('userData') */
  userData: string;
  /** app.isPackaged, process.resourcesPath, app.getAppPath() */
  packaged: boolean;
  resourcesPath: string;
  appPath: string;
  exists(path: string): boolean;
}

/**
 * Where the desktop app finds its data and its parts. In a package, electron-builder puts the
 * migrations and the Electron build of better-sqlite3 in resources/ (build/electron-builder.yml);
 * in a checkout they are db/migrations and .native/electron/ (scripts/rebuild-native-electron.mjs).
 */
export function launchPaths(f: LaunchFacts): LaunchPaths {
  const dbPath = flag(f.argv, 'db') ?? f.env.FRONTDESK_DB ?? join(f.userData, 'front-desk.db');
  const base = (packaged: string, checkout: string) => (f.packaged ? join(f.resourcesPath, packaged) : join(f.appPath, checkout));
  const native = f.env.FRONTDESK_NATIVE_BINDING ?? base('native/better_sqlite3.node', '.native/electron/better_sqlite3.node');
  return {
    dbPath,
    migrationsFolder: f.env.FRONTDESK_MIGRATIONS ?? base('migrations', 'db/migrations'),
    nativeBinding: f.exists(native) ? native : undefined,
    sealedKeyPath: join(f.userData, 'front-desk.key.sealed'),
    // The same file browser mode uses (core/host.ts), so the two modes can share one database.
    plainKeyPath: join(dirname(dbPath), 'front-desk.key'),
  };
}
