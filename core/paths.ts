import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** The OS app-data folder for Front Desk (the same one Electron's app.getPath('userData') gives). */
export function appDataDir(): string {
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Front Desk');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Front Desk');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Front Desk');
}

/** --db PATH, else FRONTDESK_DB, else the app-data folder. */
export function resolveDbPath(flag?: string): string {
  return flag ?? process.env.FRONTDESK_DB ?? join(appDataDir(), 'front-desk.db');
}

export const dataDirOf = (dbPath: string) => dirname(dbPath);

/** Minimal `--name value` flag reader for the CLIs. */
export function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}
