// Builds better-sqlite3 for Electron's ABI into .native/electron/better_sqlite3.node, beside (not
// instead of) the Node build in node_modules that the tests use. Electron main passes this file to
// openDb as `nativeBinding`; electron-builder ships it as resources/native/better_sqlite3.node.
//
// NEEDS THE NETWORK: it first asks prebuild-install for better-sqlite3's prebuilt Electron binary
// (GitHub releases), else compiles with node-gyp against Electron's headers (electronjs.org). Offline,
// give it headers you have: --nodedir PATH (an extracted node-v<electron>-headers tarball).
//
//   node scripts/rebuild-native-electron.mjs [--arch x64|arm64] [--nodedir PATH] [--dry-run]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(join(root, 'package.json'));
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dryRun = process.argv.includes('--dry-run');
const electron = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const arch = arg('arch') ?? process.arch;
const nodedir = arg('nodedir');
const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = join(root, '.native', 'build', 'better-sqlite3');
const target = join(root, '.native', 'electron', 'better_sqlite3.node');

// This machine's npm config points node-gyp at Node's own headers (nodedir); for Electron that
// would silently build the wrong ABI, so npm's settings are kept out of the child processes.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_config_')));

function step(title, file, args) {
  console.log(`${title}: ${[file, ...args].join(' ')}`);
  if (dryRun) return false;
  return spawnSync(process.execPath, [file, ...args], { cwd: work, env, stdio: 'inherit' }).status === 0;
}

console.log(`better-sqlite3 for Electron ${electron} (${arch}) -> ${target}`);
if (!dryRun) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const part of ['package.json', 'binding.gyp', 'src', 'deps', 'lib']) cpSync(join(source, part), join(work, part), { recursive: true });
}

const prebuilt =
  !nodedir &&
  step('prebuilt binary', require.resolve('prebuild-install/bin.js'), ['--runtime', 'electron', '--target', electron, '--arch', arch, '--verbose']);
const built =
  prebuilt ||
  step('compile', require.resolve('node-gyp/bin/node-gyp.js'), [
    'rebuild',
    '--release',
    `--target=${electron}`,
    `--arch=${arch}`,
    ...(nodedir ? [`--nodedir=${nodedir}`] : ['--dist-url=https://electronjs.org/headers']),
  ]);

if (dryRun) process.exit(0);
const output = join(work, 'build', 'Release', 'better_sqlite3.node');
if (!built || !existsSync(output)) {
  console.error('Could not get better-sqlite3 for Electron: this needs the network (or --nodedir with Electron headers).');
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
cpSync(output, target);
writeFileSync(join(dirname(target), 'VERSION'), `electron ${electron} ${process.platform}-${arch}\n`);
rmSync(join(root, '.native', 'build'), { recursive: true, force: true });
console.log(`Done: ${target}`);
