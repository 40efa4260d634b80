// Browser mode: the desk at http://127.0.0.1:<port>/, the kiosk at /kiosk.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { startHost } from '../core/host';
import { createHttpServer } from '../core/http';
import { flag, resolveDbPath } from '../core/paths';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const port = Number(flag(args, 'port') ?? process.env.PORT ?? 5177);
// Loopback by default; --host 0.0.0.0 lets paired LAN kiosks in (desk procedures still answer only on loopback).
const hostname = flag(args, 'host') ?? '127.0.0.1';
const dbPath = resolveDbPath(flag(args, 'db'));
const staticDir = join(import.meta.dirname, '..', 'out', 'renderer');

const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
const loopback = hostname === 'localhost' || hostname.startsWith('127.') || hostname === '::1';
const host = startHost({ dbPath, version, lanKiosks: !loopback });
const server = createHttpServer({ core: host.core, staticDir: existsSync(staticDir) ? staticDir : null });
server.listen(port, hostname, () => {
  const addr = server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  console.log(`Front Desk (browser mode): desk http://${hostname}:${actual}/  kiosk http://${hostname}:${actual}/kiosk`);
  console.log(`Database: ${dbPath}`);
});

function shutdown() {
  server.close();
  host.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
