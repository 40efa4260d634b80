import { ipcRenderer } from 'electron';
import { exposeFrontDesk } from './expose';

exposeFrontDesk(() => true, {
  /** Print a view of print.html on the template's printer, or save it as PDF (see electron/print-request.ts). */
  print: (req: unknown) => ipcRenderer.invoke('print', req),
  /** The printers this PC knows, for the printer settings. */
  printers: () => ipcRenderer.invoke('printers'),
});
