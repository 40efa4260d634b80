// electron-vite: the main process, the two sandboxed preloads, and the renderer as configured in
// renderer/vite.config.ts (the same build browser mode serves). None of it needs the Electron binary.
import { defineConfig, type RendererViteConfig, type UserConfig } from 'electron-vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfigFromFile } from 'vite';
import { kioskProcedureNames } from './electron/kiosk-procedures';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const rendererConfigFile = here('renderer/vite.config.ts');

export default defineConfig(async (env): Promise<UserConfig> => {
  const renderer = existsSync(rendererConfigFile)
    ? ((await loadConfigFromFile(env, rendererConfigFile, here('renderer'), 'warn'))?.config as RendererViteConfig)
    : undefined;
  return {
    main: {
      build: {
        outDir: here('out/main'),
        // Everything is bundled except better-sqlite3: its native part is loaded from the Electron
        // build given to openDb as `nativeBinding` (scripts/rebuild-native-electron.mjs).
        externalizeDeps: false,
        rolldownOptions: {
          // The sync worker is its own entry: sync/controller.ts looks for sync-worker.js beside main.js.
          input: { main: here('electron/main.ts'), 'sync-worker': here('sync/worker.ts') },
          external: ['better-sqlite3'],
        },
      },
    },
    preload: {
      // Main checks every call; this list only keeps the kiosk preload from offering desk procedures.
      define: { __KIOSK_PROCEDURES__: JSON.stringify(kioskProcedureNames()) },
      build: {
        outDir: here('out/preload'),
        // Sandboxed preloads are plain scripts: one self-contained CommonJS file per window role.
        isolatedEntries: true,
        externalizeDeps: false,
        rolldownOptions: {
          input: { desk: here('electron/preload/desk.ts'), kiosk: here('electron/preload/kiosk.ts') },
          output: { format: 'cjs', entryFileNames: '[name].cjs' },
        },
      },
    },
    renderer,
  };
});
