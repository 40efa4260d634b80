// Window hardening. Pure functions plus an installer that takes Electron's objects as arguments,
// so electron/security.test.ts can check every rule with fakes and no Electron binary.
import type { App, Session, WebContents, WebPreferences } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../core/http';
import type { AppEntries } from './entries';

export type WindowRole = 'desk' | 'kiosk';

/** The preload bundle of each role (built by electron-vite into out/preload). */
export const preloadFile = (preloadDir: string, role: WindowRole) => join(preloadDir, `${role}.cjs`);

/**
 * One renderer can do nothing but talk to its own preload: no Node, an OS sandbox, isolated worlds,
 * same-origin rules on, no mixed content, no <webview>.
 */
export function webPreferencesFor(role: WindowRole, preloadDir: string): WebPreferences {
  return {
    preload: preloadFile(preloadDir, role),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/**
 * The same policy as browser mode. The electron-vite dev server needs an inline React refresh
 * preamble and its websocket, so dev (and only dev) loosens exactly those two.
 */
export function contentSecurityPolicy(dev: boolean): string {
  if (!dev) return CONTENT_SECURITY_POLICY;
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    "connect-src 'self' ws://localhost:* ws://127.0.0.1:*",
  );
}

/** Response headers with our CSP in place of whatever the response carried. */
export function withCsp(headers: Record<string, string[]> | undefined, csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() !== 'content-security-policy') out[k] = v;
  out['Content-Security-Policy'] = [csp];
  return out;
}

type Contents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Every webContents may only show our own pages: no navigation away, no pop-ups, no webviews. */
export function hardenContents(contents: Contents, entries: AppEntries): void {
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!entries.isOwn(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => stayHome(event, event.url));
  contents.on('will-frame-navigate', (event) => stayHome(event, event.url));
  contents.on('will-redirect', (event) => stayHome(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No camera, microphone, geolocation, notifications, HID, serial... The desk asks for none. */
export function refusePermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>) {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface SecurityDeps {
  app: Pick<App, 'on'>;
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'>;
  entries: AppEntries;
  dev: boolean;
}

/** Installed once at start-up, before the first window opens. */
export function installSecurity({ app, session, entries, dev }: SecurityDeps): void {
  const csp = contentSecurityPolicy(dev);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, csp) });
  });
  refusePermissions(session);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, entries));
}
