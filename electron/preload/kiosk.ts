import { ipcRenderer } from 'electron';
import { exposeFrontDesk } from './expose';

// The kiosk procedures of core/router.ts, written in at build time by electron.vite.config.ts.
const kioskProcedures = new Set<string>(__KIOSK_PROCEDURES__);

exposeFrontDesk((name) => kioskProcedures.has(name), {
  /** Leave kiosk mode: main checks the PIN of a reception or supervisor staff member. */
  exitKiosk: (staffId: string, pin: string) => ipcRenderer.invoke('exit-kiosk', staffId, pin),
});
