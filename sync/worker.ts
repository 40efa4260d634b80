// The sync worker thread: its own better-sqlite3 connection, so pulling and applying pages never
// blocks the desk's main thread. Started by sync/controller.ts.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { applyPragmas } from '../db/open';
import { SyncEngine } from './engine';
import { SyncRunner } from './runner';
import { fetchTransport } from './transport';

export interface WorkerConfig {
  dbPath: string;
  hubUrl: string;
  token: string;
  clientId: string;
  nativeBinding?: string;
  pullLimit?: number;
}

const cfg = workerData as WorkerConfig;
const sqlite = new Database(cfg.dbPath, { nativeBinding: cfg.nativeBinding });
applyPragmas(sqlite);
const engine = new SyncEngine({ sqlite, clientId: cfg.clientId, transport: fetchTransport(cfg.hubUrl, cfg.token), pullLimit: cfg.pullLimit });
const runner = new SyncRunner({
  engine,
  onStatus: (status) => parentPort!.postMessage({ type: 'status', status }),
  onPass: (r) => parentPort!.postMessage({ type: 'pass', ...r }),
});

// A commit by another connection (the desk) bumps data_version: wake when the outbox has work.
let version = sqlite.pragma('data_version', { simple: true });
const watch = setInterval(() => {
  const v = sqlite.pragma('data_version', { simple: true });
  if (v === version) return;
  version = v;
  if (sqlite.prepare('SELECT 1 FROM outbox LIMIT 1').get()) runner.wake();
}, 500);

parentPort!.on('message', (m: { type: string }) => {
  if (m.type === 'wake') runner.wake();
  if (m.type === 'stop') {
    clearInterval(watch);
    runner.stop();
  }
});

await runner.run();
clearInterval(watch);
sqlite.close();
parentPort!.close();
