// The desktop app: one instance, the store opened through the same host as browser mode, the desk
// window, and the kiosk window on the display chosen in the device settings.
import { app, BrowserWindow, dialog, powerMonitor, safeStorage, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHost, type Host } from '../core/host';
import { createSecrets } from '../core/secrets';
import { getSetting } from '../core/settings/store';
import { syncHandle } from '../core/sync/service';
import { appEntries } from './entries';
import { createIpcRouter } from './ipc-core';
import { installIpc } from './ipc';
import { loadOrCreateSealedKey } from './keys';
import { launchPaths } from './paths';
import { installSecurity } from './security';
import { openDeskWindow, openKioskWindow, type WindowDeps } from './windows';

// out/main/main.js -> out/preload, out/renderer
const outDir = join(fileURLToPath(new URL('.', import.meta.url)), '..');

app.enableSandbox();

let desk: BrowserWindow | null = null;
const kiosks = new Map<number, { win: BrowserWindow; release(): void }>();
let host: Host | null = null;

function openHost(): Host {
  const paths = launchPaths({
    argv: process.argv,
    env: process.env,
    userData: app.getPath('userData'),
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    exists: existsSync,
  });
  const key = loadOrCreateSealedKey({
    sealedPath: paths.sealedKeyPath,
    plainKeyPath: paths.plainKeyPath,
    safeStorage,
    log: (m) => console.warn(`[keys] ${m}`),
  });
  if (!paths.nativeBinding) console.warn('[db] no Electron build of better-sqlite3 found; run: node scripts/rebuild-native-electron.mjs');
  return startHost({
    dbPath: paths.dbPath,
    migrationsFolder: paths.migrationsFolder,
    nativeBinding: paths.nativeBinding,
    secrets: createSecrets(key),
    version: app.getVersion(),
  });
}

function start() {
  try {
    host = openHost();
  } catch (err) {
    dialog.showErrorBox('前台助手 Front Desk', `无法打开数据库 / Cannot open the database:\n${(err as Error).message}`);
    app.exit(1);
    return;
  }
  const core = host.core;
  const db = host.db;
  // Back from sleep the network is usually back too: sync now rather than wait out the backoff.
  powerMonitor.on('resume', () => syncHandle(core.services)?.wake());
  const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const entries = appEntries({ rendererDir: join(outDir, 'renderer'), devUrl });
  installSecurity({ app, session: session.defaultSession, entries, dev: !!devUrl });

  const locale = () => getSetting(db, 'locale');
  const router = createIpcRouter({ core, isOwn: entries.isOwn, locale });
  const windows: WindowDeps = { entries, preloadDir: join(outDir, 'preload'), ipc: router };
  installIpc({
    core,
    router,
    windows,
    locale,
    releaseKiosk(id) {
      const kiosk = kiosks.get(id);
      if (!kiosk) return;
      kiosk.release();
      kiosk.win.setKiosk(false);
      kiosk.win.close();
    },
  });

  desk = openDeskWindow(windows);
  desk.on('closed', () => {
    desk = null;
    app.quit();
  });
  const display = getSetting(db, 'kioskDisplay');
  if (display >= 0) {
    const kiosk = openKioskWindow(windows, display);
    if (kiosk) {
      const id = kiosk.win.webContents.id;
      kiosks.set(id, kiosk);
      kiosk.win.on('closed', () => kiosks.delete(id));
    }
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch (a double-click on the shortcut) brings the running desk to the front.
  app.on('second-instance', () => {
    if (!desk) return;
    if (desk.isMinimized()) desk.restore();
    desk.show();
    desk.focus();
  });
  app.on('before-quit', () => kiosks.forEach((k) => k.release()));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    host?.close();
    host = null;
  });
  void app.whenReady().then(start);
}
