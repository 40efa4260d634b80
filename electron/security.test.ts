// The Electron security rules, checked without the Electron binary: fake app/session/webContents
// objects record the handlers installSecurity puts on them, and the test calls those handlers.
import { describe, expect, it } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../core/http';
import { appEntries } from './entries';
import { installSecurity, webPreferencesFor } from './security';

type Handler = (...args: any[]) => any;

function fakes(dev = false) {
  const appHandlers: Record<string, Handler> = {};
  const sessionHandlers: Record<string, Handler> = {};
  const app = { on: (name: string, fn: Handler) => (appHandlers[name] = fn) } as unknown as App;
  const session = {
    setPermissionRequestHandler: (fn: Handler) => (sessionHandlers.request = fn),
    setPermissionCheckHandler: (fn: Handler) => (sessionHandlers.check = fn),
    webRequest: { onHeadersReceived: (fn: Handler) => (sessionHandlers.headers = fn) },
  } as unknown as Session;
  const rendererDir = join('/opt/front-desk/out/renderer');
  const entries = appEntries({ rendererDir, devUrl: dev ? 'http://localhost:5173/' : undefined });
  installSecurity({ app, session, entries, dev });

  /** A new webContents as Electron would announce it; returns its recorded handlers. */
  function newContents() {
    const on: Record<string, Handler> = {};
    let openHandler: Handler | undefined;
    const contents = {
      on: (name: string, fn: Handler) => (on[name] = fn),
      setWindowOpenHandler: (fn: Handler) => (openHandler = fn),
    } as unknown as WebContents;
    appHandlers['web-contents-created']!({}, contents);
    const fire = (name: string, url: string) => {
      let prevented = false;
      on[name]!({ url, preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    return { fire, open: (url: string) => openHandler!({ url }), has: (name: string) => name in on };
  }
  const headersFor = (responseHeaders: Record<string, string[]>) => {
    let out: { responseHeaders?: Record<string, string[]> } = {};
    sessionHandlers.headers!({ url: entries.url('index'), responseHeaders }, (r: typeof out) => (out = r));
    return out.responseHeaders!;
  };
  return { sessionHandlers, newContents, headersFor, entries, rendererDir };
}

describe('webPreferencesFor', () => {
  it.each(['desk', 'kiosk'] as const)('locks the %s window down and gives it its own preload', (role) => {
    const prefs = webPreferencesFor(role, '/app/out/preload');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(prefs.preload).toBe(join('/app/out/preload', `${role}.cjs`));
  });

  it('never hands the kiosk the desk preload', () => {
    expect(webPreferencesFor('kiosk', '/p').preload).not.toBe(webPreferencesFor('desk', '/p').preload);
  });
});

describe('installSecurity', () => {
  it('puts the browser-mode CSP on every response, replacing any other', () => {
    const { headersFor } = fakes();
    const headers = headersFor({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('loosens the CSP in dev only for the dev server preamble and its websocket', () => {
    const csp = fakes(true).headersFor({})['Content-Security-Policy']![0]!;
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).toContain('ws://localhost:*');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("object-src 'none'");
  });

  it('refuses every permission request and check', () => {
    const { sessionHandlers } = fakes();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial']) {
      let granted: boolean | undefined;
      sessionHandlers.request!({}, permission, (g: boolean) => (granted = g), {});
      expect(granted, permission).toBe(false);
      expect(sessionHandlers.check!({}, permission, 'file://', {}), permission).toBe(false);
    }
  });

  it('stops every webContents from navigating or redirecting away from our pages', () => {
    const { newContents, entries } = fakes();
    const c = newContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(c.fire(event, 'https://evil.example/'), event).toBe(true);
      expect(c.fire(event, 'file:///etc/passwd'), event).toBe(true);
      expect(c.fire(event, 'javascript:alert(1)'), event).toBe(true);
      expect(c.fire(event, entries.url('index')), event).toBe(false);
      expect(c.fire(event, entries.url('kiosk', { pair: '123456' })), event).toBe(false);
    }
  });

  it('denies window.open and <webview>', () => {
    const c = fakes().newContents();
    expect(c.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(c.open('about:blank')).toEqual({ action: 'deny' });
    expect(c.fire('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('allows in dev only the dev server pages, not other origins or paths', () => {
    const { newContents, entries } = fakes(true);
    const c = newContents();
    expect(c.fire('will-navigate', entries.url('kiosk'))).toBe(false);
    expect(c.fire('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(c.fire('will-navigate', 'http://localhost:5174/index.html')).toBe(true);
    expect(c.fire('will-navigate', 'http://localhost:5173/@fs/etc/passwd')).toBe(true);
  });
});

describe('appEntries', () => {
  const dir = '/opt/front-desk/out/renderer';
  const e = appEntries({ rendererDir: dir });

  it('loads the built pages from disk', () => {
    expect(e.url('index')).toBe(pathToFileURL(join(dir, 'index.html')).toString());
    expect(e.url('print', { view: 'badge', id: 'a b' })).toContain('print.html?view=badge&id=a+b');
  });

  it('counts only the three entry pages as ours, with any query or hash', () => {
    expect(e.isOwn(`${e.url('index')}#/visits`)).toBe(true);
    expect(e.isOwn(pathToFileURL(join(dir, 'assets', 'index.js')).toString())).toBe(false);
    expect(e.isOwn(`file://${dir}/../renderer/../../secret/index.html`)).toBe(false);
    expect(e.isOwn(`file://${dir}/../renderer/kiosk.html`)).toBe(true);
    expect(e.isOwn(`file://evil-host${dir}/index.html`)).toBe(false);
    expect(e.isOwn('not a url')).toBe(false);
  });
});

describe('the pages and the windows (source checks: no Electron binary needed)', () => {
  const read = (rel: string) => readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8');
  const directives = (csp: string) => csp.split(';').map((d) => d.trim()).filter(Boolean);

  it.each(['index', 'kiosk', 'print'])('%s.html carries the CSP in a meta tag, for file:// where there is no header', (page) => {
    const html = read(`../renderer/${page}.html`);
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
    expect(meta, `${page}.html has no CSP meta tag`).not.toBeNull();
    // The same policy as the header, less frame-ancestors, which browsers ignore in a meta tag.
    expect(directives(meta![1]!)).toEqual(directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors')));
    // It must come before any script, or scripts before it run unguarded.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('creates every BrowserWindow with the locked-down webPreferences of a window role', () => {
    const src = read('./windows.ts');
    const windows = src.match(/new BrowserWindow\(\{[\s\S]*?\}\);/g) ?? [];
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) expect(w, w.slice(0, 80)).toMatch(/webPreferences:\s*webPreferencesFor\('(desk|kiosk)'/);
    const all = readdirSync(fileURLToPath(new URL('.', import.meta.url)), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    for (const f of all) if (f !== 'windows.ts') expect(read(`./${f}`), f).not.toMatch(/new BrowserWindow\(|new BrowserView\(|new WebContentsView\(/);
  });

  it('gives the pages only the contextBridge API: never ipcRenderer, require or process', () => {
    for (const f of ['desk.ts', 'kiosk.ts', 'expose.ts']) {
      const src = read(`./preload/${f}`);
      expect(src, f).not.toMatch(/exposeInMainWorld\([^)]*\b(ipcRenderer|require|process)\b\s*[,)]/);
      expect(src, f).not.toMatch(/window\.(ipcRenderer|require|process)\s*=/);
    }
  });
});
