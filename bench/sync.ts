// Sync figures: pushing 10k pending mutations to a hub, a fresh desk's initial pull of 100k rows
// through the worker thread (rows/s), and the longest stall of the desk's main thread meanwhile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDb } from '../db/open';
import { formatHlc } from '../sync/hlc';
import { startSync } from '../sync/controller';
import { SyncEngine } from '../sync/engine';
import { fetchTransport } from '../sync/transport';
import { startHubProcess } from './hub-fixture';
import type { BenchRow } from './runner';

const PULL_ROWS = Number(process.env.BENCH_SYNC_PULL ?? 100_000);
const PUSH_MUTATIONS = Number(process.env.BENCH_SYNC_PUSH ?? 10_000);
const round = (x: number) => Math.round(x * 10) / 10;

async function longestStall(ms: number): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 1);
    last = now;
  }, 1);
  await new Promise((r) => setTimeout(r, ms));
  clearInterval(ticker);
  return round(longest);
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-sync-'));
  const hub = await startHubProcess();
  const { store } = hub;
  const rows: BenchRow[] = [];
  try {
    // Push: a desk with PUSH_MUTATIONS pending transactions (outbox rows as mutate writes them).
    const pusher = openDb(join(dir, 'push.db'), { site: { code: 'BENCHP', name: 'bench' } });
    const hlc = (i: number) => formatHlc({ wall: Date.now() - 60_000, counter: i % 0xffff, node: `b${Math.floor(i / 0xffff)}` });
    const add = pusher.sqlite.prepare('INSERT INTO outbox (tx_id, tbl, row_id, fields, created_at) VALUES (?, ?, ?, ?, ?)');
    pusher.sqlite.transaction(() => {
      for (let i = 1; i <= PUSH_MUTATIONS; i++) {
        const h = hlc(i);
        add.run(i, 'departments', `p-${i}`, JSON.stringify({ id: [`p-${i}`, h], name: [`部门${i}`, h], location: ['A座', h] }), Date.now());
      }
    })();
    const { token: pushToken } = await hub.device('BENCHP');
    const engine = new SyncEngine({ sqlite: pusher.sqlite, clientId: pusher.device.clientId, transport: fetchTransport(hub.url, pushToken), pushBatch: 500 });
    let t = performance.now();
    await engine.push();
    const pushS = (performance.now() - t) / 1000;
    rows.push({ name: `sync: push ${PUSH_MUTATIONS} mutations to the hub (PostgreSQL)`, value: round(pushS * 1000) / 1000, unit: 's' });
    rows.push({ name: 'sync: push throughput', value: Math.round(PUSH_MUTATIONS / pushS), unit: 'mutations/s' });
    pusher.close();

    // Initial pull: PULL_ROWS rows already at the hub for a site; a fresh desk pulls them in its worker.
    const h = formatHlc({ wall: Date.now() - 60_000, counter: 0, node: 'seed' });
    await store.rows(sql`INSERT INTO hub_rows (site, tbl, row_id, data, clocks, seq)
      SELECT 'BENCH', 'departments', 'd-' || g,
        jsonb_build_object('id', 'd-' || g, 'name', '部门' || g, 'location', 'B座' || (g % 30), 'deleted_at', null),
        jsonb_build_object('id', ${h}::text, 'name', ${h}::text, 'location', ${h}::text, 'deleted_at', ${h}::text), g
      FROM generate_series(1, ${PULL_ROWS}) g`);
    await store.rows(sql`INSERT INTO hub_site_counters (site, seq) VALUES ('BENCH', ${PULL_ROWS})`);
    const desk = openDb(join(dir, 'desk.db'), { site: { code: 'BENCH', name: 'bench' } });
    const { token } = await hub.device('BENCH');
    const delay = monitorEventLoopDelay({ resolution: 1 });
    let longest = 0;
    let lastTick = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - lastTick - 1);
      lastTick = now;
    }, 1);
    delay.enable();
    t = performance.now();
    let synced!: () => void;
    const done = new Promise<void>((r) => (synced = r));
    const handle = startSync({
      sqlite: desk.sqlite,
      dbPath: desk.path,
      hubUrl: hub.url,
      token,
      clientId: desk.device.clientId,
      pullLimit: 2000,
      onStatus: (s) => s.lastSuccessAt && synced(),
    });
    await done;
    const pullS = (performance.now() - t) / 1000;
    clearInterval(ticker);
    delay.disable();
    await handle.stop();
    const count = (desk.sqlite.prepare("SELECT COUNT(*) AS n FROM departments WHERE id LIKE 'd-%'").get() as { n: number }).n;
    if (count !== PULL_ROWS) throw new Error(`pulled ${count} of ${PULL_ROWS} rows`);
    rows.push({ name: `sync: initial pull of ${PULL_ROWS} rows (${handle.mode}, PostgreSQL hub, loopback)`, value: Math.round(PULL_ROWS / pullS), unit: 'rows/s', aim: 30_000 });
    // The same watch over an idle stretch as long: on a shared machine the OS alone stalls the thread.
    const idle = await longestStall(Math.min(pullS * 1000, 10_000));
    const stall = round(Math.max(longest, delay.max / 1e6));
    rows.push({ name: 'sync: longest main-thread stall while the worker applies them (vs idle)', value: stall, unit: 'ms', baseline: idle, ratio: round(stall / Math.max(idle, 1)), aim: 16 });
    desk.close();
  } finally {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
