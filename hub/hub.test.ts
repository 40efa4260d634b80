import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../sync/hlc';
import type { PullResult, PushBody } from '../sync/protocol';
import { revoke } from './devices';
import { openTestStore, startTestHub, STORE_KINDS } from './testing';

const BASE = Date.now() - 100_000;
const h = (wall: number, node = 'n1') => formatHlc({ wall: BASE + wall, counter: 0, node });

describe.each(STORE_KINDS)('hub on %s', (kind) => {
  let store: Awaited<ReturnType<typeof openTestStore>>;
  let hub: Awaited<ReturnType<typeof startTestHub>>;
  beforeAll(async () => {
    store = await openTestStore(kind);
    hub = await startTestHub(store);
  });
  afterAll(async () => {
    await hub?.close();
    await store?.drop();
  });

  const push = (token: string, body: PushBody) =>
    fetch(`${hub.url}/sync/push`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const pull = async (token: string, cursor = 0, limit = 100) => {
    const res = await fetch(`${hub.url}/sync/pull?cursor=${cursor}&limit=${limit}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (res.status === 200 ? await res.json() : null) as PullResult };
  };
  const mutation = (id: number, rowId: string, fields: Record<string, [string | number | null, string]>) => ({
    id,
    changes: [{ tbl: 'calls', rowId, fields }],
  });

  it('applies each mutation once, merges per field, and answers a gap with its counter', async () => {
    const d = await hub.device('S1');
    let res = await push(d.token, { clientId: 'c1', mutations: [mutation(1, 'r1', { name: ['a', h(1)], note: ['x', h(5)] })] });
    expect(await res.json()).toEqual({ lastMutationId: 1, rejections: [] });
    res = await push(d.token, { clientId: 'c1', mutations: [mutation(1, 'r1', { name: ['dup', h(9)] }), mutation(2, 'r1', { note: ['older', h(2)] })] });
    expect(res.status).toBe(200);
    res = await push(d.token, { clientId: 'c1', mutations: [mutation(5, 'r1', { name: ['late', h(9)] })] });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: 'gap', lastMutationId: 2 });
    const page = await pull(d.token);
    expect(page.body.rows).toHaveLength(1);
    expect(page.body.rows[0].fields).toEqual({ name: ['a', h(1)], note: ['x', h(5)] });
  });

  it('keeps each site to itself, refuses revoked tokens and forged client ids', async () => {
    const a = await hub.device('SA');
    const b = await hub.device('SB');
    await push(a.token, { clientId: 'ca', mutations: [mutation(1, 'ra', { name: ['only A', h(1)] })] });
    expect((await pull(b.token)).body.rows).toEqual([]);
    // B cannot write as A's client, nor reach A's rows by writing the same id.
    expect((await push(b.token, { clientId: 'ca', mutations: [mutation(2, 'ra', { name: ['B', h(3)] })] })).status).toBe(403);
    await push(b.token, { clientId: 'cb', mutations: [mutation(1, 'ra', { name: ['B', h(3)] })] });
    expect((await pull(a.token)).body.rows[0].fields.name[0]).toBe('only A');
    await revoke(store, a.deviceId);
    expect((await pull(a.token)).status).toBe(401);
    expect((await push(a.token, { clientId: 'ca', mutations: [] })).status).toBe(401);
    expect((await pull('not-a-token')).status).toBe(401);
  });

  it('refuses a field stamped hours ahead and answers with the hub value', async () => {
    const d = await hub.device('SR');
    await push(d.token, { clientId: 'cr', mutations: [mutation(1, 'r', { name: ['ok', h(1)] })] });
    const ahead = formatHlc({ wall: Date.now() + 5 * 3600_000, counter: 0, node: 'n' });
    const res = await push(d.token, { clientId: 'cr', mutations: [mutation(2, 'r', { name: ['future', ahead] })] });
    const body = (await res.json()) as { rejections: unknown };
    expect(body.rejections).toEqual([{ tbl: 'calls', rowId: 'r', col: 'name', reason: 'clock_ahead', value: 'ok', hlc: h(1) }]);
  });

  it('never skips a row when pushes commit concurrently with pulls (cursor order = commit order)', async () => {
    const desks = await Promise.all([1, 2, 3, 4].map(() => hub.device('SC')));
    const seen = new Set<string>();
    let cursor = 0;
    let running = true;
    const puller = (async () => {
      while (running) {
        const page = await pull(desks[0].token, cursor, 7);
        for (const r of page.body.rows) seen.add(r.rowId);
        cursor = page.body.cursor;
      }
    })();
    await Promise.all(
      desks.map(async (d, k) => {
        for (let i = 1; i <= 10; i++) {
          await push(d.token, { clientId: `cc${k}`, mutations: [mutation(i, `r${k}-${i}`, { name: [i, h(i, `n${k}`)] })] });
        }
      }),
    );
    running = false;
    await puller;
    for (;;) {
      const page = await pull(desks[0].token, cursor, 50);
      for (const r of page.body.rows) seen.add(r.rowId);
      cursor = page.body.cursor;
      if (!page.body.more) break;
    }
    expect(seen.size).toBe(40);
  });

  it('validates bodies, limits size, and serves health and metrics', async () => {
    const d = await hub.device('SV');
    expect((await push(d.token, { clientId: 'x', mutations: [{ id: -1, changes: [] }] } as never)).status).toBe(400);
    const big = 'x'.repeat(9 * 1024 * 1024);
    const res = await fetch(`${hub.url}/sync/push`, { method: 'POST', headers: { authorization: `Bearer ${d.token}` }, body: big }).catch(() => null);
    if (res) expect(res.status).toBe(413);
    expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
    const metrics = await (await fetch(`${hub.url}/metrics`)).text();
    expect(metrics).toMatch(/hub_pushes_total \d+/);
    expect(metrics).toContain('hub_request_seconds_bucket');
  });
});
