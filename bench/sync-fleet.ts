// Sync figures for a fleet: 20 desks of one site converging after a partition heals (against one
// desk syncing the same total work alone), and the hub's push latency with 200 desks pushing at
// once on loopback (against one desk pushing alone). The hub is its own process on PostgreSQL.
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { mutate } from '../db/mutate';
import { openDb, type Db } from '../db/open';
import { departments } from '../db/schema';
import { SyncEngine } from '../sync/engine';
import { formatHlc } from '../sync/hlc';
import type { Mutation } from '../sync/protocol';
import { fetchTransport } from '../sync/transport';
import { startHubProcess } from './hub-fixture';
import type { BenchRow } from './runner';

const DESKS = Number(process.env.BENCH_FLEET_DESKS ?? 20);
/** Changes each desk makes while cut off: half new rows of its own, half edits to rows every desk shares. */
const CHANGES = Number(process.env.BENCH_FLEET_CHANGES ?? 100);
const SHARED = 50;
const PUSHERS = Number(process.env.BENCH_FLEET_PUSHERS ?? 200);
const SITES = 20;
/** Rounds of PUSHERS simultaneous pushes: 1000 samples make p99 more than the second-worst request. */
const WAVES = 5;
const BATCH = 5;

type Hub = Awaited<ReturnType<typeof startHubProcess>>;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function openDesk(hub: Hub, site: string) {
  const db = openDb(':memory:', { site: { code: site, name: site } });
  const { token } = await hub.device(site);
  return { db, engine: new SyncEngine({ sqlite: db.sqlite, clientId: db.device.clientId, transport: fetchTransport(hub.url, token) }) };
}
type Desk = Awaited<ReturnType<typeof openDesk>>;

const snapshot = (db: Db) => JSON.stringify(db.sqlite.prepare('SELECT id, name, location, deleted_at FROM departments ORDER BY id').all());
const pending = (d: Desk) => d.engine.pendingCount().pending;

/** What a desk does while offline: its own new rows, and edits to the shared rows that clash with the other desks'. */
function offlineWork(d: Desk, tag: string, changes: number, shared: string[]) {
  for (let i = 0; i < changes; i++) {
    if (i % 2 === 0) mutate(d.db, (tx) => tx.insert(departments, { id: uuidv7(), name: `${tag}-新部门${i}` }));
    else mutate(d.db, (tx) => tx.update(departments, shared[i % shared.length]!, { [i % 4 === 1 ? 'name' : 'location']: `${tag}-${i}` }));
  }
}

/**
 * Seconds until every desk holds the same rows with an empty outbox, all desks syncing at once.
 * The desks share this one thread, so their SQLite work (each applies every other desk's changes)
 * runs one after another: an upper bound for desks on their own machines.
 */
async function converge(desks: Desk[]): Promise<{ seconds: number; rounds: number }> {
  const t = performance.now();
  for (let rounds = 1; ; rounds++) {
    await Promise.all(desks.map((d) => d.engine.syncOnce()));
    const first = snapshot(desks[0]!.db);
    if (desks.every((d) => pending(d) === 0 && snapshot(d.db) === first)) return { seconds: (performance.now() - t) / 1000, rounds };
    if (rounds > 10) throw new Error('desks did not converge in 10 rounds');
  }
}

async function sharedRows(d: Desk): Promise<string[]> {
  const ids = Array.from({ length: SHARED }, () => uuidv7());
  mutate(d.db, (tx) => ids.forEach((id, i) => tx.insert(departments, { id, name: `共用部门${i}`, location: 'A座' })));
  await d.engine.syncOnce();
  return ids;
}

async function partitionRows(hub: Hub): Promise<BenchRow[]> {
  const desks = await Promise.all(Array.from({ length: DESKS }, () => openDesk(hub, 'FLEET')));
  const solo = await openDesk(hub, 'SOLO');
  try {
    // Before the cut every desk holds the shared rows; during it none syncs (the hub is unreachable to them).
    const shared = await sharedRows(desks[0]!);
    await Promise.all(desks.map((d) => d.engine.syncOnce()));
    desks.forEach((d, i) => offlineWork(d, `D${i}`, CHANGES, shared));
    const fleet = await converge(desks);
    // The baseline: one desk that made all the fleet's changes itself, syncing them when the network returns.
    const soloShared = await sharedRows(solo);
    for (let i = 0; i < DESKS; i++) offlineWork(solo, `D${i}`, CHANGES, soloShared);
    const alone = await converge([solo]);
    return [
      {
        name: `sync: ${DESKS} desks converging after a partition heals (${CHANGES} changes each, ${fleet.rounds} rounds; vs 1 desk with them all)`,
        value: round(fleet.seconds, 2),
        unit: 's',
        baseline: round(alone.seconds, 2),
        ratio: round(fleet.seconds / alone.seconds, 2),
      },
    ];
  } finally {
    for (const d of [...desks, solo]) d.db.close();
  }
}

/** A device that pushes BATCH one-change mutations at a time straight over HTTP, so only the hub is timed. */
async function pusher(hub: Hub, site: string) {
  const { token } = await hub.device(site);
  const transport = fetchTransport(hub.url, token);
  const clientId = randomUUID();
  let next = 1;
  return async (): Promise<number> => {
    const mutations: Mutation[] = Array.from({ length: BATCH }, () => {
      const id = next++;
      const h = formatHlc({ wall: Date.now(), counter: id % 0xffff, node: clientId.slice(0, 8) });
      return { id, changes: [{ tbl: 'departments', rowId: `${clientId}-${id}`, fields: { id: [`${clientId}-${id}`, h], name: [`部门${id}`, h] } }] };
    });
    const t = performance.now();
    const reply = await transport.request('POST', '/sync/push', { clientId, mutations });
    if (reply.status !== 200) throw new Error(`push answered ${reply.status}`);
    return performance.now() - t;
  };
}

async function loadRows(hub: Hub): Promise<BenchRow[]> {
  const push = await Promise.all(Array.from({ length: PUSHERS }, (_, i) => pusher(hub, `HUB${i % SITES}`)));
  // Alone first, spaced out so each request finds the hub idle (and under the per-device rate limit).
  const alone: number[] = [];
  for (let i = 0; i < 100; i++) {
    alone.push(await push[0]!());
    await new Promise((r) => setTimeout(r, 5));
  }
  const crowd: number[] = [];
  for (let w = 0; w < WAVES; w++) crowd.push(...(await Promise.all(push.map((p) => p()))));
  const row = (p: number): BenchRow => {
    const [v, b] = [percentile(crowd, p), percentile(alone, p)];
    return { name: `hub: push p${p}, ${PUSHERS} desks (${SITES} sites) pushing ${BATCH} mutations at once, loopback (vs 1 alone)`, value: round(v), unit: 'ms', baseline: round(b), ratio: round(v / b) };
  };
  return [row(50), row(99)];
}

export async function run(): Promise<BenchRow[]> {
  const hub = await startHubProcess();
  try {
    return [...(await partitionRows(hub)), ...(await loadRows(hub))];
  } finally {
    await hub.close();
  }
}
