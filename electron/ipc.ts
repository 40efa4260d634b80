import { BrowserWindow, ipcMain, webContents, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/core';
import type { Answer } from '../core/errors';
import { t, type Locale } from '../core/i18n';
import { getSetting } from '../core/settings/store';
import { DESK_EVENTS, type InvokeOrigin, type IpcRouter } from './ipc-core';
import { printRequest, printViewUrl } from './print-request';
import { printToPdf, printUrl, savePdf } from './print';
import { openPrintWindow, type WindowDeps } from './windows';

/** Where an IPC call came from, as Electron (not the renderer) reports it. */
function originOf(e: IpcMainInvokeEvent): InvokeOrigin {
  const frame = e.senderFrame;
  const main = e.sender.mainFrame;
  return {
    senderId: e.sender.id,
    mainFrame: !!frame && frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId,
    frameUrl: frame?.url ?? '',
  };
}

export interface IpcDeps {
  core: Core;
  router: IpcRouter;
  windows: WindowDeps;
  locale(): Locale;
  /** A kiosk window's PIN was accepted: let it go. */
  releaseKiosk(contentsId: number): void;
}

/** Handlers never throw across IPC: a failure is an `internal` answer, like over HTTP. */
function guarded(locale: () => Locale, fn: (e: IpcMainInvokeEvent, ...args: unknown[]) => Promise<Answer>) {
  return async (e: IpcMainInvokeEvent, ...args: unknown[]): Promise<Answer> => {
    try {
      return await fn(e, ...args);
    } catch (err) {
      console.error('[ipc]', err);
      return { ok: false, error: { code: 'internal', message: t(locale(), 'error.internal') } };
    }
  };
}

export function installIpc({ core, router, windows, locale, releaseKiosk }: IpcDeps): void {
  ipcMain.handle(
    'invoke',
    guarded(locale, (e, name, input) => router.invoke(originOf(e), name, input)),
  );

  ipcMain.handle(
    'exit-kiosk',
    guarded(locale, async (e, staffId, pin) => {
      const answer = await router.exitKiosk(originOf(e), staffId, pin);
      if (answer.ok) releaseKiosk(e.sender.id);
      return answer;
    }),
  );

  ipcMain.handle(
    'print',
    guarded(locale, async (e, raw) => {
      if (!router.mayPrint(originOf(e))) return { ok: false, error: { code: 'forbidden', message: t(locale(), 'error.forbidden') } };
      const parsed = printRequest.safeParse(raw);
      if (!parsed.success) return { ok: false, error: { code: 'invalid', message: t(locale(), 'error.invalid') } };
      const req = parsed.data;
      const win = openPrintWindow(windows, e.sender.id);
      try {
        const url = printViewUrl(windows.entries, req);
        if (req.pdf) {
          const path = await savePdf(BrowserWindow.fromWebContents(e.sender), await printToPdf(win, url), `${req.view}.pdf`);
          return { ok: true, value: path ? { saved: path } : { canceled: true } };
        }
        await printUrl(win, url, { printer: getSetting(core.db, `printer.${req.template}`), silent: !req.dialog });
        return { ok: true, value: { printed: true } };
      } finally {
        win.destroy();
      }
    }),
  );

  // The printers this PC knows, for the printer settings. Names only: nothing else leaves main.
  ipcMain.handle(
    'printers',
    guarded(locale, async (e) => {
      if (!router.mayPrint(originOf(e))) return { ok: false, error: { code: 'forbidden', message: t(locale(), 'error.forbidden') } };
      const list = await e.sender.getPrintersAsync();
      return { ok: true, value: list.map((p) => ({ name: p.name, displayName: p.displayName || p.name })) };
    }),
  );

  // Only signed-in desk windows hear core events; payloads are sent as plain JSON.
  for (const event of DESK_EVENTS) {
    core.on(event, (payload) => {
      const data = JSON.parse(JSON.stringify(payload ?? null)) as unknown;
      for (const id of router.eventTargets()) webContents.fromId(id)?.send('event', event, data);
    });
  }
}
