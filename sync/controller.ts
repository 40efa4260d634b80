import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { SyncEngine } from './engine';
import { SyncRunner, type RunnerStatus } from './runner';
import { fetchTransport } from './transport';
import type { WorkerConfig } from './worker';

export interface SyncHandle {
  /** 'worker': a worker_thread with its own connection; 'inline': slices on the main loop (in-memory db, or no worker build). */
  mode: 'worker' | 'inline';
  status(): RunnerStatus | null;
  wake(): void;
  stop(): Promise<void>;
}

export interface StartOptions extends WorkerConfig {
  /** The desk's own connection, used only when no worker can run. */
  sqlite: Database.Database;
  onStatus?: (s: RunnerStatus) => void;
  onPulled?: (rows: number) => void;
  /** Force inline mode (tests). */
  inline?: boolean;
}

/** Where the worker's entry is: the .ts source under tsx/vitest, a built .js beside this file otherwise. */
function workerEntry(): string | URL | null {
  const ts = new URL('./worker.ts', import.meta.url);
  if (import.meta.url.endsWith('.ts') && existsSync(ts)) {
    // Under tsx/vitest the worker must register tsx itself: --import flags do not reach worker threads on Node 20.
    const api = import.meta.resolve('tsx/esm/api');
    return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(ts.href)}); })`;
  }
  const js = new URL('./sync-worker.js', import.meta.url);
  return existsSync(js) ? js : null;
}

export function startSync(o: StartOptions): SyncHandle {
  let last: RunnerStatus | null = null;
  const onStatus = (s: RunnerStatus) => {
    last = s;
    o.onStatus?.(s);
  };
  const entry = o.inline || o.dbPath === ':memory:' ? null : workerEntry();
  if (entry) {
    const { sqlite: _s, onStatus: _o, onPulled: _p, inline: _i, ...config } = o;
    const worker = new Worker(entry, { workerData: config satisfies WorkerConfig, eval: typeof entry === 'string' });
    worker.on('message', (m: { type: string; status?: RunnerStatus; pulled?: number }) => {
      if (m.type === 'status') onStatus(m.status!);
      if (m.type === 'pass' && m.pulled) o.onPulled?.(m.pulled);
    });
    worker.on('error', (e) => onStatus({ ...(last ?? emptyStatus()), online: false, lastError: `sync worker: ${e.message}` }));
    return {
      mode: 'worker',
      status: () => last,
      wake: () => worker.postMessage({ type: 'wake' }),
      stop: () =>
        new Promise((resolve) => {
          const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 5000);
          worker.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          worker.postMessage({ type: 'stop' });
        }),
    };
  }
  const engine = new SyncEngine({ sqlite: o.sqlite, clientId: o.clientId, transport: fetchTransport(o.hubUrl, o.token), pullLimit: o.pullLimit ?? 500 });
  const runner = new SyncRunner({ engine, onStatus, onPass: (r) => r.pulled && o.onPulled?.(r.pulled) });
  const done = runner.run();
  return { mode: 'inline', status: () => last, wake: () => runner.wake(), stop: () => (runner.stop(), done) };
}

export function emptyStatus(): RunnerStatus {
  return { online: false, pending: 0, oldestPendingAgeMs: null, lastSuccessAt: null, lastError: null, refused: false };
}
