import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/open';
import { isSealed } from '../secrets';
import { startSync, type SyncHandle } from '../../sync/controller';
import type { CoreServices } from '../procedure';

/**
 * The desk's side of sync: where the hub URL and device token live, and the running worker.
 * The token sits in a 0600 file beside the database, sealed with the data key: under Electron
 * that key is itself sealed by the OS keystore, so a copied data folder does not carry a usable
 * token. An in-memory desk (tests) keeps it in memory only.
 */
interface Running {
  handle: SyncHandle;
}
const running = new WeakMap<CoreServices, Running>();
const memoryTokens = new WeakMap<Db, string>();
/** Electron's better-sqlite3 build, remembered from the host so a later sync.connect starts the worker with it. */
const nativeBindings = new WeakMap<Db, string>();
export function rememberNativeBinding(db: Db, path: string | undefined) {
  if (path) nativeBindings.set(db, path);
}

export interface SyncConfig {
  hubUrl: string;
  deviceId: string;
  site: string;
}

const tokenFile = (dataDir: string) => join(dataDir, 'sync-token');

export function readConfig(db: Db): SyncConfig | null {
  const rows = db.sqlite.prepare("SELECT key, value FROM sync_state WHERE key IN ('hub_url', 'device_id', 'hub_site')").all() as {
    key: string;
    value: string;
  }[];
  const m = new Map(rows.map((r) => [r.key, r.value]));
  const hubUrl = m.get('hub_url');
  return hubUrl ? { hubUrl, deviceId: m.get('device_id') ?? '', site: m.get('hub_site') ?? '' } : null;
}

export function saveConnection(db: Db, services: CoreServices, cfg: SyncConfig, token: string) {
  if (services.dataDir) {
    mkdirSync(services.dataDir, { recursive: true });
    writeToken(services, token);
  } else memoryTokens.set(db, token);
  const put = db.sqlite.prepare('INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  db.sqlite.transaction(() => {
    put.run('hub_url', cfg.hubUrl);
    put.run('device_id', cfg.deviceId);
    put.run('hub_site', cfg.site);
  })();
}

function writeToken(services: CoreServices, token: string) {
  const f = tokenFile(services.dataDir!);
  writeFileSync(f, services.secrets.encrypt(token), { mode: 0o600 });
  chmodSync(f, 0o600);
}

export function readToken(db: Db, services: CoreServices): string | null {
  if (!services.dataDir) return memoryTokens.get(db) ?? null;
  const f = tokenFile(services.dataDir);
  if (!existsSync(f)) return null;
  const stored = readFileSync(f, 'utf8').trim();
  if (isSealed(stored)) return services.secrets.decrypt(stored);
  // A token written in clear by an earlier version: seal it now rather than ask for a new enrolment.
  writeToken(services, stored);
  return stored;
}

/** Start the worker when this desk is connected to a hub. Safe to call again. */
export function startSyncFor(core: { db: Db; services: CoreServices }, opts: { nativeBinding?: string } = {}): SyncHandle | null {
  const { db, services } = core;
  const existing = running.get(services);
  if (existing) return existing.handle;
  const cfg = readConfig(db);
  const token = cfg && readToken(db, services);
  if (!cfg || !token) return null;
  const handle = startSync({
    sqlite: db.sqlite,
    dbPath: db.path,
    hubUrl: cfg.hubUrl,
    token,
    clientId: db.device.clientId,
    nativeBinding: opts.nativeBinding ?? nativeBindings.get(db),
    onStatus: () => services.events.emit('sync-status'),
    onPulled: () => services.events.emit('data-changed', { source: 'sync' }),
  });
  running.set(services, { handle });
  services.syncStatus = () => {
    const s = handle.status();
    return { connected: true, online: s?.online ?? false, lastSuccessAt: s?.lastSuccessAt ?? null, lastError: s?.lastError ?? null };
  };
  return handle;
}

export function syncHandle(services: CoreServices): SyncHandle | null {
  return running.get(services)?.handle ?? null;
}

export async function stopSyncFor(core: { services: CoreServices }) {
  const r = running.get(core.services);
  running.delete(core.services);
  core.services.syncStatus = undefined;
  await r?.handle.stop();
}

/** Forget the hub: stop, delete the token, keep the outbox (a later connection pushes it). */
export async function disconnect(core: { db: Db; services: CoreServices }) {
  await stopSyncFor(core);
  if (core.services.dataDir) rmSync(tokenFile(core.services.dataDir), { force: true });
  memoryTokens.delete(core.db);
  core.db.sqlite.prepare("DELETE FROM sync_state WHERE key IN ('hub_url', 'device_id', 'hub_site')").run();
}
