import { sql } from 'drizzle-orm';
import { parseHlc } from '../sync/hlc';
import { mergeFields } from '../sync/merge';
import type { Fields, PullResult, PushBody, PushResult, Rejection } from '../sync/protocol';
import type { Device } from './devices';
import type { HubDb, HubStore } from './store';

/** A field stamped further ahead of the hub's clock than this is refused: a broken desk clock must not win forever. */
export const MAX_FUTURE_MS = 60 * 60 * 1000;

export type PushOutcome =
  | { status: 200; body: PushResult; rows: number }
  | { status: 409; body: { error: 'gap'; lastMutationId: number } }
  | { status: 403; body: { error: 'client_of_another_device' } };

interface Stored {
  tbl: string;
  row_id: string;
  data: Record<string, unknown>;
  clocks: Record<string, string>;
}

const toFields = (r: Pick<Stored, 'data' | 'clocks'>): Fields =>
  Object.fromEntries(Object.entries(r.clocks).map(([c, h]) => [c, [r.data[c] as Fields[string][0], h]]));

/**
 * Apply a push in one transaction: the site's counter row is locked first (it serialises the
 * site's writers, so sequence order is commit order), then the client's row; mutations already
 * applied are skipped, a gap is refused with the hub's counter, and fields merge newest-HLC-wins.
 */
export async function applyPush(store: HubStore, device: Device, body: PushBody, now = Date.now()): Promise<PushOutcome> {
  return store.db.transaction(async (tx) => {
    const q = <T>(query: ReturnType<typeof sql>) => store.rows<T>(query, tx as unknown as HubDb);
    await q(sql`INSERT INTO hub_site_counters (site, seq) VALUES (${device.site}, 0) ON CONFLICT DO NOTHING`);
    const [counter] = await q<{ seq: string }>(sql`SELECT seq FROM hub_site_counters WHERE site = ${device.site} FOR UPDATE`);
    let seq = Number(counter.seq);
    await q(sql`INSERT INTO hub_clients (client_id, device_id, site, last_mutation_id)
      VALUES (${body.clientId}, ${device.deviceId}, ${device.site}, 0) ON CONFLICT DO NOTHING`);
    const [client] = await q<{ device_id: string; last_mutation_id: string }>(
      sql`SELECT device_id, last_mutation_id FROM hub_clients WHERE client_id = ${body.clientId} FOR UPDATE`,
    );
    // A client id belongs to the device that first pushed it: nobody replays another desk's mutations.
    if (client.device_id !== device.deviceId) return { status: 403 as const, body: { error: 'client_of_another_device' as const } };
    const last = Number(client.last_mutation_id);
    const todo = [...body.mutations].sort((a, b) => a.id - b.id).filter((m) => m.id > last);
    for (let i = 0; i < todo.length; i++) {
      if (todo[i].id !== last + 1 + i) return { status: 409 as const, body: { error: 'gap' as const, lastMutationId: last } };
    }
    if (todo.length === 0) return { status: 200 as const, body: { lastMutationId: last, rejections: [] }, rows: 0 };

    const keys = new Map<string, { tbl: string; row_id: string }>();
    for (const m of todo) for (const c of m.changes) keys.set(`${c.tbl}\u0000${c.rowId}`, { tbl: c.tbl, row_id: c.rowId });
    const existing = await q<Stored>(sql`SELECT r.tbl, r.row_id, r.data, r.clocks FROM hub_rows r
      JOIN jsonb_to_recordset(${JSON.stringify([...keys.values()])}::jsonb) AS k(tbl text, row_id text)
        ON r.tbl = k.tbl AND r.row_id = k.row_id WHERE r.site = ${device.site}`);
    const current = new Map<string, Fields>(existing.map((r) => [`${r.tbl}\u0000${r.row_id}`, toFields(r)]));
    const dirty = new Map<string, number>();
    const rejections: (Rejection & { mutationId: number })[] = [];
    for (const m of todo) {
      for (const c of m.changes) {
        const key = `${c.tbl}\u0000${c.rowId}`;
        const have = current.get(key) ?? {};
        const accepted: Fields = {};
        for (const [col, field] of Object.entries(c.fields)) {
          if (parseHlc(field[1]).wall > now + MAX_FUTURE_MS) {
            const hub = have[col];
            rejections.push({ mutationId: m.id, tbl: c.tbl, rowId: c.rowId, col, reason: 'clock_ahead', value: hub?.[0], hlc: hub?.[1] });
          } else accepted[col] = field;
        }
        const { merged, changed } = mergeFields(have, accepted);
        if (changed.length > 0) {
          current.set(key, merged);
          dirty.set(key, ++seq);
        }
      }
    }
    if (dirty.size > 0) {
      const out = [...dirty].map(([key, s]) => {
        const [tbl, row_id] = key.split('\u0000');
        const f = current.get(key)!;
        const data = Object.fromEntries(Object.entries(f).map(([c, v]) => [c, v[0]]));
        const clocks = Object.fromEntries(Object.entries(f).map(([c, v]) => [c, v[1]]));
        return { tbl, row_id, data, clocks, seq: s };
      });
      await q(sql`INSERT INTO hub_rows (site, tbl, row_id, data, clocks, seq)
        SELECT ${device.site}, tbl, row_id, data, clocks, seq
        FROM jsonb_to_recordset(${JSON.stringify(out)}::jsonb) AS x(tbl text, row_id text, data jsonb, clocks jsonb, seq bigint)
        ON CONFLICT (site, tbl, row_id) DO UPDATE SET data = excluded.data, clocks = excluded.clocks, seq = excluded.seq`);
      await q(sql`UPDATE hub_site_counters SET seq = ${seq} WHERE site = ${device.site}`);
    }
    for (const r of rejections) {
      await q(sql`INSERT INTO hub_rejections (site, client_id, mutation_id, tbl, row_id, col, reason, at)
        VALUES (${device.site}, ${body.clientId}, ${r.mutationId}, ${r.tbl}, ${r.rowId}, ${r.col}, ${r.reason}, ${now})`);
    }
    const lastMutationId = todo[todo.length - 1].id;
    await q(sql`UPDATE hub_clients SET last_mutation_id = ${lastMutationId} WHERE client_id = ${body.clientId}`);
    return {
      status: 200 as const,
      body: { lastMutationId, rejections: rejections.map(({ mutationId: _m, ...r }) => r) },
      rows: dirty.size,
    };
  });
}

/** Rows of the device's site changed after `cursor`, oldest first. */
export async function pull(store: HubStore, device: Device, cursor: number, limit: number): Promise<PullResult> {
  const [counter] = await store.rows<{ seq: string }>(sql`SELECT seq FROM hub_site_counters WHERE site = ${device.site}`);
  const top = counter ? Number(counter.seq) : 0;
  // A cursor beyond anything this hub handed out means the hub was restored: the desk starts again.
  if (cursor > top) return { rows: [], cursor: 0, more: true, reset: true };
  const found = await store.rows<Stored & { seq: string }>(sql`SELECT tbl, row_id, data, clocks, seq FROM hub_rows
    WHERE site = ${device.site} AND seq > ${cursor} ORDER BY seq LIMIT ${limit}`);
  const rows = found.map((r) => ({ tbl: r.tbl, rowId: r.row_id, fields: toFields(r), seq: Number(r.seq) }));
  return { rows, cursor: rows.length ? rows[rows.length - 1].seq : cursor, more: rows.length === limit };
}
