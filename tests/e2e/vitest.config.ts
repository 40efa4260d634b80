import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// End-to-end: the real host + HTTP server in-process on a temp database, the built renderer, and
// Debian's Chromium. Where no Chromium exists the suite skips with one line instead of failing.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM_PATH)) {
  console.log(`e2e skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(0);
}

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    env: { CHROMIUM_PATH },
    // Generous: a loaded CI machine can be ten times slower than a quiet one; a hang still fails.
    testTimeout: 180_000,
    hookTimeout: 90_000,
    // One browser at a time: the machines are small and screenshots must not fight for the CPU.
    fileParallelism: false,
    maxWorkers: 1,
  },
});
