import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHlc } from '../sync/hlc';
import { mergeFields } from '../sync/merge';
import type { Fields } from '../sync/protocol';
import { tempDbPath } from '../tests/support/core';
import { applyRemoteRows, type RemoteRow } from './apply-remote';
import { openDb, type Db } from './open';

// Two real desk files (WAL, FULL) fed the same pulled rows: one in hub order, one shuffled, split
// into pages differently and with every row delivered twice, as retries and restarts do.
const paths = [tempDbPath(), tempDbPath()];
let a: Db;
let b: Db;
beforeAll(() => {
  [a, b] = paths.map((p) => openDb(p.path, { site: { code: 'HZ01', name: '测试' } }));
});
afterAll(() => {
  a.close();
  b.close();
  paths.forEach((p) => p.cleanup());
});

const hlc = fc
  .record({ wall: fc.integer({ min: 1, max: 40 }), counter: fc.integer({ min: 0, max: 2 }), node: fc.constantFrom('a', 'b', 'c') })
  .map(formatHlc);
// One HLC is one write by one desk, so it always carries the same value: the value is drawn from it.
const written = <T>(col: string, choices: readonly T[]) =>
  hlc.map((h): [T, string] => [choices[[...`${col}${h}`].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) % 9973, 7) % choices.length], h]);
// Pulled rows are whole (the hub sends every column it has a clock for), so a first sight can insert.
const row: fc.Arbitrary<RemoteRow> = fc.record({
  tbl: fc.constant('departments'),
  rowId: fc.constantFrom('d1', 'd2', 'd3'),
  fields: fc.record({
    id: written('id', [null]),
    name: written('name', ['工程部', '客服部', '保安部']),
    location: written('location', ['A座', 'B座', null]),
    deleted_at: written('deleted_at', [null, 1_700_000_000_000]),
  }) as fc.Arbitrary<Fields>,
});

function apply(db: Db, pages: RemoteRow[][]) {
  for (const page of pages) db.sqlite.transaction(() => applyRemoteRows(db.sqlite, page))();
}
const state = (db: Db) => ({
  rows: db.sqlite.prepare('SELECT id, name, location, deleted_at FROM departments ORDER BY id').all(),
  clocks: db.sqlite.prepare("SELECT row_id, col, hlc FROM field_clock WHERE tbl = 'departments' ORDER BY row_id, col").all(),
});
const reset = (db: Db) => db.sqlite.exec("DELETE FROM departments; DELETE FROM field_clock WHERE tbl = 'departments';");

describe('applying pulled rows to SQLite', () => {
  it('ends in the same state whatever the order, the paging and the duplicates, and it is the per-field merge', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.func(fc.integer()), fc.integer({ min: 1, max: 5 }), (rows, key, pageSize) => {
        reset(a);
        reset(b);
        apply(a, [rows]);
        const twice = [...rows, ...rows].map((r, i) => ({ r, k: key(i) })).sort((p, q) => p.k - q.k).map(({ r }) => r);
        const pages = Array.from({ length: Math.ceil(twice.length / pageSize) }, (_, i) => twice.slice(i * pageSize, (i + 1) * pageSize));
        apply(b, pages);
        expect(state(b)).toEqual(state(a));

        // The table holds, field by field, what merging every delivery of the row gives.
        const merged = new Map<string, Fields>();
        for (const r of rows) merged.set(r.rowId, mergeFields(merged.get(r.rowId) ?? {}, r.fields).merged);
        expect(state(a).rows).toEqual(
          [...merged.entries()]
            .sort(([x], [y]) => (x < y ? -1 : 1))
            .map(([id, f]) => ({ id, name: f.name[0], location: f.location[0], deleted_at: f.deleted_at[0] })),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('reports nothing changed when a page arrives again', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        reset(a);
        apply(a, [rows]);
        expect(a.sqlite.transaction(() => applyRemoteRows(a.sqlite, rows).changed)()).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
