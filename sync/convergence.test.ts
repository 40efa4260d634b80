import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { mutate } from '../db/mutate';
import { openDb, type Db } from '../db/open';
import { departments } from '../db/schema';
import { openTestStore, startTestHub, STORE_KINDS } from '../hub/testing';
import { SyncEngine, SyncError } from './engine';
import { FaultProxy } from './fault-proxy';
import { fetchTransport } from './transport';

type Op =
  | { k: 'insert'; desk: number; name: string }
  | { k: 'update'; desk: number; pick: number; field: 'name' | 'location'; value: string }
  | { k: 'delete'; desk: number; pick: number }
  | { k: 'sync'; desk: number }
  | { k: 'faults'; drop: number; cut: number; delayMs: number }
  | { k: 'partition'; on: boolean }
  | { k: 'restartHub' };

const DESKS = 3;
const desk = fc.integer({ min: 0, max: DESKS - 1 });
const word = fc.constantFrom('前台', '工程部', '保安', 'A座', 'B座', '客服', '');
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ k: fc.constant('insert' as const), desk, name: word }), weight: 3 },
  { arbitrary: fc.record({ k: fc.constant('update' as const), desk, pick: fc.nat(), field: fc.constantFrom('name' as const, 'location' as const), value: word }), weight: 4 },
  { arbitrary: fc.record({ k: fc.constant('delete' as const), desk, pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ k: fc.constant('sync' as const), desk }), weight: 4 },
  { arbitrary: fc.record({ k: fc.constant('faults' as const), drop: fc.double({ min: 0, max: 0.5, noNaN: true }), cut: fc.double({ min: 0, max: 0.5, noNaN: true }), delayMs: fc.integer({ min: 0, max: 30 }) }), weight: 1 },
  { arbitrary: fc.record({ k: fc.constant('partition' as const), on: fc.boolean() }), weight: 1 },
  { arbitrary: fc.record({ k: fc.constant('restartHub' as const) }), weight: 1 },
);

const snapshot = (db: Db) =>
  db.sqlite.prepare('SELECT id, name, location, deleted_at FROM departments ORDER BY id').all();

describe.each(STORE_KINDS)('desks converge through a faulty network (hub on %s)', (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let hub: Awaited<ReturnType<typeof startTestHub>>;
  let proxy: FaultProxy;
  let proxyUrl: string;
  beforeAll(async () => {
    store = await openTestStore(kind);
    hub = await startTestHub(store);
    proxy = new FaultProxy({ host: '127.0.0.1', port: Number(new URL(hub.url).port) });
    proxyUrl = await proxy.listen();
  });
  afterAll(async () => {
    await proxy?.close();
    await hub?.close();
    await store?.drop();
  });

  it('every desk and the hub hold identical rows, outboxes empty, each mutation applied once, through hub restarts', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 60 }), fc.array(fc.integer({ min: -300_000, max: 300_000 }), { minLength: DESKS, maxLength: DESKS }), async (ops, skews) => {
        const site = `M${kind}${run++}`;
        proxy.faults = { drop: 0, cut: 0, delayMs: 0, partitioned: false };
        const desks = await Promise.all(
          skews.map(async (skew, i) => {
            // Clocks skewed by minutes: HLCs must still order every desk's edits the same way.
            const db = openDb(':memory:', { site: { code: site, name: site }, deviceLetter: 'ABC'[i], clock: () => Date.now() + skew });
            const { token } = await hub.device(site);
            const engine = new SyncEngine({ sqlite: db.sqlite, clientId: db.device.clientId, transport: fetchTransport(proxyUrl, token, 2000), clock: db.clock, pullLimit: 7, pushBatch: 3 });
            return { db, engine, cursor: 0 };
          }),
        );
        const syncDesk = async (d: (typeof desks)[number]) => {
          try {
            await d.engine.syncOnce();
          } catch (e) {
            if (!(e instanceof SyncError) || e.kind === 'protocol') throw e;
          }
          expect(d.engine.cursor()).toBeGreaterThanOrEqual(d.cursor); // cursors never go back
          d.cursor = d.engine.cursor();
        };
        try {
          for (const o of ops) {
            if (o.k === 'faults') proxy.faults = { ...proxy.faults, drop: o.drop, cut: o.cut, delayMs: o.delayMs };
            else if (o.k === 'partition') proxy.faults = { ...proxy.faults, partitioned: o.on };
            else if (o.k === 'restartHub') {
              // The hub dies with a desk's push in flight, and a new instance takes over the same store.
              const inflight = syncDesk(desks[0]);
              await new Promise((r) => setTimeout(r, 2));
              await hub.close();
              hub = await startTestHub(store);
              proxy.target = { host: '127.0.0.1', port: Number(new URL(hub.url).port) };
              await inflight;
            } else if (o.k === 'sync') await syncDesk(desks[o.desk]);
            else {
              const { db } = desks[o.desk];
              const ids = (db.sqlite.prepare('SELECT id FROM departments ORDER BY id').all() as { id: string }[]).map((r) => r.id);
              if (o.k === 'insert') mutate(db, (tx) => tx.insert(departments, { id: uuidv7(), name: o.name }));
              else if (ids.length && o.k === 'update') mutate(db, (tx) => tx.update(departments, ids[o.pick % ids.length], { [o.field]: o.value }));
              else if (ids.length && o.k === 'delete') mutate(db, (tx) => tx.remove(departments, ids[o.pick % ids.length]));
            }
          }
          // Heal, then sync every desk twice round so each has the others' last changes.
          proxy.faults = { drop: 0, cut: 0, delayMs: 0, partitioned: false };
          // A stale keep-alive connection may fail once after a restart; the runner would simply retry.
          const heal = async (d: (typeof desks)[number]) => {
            for (let attempt = 0; ; attempt++) {
              try {
                return await d.engine.syncOnce();
              } catch (e) {
                if (!(e instanceof SyncError) || e.kind !== 'network' || attempt > 3) throw e;
              }
            }
          };
          for (let round = 0; round < 2; round++) for (const d of desks) await heal(d);
          const first = snapshot(desks[0].db);
          for (const d of desks) {
            expect(snapshot(d.db)).toEqual(first);
            expect(d.engine.pendingCount().pending).toBe(0);
          }
          const hubRows = await store.rows<{ row_id: string; data: Record<string, unknown> }>(
            sql`SELECT row_id, data FROM hub_rows WHERE site = ${site} AND tbl = 'departments' ORDER BY row_id`,
          );
          expect(hubRows.map((r) => ({ id: r.row_id, name: r.data.name, location: r.data.location ?? null, deleted_at: r.data.deleted_at ?? null }))).toEqual(first);
          // Exactly once: the hub's counter for each desk equals the desk's last local transaction.
          for (const d of desks) {
            const next = Number((d.db.sqlite.prepare("SELECT value FROM sync_state WHERE key = 'next_tx_id'").get() as { value: string } | undefined)?.value ?? '1');
            const [c] = await store.rows<{ last_mutation_id: string }>(sql`SELECT last_mutation_id FROM hub_clients WHERE client_id = ${d.db.device.clientId}`);
            expect(Number(c?.last_mutation_id ?? 0)).toBe(next - 1);
          }
        } finally {
          for (const d of desks) d.db.close();
        }
      }),
      { numRuns: Number(process.env.SYNC_RUNS ?? 12), seed: process.env.SYNC_SEED ? Number(process.env.SYNC_SEED) : undefined, verbose: 1 },
    );
  }, 240_000);
});
