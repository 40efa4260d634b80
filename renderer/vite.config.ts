import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Three pages (desk, kiosk, print) built once into out/renderer. base './' because Electron loads the
// pages from file://, and browser mode serves the same files from the HTTP host.
export default defineConfig({
  root: here('.'),
  base: './',
  plugins: [react()],
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
