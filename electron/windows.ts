import { BrowserWindow, screen } from 'electron';
import type { AppEntries } from './entries';
import type { IpcRouter } from './ipc-core';
import { webPreferencesFor, type WindowRole } from './security';

export interface WindowDeps {
  entries: AppEntries;
  preloadDir: string;
  ipc: IpcRouter;
  icon?: string;
}

/** Tell the IPC router which role this window's webContents has, for as long as it lives. */
function attach(win: BrowserWindow, ipc: IpcRouter, role: WindowRole, sessionOf?: number) {
  const id = win.webContents.id;
  ipc.attach(id, role, { sessionOf });
  win.webContents.once('destroyed', () => ipc.detach(id));
}

/** The receptionist's window: 1366x768 is the smallest desk screen the layout is made for. */
export function openDeskWindow(deps: WindowDeps): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1280,
    minHeight: 720,
    show: false,
    title: '前台助手 Front Desk',
    icon: deps.icon,
    autoHideMenuBar: true,
    webPreferences: webPreferencesFor('desk', deps.preloadDir),
  });
  attach(win, deps.ipc, 'desk');
  win.once('ready-to-show', () => win.show());
  // A crashed renderer comes back by itself; typed forms are kept by the renderer's drafts.
  win.webContents.on('render-process-gone', (_e, details) => {
    if (details.reason !== 'clean-exit' && !win.isDestroyed()) void win.loadURL(deps.entries.url('index'));
  });
  void win.loadURL(deps.entries.url('index'));
  return win;
}

/**
 * The visitor touchscreen: full-screen kiosk mode on the chosen display. Closing it (Alt+F4 too)
 * is refused until `release()` is called after a staff PIN, or the app quits.
 */
export function openKioskWindow(deps: WindowDeps, displayIndex: number): { win: BrowserWindow; release(): void } | null {
  const display = screen.getAllDisplays()[displayIndex];
  if (!display) {
    console.warn(`[kiosk] display ${displayIndex} not found; no kiosk window opened`);
    return null;
  }
  const { x, y, width, height } = display.bounds;
  const win = new BrowserWindow({
    x,
    y,
    width,
    height,
    kiosk: true,
    fullscreen: true,
    frame: false,
    show: false,
    title: '前台助手 Kiosk',
    icon: deps.icon,
    webPreferences: webPreferencesFor('kiosk', deps.preloadDir),
  });
  win.setMenu(null);
  attach(win, deps.ipc, 'kiosk');
  let released = false;
  win.on('close', (e) => {
    if (!released) e.preventDefault();
  });
  win.webContents.on('render-process-gone', (_e, details) => {
    if (details.reason !== 'clean-exit' && !win.isDestroyed()) void win.loadURL(deps.entries.url('kiosk'));
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(deps.entries.url('kiosk'));
  return {
    win,
    release() {
      released = true;
    },
  };
}

/** A hidden window that renders one print view with the session of the desk that asked. */
export function openPrintWindow(deps: WindowDeps, deskContentsId: number): BrowserWindow {
  const win = new BrowserWindow({ show: false, width: 800, height: 1100, webPreferences: webPreferencesFor('desk', deps.preloadDir) });
  attach(win, deps.ipc, 'desk', deskContentsId);
  return win;
}
