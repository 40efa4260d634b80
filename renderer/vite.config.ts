import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The pages carry our CSP as a meta tag. The dev server (and only it) needs React refresh's inline
 * preamble and its websocket, so in dev the tag is loosened exactly as electron/security.ts does.
 */
const devCsp: Plugin = {
  name: 'front-desk-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*"),
};

// Three pages (desk, kiosk, print) built once into out/renderer. base './' because Electron loads the
// pages from file://, and browser mode serves the same files from the HTTP host.
export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react(), devCsp],
  build: {
    outDir: here('../out/renderer'),
    emptyOutDir: true,
    // The CJK font is split into many small unicode-range files; a warning per chunk helps nobody.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        index: here('index.html'),
        kiosk: here('kiosk.html'),
        print: here('print.html'),
      },
      // Shared chunks would otherwise be named after whichever module the bundler saw first.
      output: { chunkFileNames: 'assets/shared-[hash].js' },
    },
  },
});
