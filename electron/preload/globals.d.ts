/** Defined by electron.vite.config.ts from core/router.ts (electron/kiosk-procedures.ts). */
declare const __KIOSK_PROCEDURES__: string[];
