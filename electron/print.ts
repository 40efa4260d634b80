import { BrowserWindow, dialog } from 'electron';
import { writeFileSync } from 'node:fs';

/** How long a print view may take to fetch its data and fonts before the job is given up. */
const READY_TIMEOUT_MS = 15_000;

/**
 * Load a print view in `win` and wait until it says it is ready: print views set `data-print-ready`
 * on an element once their data is in, and the bundled CJK font must have loaded, or slips print
 * with boxes or half empty.
 */
async function loadPrintView(win: BrowserWindow, url: string): Promise<void> {
  await win.loadURL(url);
  const ready = await win.webContents.executeJavaScript(
    `new Promise((resolve) => {
      const until = Date.now() + ${READY_TIMEOUT_MS};
      const check = () => {
        if (document.querySelector('[data-print-ready]')) return document.fonts.ready.then(() => resolve(true));
        if (Date.now() > until) return resolve(false);
        setTimeout(check, 50);
      };
      check();
    })`,
  );
  if (!ready) throw new Error(`print view did not get ready: ${url}`);
}

/** Print a view; `printer` '' means the system default. Silent unless the staff asked for the dialog. */
export async function printUrl(win: BrowserWindow, url: string, opts: { printer: string; silent: boolean }): Promise<void> {
  await loadPrintView(win, url);
  await new Promise<void>((resolve, reject) => {
    win.webContents.print({ silent: opts.silent, deviceName: opts.printer || undefined, printBackground: true }, (ok, reason) =>
      ok ? resolve() : reject(new Error(reason)),
    );
  });
}

/** Render a view to PDF with its own @page size. */
export async function printToPdf(win: BrowserWindow, url: string): Promise<Buffer> {
  await loadPrintView(win, url);
  return win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
}

/** Ask where to save a PDF; returns the path written, or null when the staff cancelled. */
export async function savePdf(parent: BrowserWindow | null, pdf: Buffer, name: string): Promise<string | null> {
  const opts = { defaultPath: name, filters: [{ name: 'PDF', extensions: ['pdf'] }] };
  const choice = parent ? await dialog.showSaveDialog(parent, opts) : await dialog.showSaveDialog(opts);
  if (choice.canceled || !choice.filePath) return null;
  writeFileSync(choice.filePath, pdf);
  return choice.filePath;
}
