import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { v7 as uuidv7 } from 'uuid';
import * as schema from './schema';

export type Orm = BetterSQLite3Database<typeof schema>;

export interface DeviceInfo {
  siteCode: string;
  letter: string;
  clientId: string;
}

export interface Db {
  sqlite: Database.Database;
  orm: Orm;
  path: string;
  device: DeviceInfo;
  /** The desk's clock: every write's wall time and HLC come from it (tests move it by hand). */
  clock: () => number;
  close(): void;
}

export interface OpenOptions {
  /** Site code and device letter used when this database is new. */
  site?: { code: string; name: string; timeZone?: string };
  deviceLetter?: string;
  /** Where the drizzle-kit migrations are; defaults to db/migrations beside this file. */
  migrationsFolder?: string;
  /** For Electron: the better-sqlite3 build made for Electron's ABI. */
  nativeBinding?: string;
  readonly?: boolean;
  clock?: () => number;
}

export function defaultMigrationsFolder(): string {
  return process.env.FRONTDESK_MIGRATIONS ?? join(dirname(fileURLToPath(import.meta.url)), 'migrations');
}

/** Pragmas every connection needs: a desk PC loses power, so every commit is fsynced. */
export function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

export function openDb(path: string, opts: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, { nativeBinding: opts.nativeBinding });
  applyPragmas(sqlite);
  const orm = drizzle(sqlite, { schema });
  migrate(orm, { migrationsFolder: opts.migrationsFolder ?? defaultMigrationsFolder() });
  const device = ensureDevice(sqlite, opts);
  return { sqlite, orm, path, device, clock: opts.clock ?? Date.now, close: () => sqlite.close() };
}

function ensureDevice(sqlite: Database.Database, opts: OpenOptions): DeviceInfo {
  const row = sqlite
    .prepare('SELECT site_code AS siteCode, letter, client_id AS clientId FROM device WHERE id = 1')
    .get() as DeviceInfo | undefined;
  if (row) return row;
  const site = opts.site ?? { code: 'FD', name: '前台' };
  const info: DeviceInfo = { siteCode: site.code, letter: opts.deviceLetter ?? 'A', clientId: uuidv7() };
  sqlite.transaction(() => {
    sqlite
      .prepare('INSERT OR IGNORE INTO sites (code, name, time_zone) VALUES (?, ?, ?)')
      .run(site.code, site.name, site.timeZone ?? 'Asia/Shanghai');
    sqlite
      .prepare('INSERT INTO device (id, site_code, letter, client_id, created_at) VALUES (1, ?, ?, ?, ?)')
      .run(info.siteCode, info.letter, info.clientId, Date.now());
  }).immediate();
  return info;
}
