// Builds the renderer (desk, kiosk, print pages) into out/renderer.
// `--if-missing` skips the build when one is already there (npm run serve on a built checkout).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const configFile = fileURLToPath(new URL('../renderer/vite.config.ts', import.meta.url));

if (process.argv.includes('--if-missing') && existsSync(`${root}/out/renderer/index.html`)) {
  process.exit(0);
}
await build({ configFile, logLevel: 'warn' });
console.log('renderer built: out/renderer');
