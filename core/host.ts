import { join } from 'node:path';
import { openDb, type Db, type OpenOptions } from '../db/open';
import { createCore, type Core } from './core';
import { jobs } from './jobs';
import { createSecrets, loadOrCreateKeyFile, type Secrets } from './secrets';
import { rememberNativeBinding, startSyncFor, stopSyncFor } from './sync/service';

export interface HostOptions extends OpenOptions {
  dbPath: string;
  version?: string;
  clock?: () => number;
  /** Electron passes a safeStorage-sealed key; browser mode uses a 0600 key file beside the database. */
  secrets?: Secrets;
  /** Start the housekeeping timers (off in tests that drive jobs themselves). */
  runJobs?: boolean;
  lanKiosks?: boolean;
}

export interface Host {
  db: Db;
  core: Core;
  close(): void;
}

/** What both the Electron main process and browser mode run: the store, the core and its jobs. */
export function startHost(opts: HostOptions): Host {
  const db = openDb(opts.dbPath, opts);
  const dataDir = opts.dbPath === ':memory:' ? null : join(opts.dbPath, '..');
  const secrets = opts.secrets ?? (dataDir ? createSecrets(loadOrCreateKeyFile(join(dataDir, 'front-desk.key'))) : undefined);
  const core = createCore({ db, clock: opts.clock, version: opts.version, dataDir, secrets, lanKiosks: opts.lanKiosks });
  const timers: NodeJS.Timeout[] = [];
  if (opts.runJobs !== false) {
    for (const job of jobs) {
      const run = () =>
        Promise.resolve()
          .then(() => job.run(core))
          .catch((err) => console.error(`[job ${job.name}]`, err));
      void run();
      timers.push(setInterval(run, job.everyMs).unref());
    }
  }
  // A desk connected to a hub starts syncing at once (tests that drive sync themselves pass runJobs: false).
  rememberNativeBinding(db, opts.nativeBinding);
  if (opts.runJobs !== false) startSyncFor(core);
  return {
    db,
    core,
    close() {
      timers.forEach(clearInterval);
      void stopSyncFor(core);
      db.close();
    },
  };
}
