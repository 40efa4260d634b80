import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The three renderer pages: the desk, the kiosk and the (hidden) print window. */
export type Page = 'index' | 'kiosk' | 'print';
const PAGES: readonly Page[] = ['index', 'kiosk', 'print'];

export interface AppEntries {
  /** The URL a window of this page loads (file:// in a build, the electron-vite dev server in dev). */
  url(page: Page, query?: Record<string, string>): string;
  /** Is this one of our own pages? Anything else is refused as a navigation or redirect target. */
  isOwn(url: string): boolean;
}

/**
 * Where the renderer lives. `devUrl` is electron-vite's ELECTRON_RENDERER_URL in dev; otherwise the
 * built pages in `rendererDir` (out/renderer) are loaded from disk.
 */
export function appEntries(opts: { rendererDir: string; devUrl?: string }): AppEntries {
  const dev = opts.devUrl ? new URL(opts.devUrl) : null;
  const files = new Set(PAGES.map((p) => resolve(opts.rendererDir, `${p}.html`)));

  return {
    url(page, query) {
      const u = dev ? new URL(`/${page}.html`, dev) : pathToFileURL(join(opts.rendererDir, `${page}.html`));
      for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
      return u.toString();
    },
    isOwn(raw) {
      let u: URL;
      try {
        u = new URL(raw);
      } catch {
        return false;
      }
      if (dev) {
        const path = u.pathname === '/' ? '/index.html' : u.pathname;
        return u.origin === dev.origin && PAGES.some((p) => path === `/${p}.html`);
      }
      if (u.protocol !== 'file:' || u.host !== '') return false;
      return files.has(resolve(fileURLToPath(u)));
    },
  };
}
