// npm test: typecheck, lint, unit + integration tests, then end-to-end in Chromium.
// Ends with one summary line "Tests: N passed, N failed" counted over every suite.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'artifacts', 'test-reports');
mkdirSync(reports, { recursive: true });
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let passed = 0;
let failed = 0;
let broken = false;

function step(title, cmd, args) {
  console.log(`\n=== ${title} ===`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  if (r.status !== 0) broken = true;
  return r.status === 0;
}

function vitest(title, config, file) {
  const out = join(reports, file);
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  if (config) args.push('--config', config);
  const ok = step(title, 'npx', args);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    if (r.numTotalTests === 0) broken = true;
  } else {
    broken = true;
  }
  return ok;
}

step('typecheck', 'npx', ['tsc', '-b']);
step('lint (includes the import boundaries)', 'npx', ['eslint', '.']);
vitest('unit and integration tests', null, 'unit.json');
if (existsSync(chromium)) {
  if (step('build the renderer', 'node', ['scripts/build-renderer.mjs'])) {
    vitest('end-to-end tests in Chromium', 'tests/e2e/vitest.config.ts', 'e2e.json');
  }
} else {
  console.log(`\nSkipping end-to-end tests: no Chromium at ${chromium} (install Debian's chromium, or set CHROMIUM_PATH).`);
}

console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
