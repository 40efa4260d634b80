import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The suite needs a built renderer; `npm run test:e2e` builds it first, a bare vitest run builds it if missing. */
export default function setup() {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build-renderer.mjs', '--if-missing'], { cwd: root, stdio: 'inherit' });
}
