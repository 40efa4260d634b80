// npm start [-- --db PATH] [-- --port N]: build what is missing, then run Electron if its binary is
// here, or say so in one line and serve the same app in browser mode (scripts/serve.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { flag } from '../core/paths';
import { electronBinary, electronModuleDir } from './electron-binary';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);

function run(cmd: string, cmdArgs: string[]) {
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
  if (existsSync(join(root, 'scripts', 'build-renderer.mjs'))) run(process.execPath, ['scripts/build-renderer.mjs']);
  else if (existsSync(join(root, 'renderer', 'vite.config.ts'))) run('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts']);
  else console.warn('No renderer to build in this checkout: only the API will answer.');
}

const electron = electronBinary(electronModuleDir());
if (electron) {
  const built = ['out/main/main.js', 'out/preload/desk.cjs', 'out/preload/kiosk.cjs'].every((f) => existsSync(join(root, f)));
  if (!built) run('npx', ['electron-vite', 'build']);
  const child = spawn(electron, ['.', ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  const port = flag(args, 'port') ?? process.env.PORT ?? '5177';
  console.log(`Electron is not available on this machine; starting browser mode at http://127.0.0.1:${port}/ instead.`);
  // serve.ts reads the same arguments (--db, --port) from process.argv.
  await import('./serve');
}
