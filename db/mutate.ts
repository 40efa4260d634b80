import type Database from 'better-sqlite3';
import type { InferInsertModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { createHlc, parseHlc, type HlcState } from '../sync/hlc';
import type { Db } from './open';
import { syncedInfo, type SyncedTableInfo } from './synced';

export type Row<T extends SQLiteTable> = InferInsertModel<T>;

/** The writes one transaction may make to synced tables. */
export interface WriteTx {
  /** Wall-clock time of this transaction (ms). */
  readonly now: number;
  /** HLC stamped on every field this transaction writes. */
  readonly hlc: string;
  readonly db: Db;
  insert<T extends SQLiteTable>(table: T, row: Row<T>): void;
  update<T extends SQLiteTable>(table: T, id: string, patch: Partial<Row<T>>): void;
  /** A tombstone: sets deleted_at, which merges like any field. */
  remove(table: SQLiteTable, id: string): void;
}

export interface MutateOptions {
  clock?: () => number;
}

type FieldMap = Record<string, [unknown, string]>;

interface Statements {
  getState: Database.Statement;
  setState: Database.Statement;
  clock: Database.Statement;
  outbox: Database.Statement;
  cache: Map<string, Database.Statement>;
}

const statementsByDb = new WeakMap<Database.Database, Statements>();

function statements(sqlite: Database.Database): Statements {
  let s = statementsByDb.get(sqlite);
  if (!s) {
    s = {
      getState: sqlite.prepare("SELECT key, value FROM sync_state WHERE key IN ('hlc', 'next_tx_id')"),
      setState: sqlite.prepare(
        'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ),
      clock: sqlite.prepare(
        'INSERT INTO field_clock (tbl, row_id, col, hlc) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT(tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc',
      ),
      outbox: sqlite.prepare(
        'INSERT INTO outbox (tx_id, tbl, row_id, fields, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      cache: new Map(),
    };
    statementsByDb.set(sqlite, s);
  }
  return s;
}

function cached(s: Statements, sqlite: Database.Database, sql: string): Database.Statement {
  let st = s.cache.get(sql);
  if (!st) {
    st = sqlite.prepare(sql);
    s.cache.set(sql, st);
  }
  return st;
}

/** Map TS keys to SQL columns and driver values; reject keys the table does not have. */
function toColumns(info: SyncedTableInfo, values: Record<string, unknown>): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const col = info.columns[key];
    if (!col) throw new Error(`${info.name} has no column ${key}`);
    out.push([col.name, value === null ? null : col.mapToDriverValue(value)]);
  }
  return out;
}

/**
 * The one write path for synced tables: rows, per-field HLC clocks and the outbox entry are
 * written in one IMMEDIATE transaction. If `fn` throws, nothing of it remains.
 */
export function mutate<R>(db: Db, fn: (tx: WriteTx) => R, opts: MutateOptions = {}): R {
  const sqlite = db.sqlite;
  const s = statements(sqlite);
  const clock = opts.clock ?? db.clock;

  const run = sqlite.transaction(() => {
    const state = new Map((s.getState.all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
    const initial: HlcState | undefined = state.has('hlc') ? parseHlc(state.get('hlc')!) : undefined;
    const hlc = createHlc(db.device.clientId, clock, { initial }).now();
    const txId = Number(state.get('next_tx_id') ?? '1');
    const now = clock();
    const changes = new Map<string, { tbl: string; rowId: string; fields: FieldMap }>();

    function record(info: SyncedTableInfo, id: string, cols: [string, unknown][]) {
      const key = `${info.name}\u0000${id}`;
      let change = changes.get(key);
      if (!change) {
        change = { tbl: info.name, rowId: id, fields: {} };
        changes.set(key, change);
      }
      for (const [col, value] of cols) {
        if (info.localOnly.has(info.keyOf[col])) continue;
        change.fields[col] = [value, hlc];
        s.clock.run(info.name, id, col, hlc);
      }
    }

    const tx: WriteTx = {
      now,
      hlc,
      db,
      insert(table, row) {
        const info = syncedInfo(table);
        const id = (row as { id?: unknown }).id;
        if (typeof id !== 'string' || !id) throw new Error(`${info.name}: insert needs an id`);
        const cols = toColumns(info, row as Record<string, unknown>);
        const sql = `INSERT INTO "${info.name}" (${cols.map(([c]) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
        cached(s, sqlite, sql).run(...cols.map(([, v]) => v));
        record(info, id, cols);
      },
      update(table, id, patch) {
        const info = syncedInfo(table);
        const cols = toColumns(info, patch as Record<string, unknown>).filter(([c]) => c !== 'id');
        if (cols.length === 0) return;
        const sql = `UPDATE "${info.name}" SET ${cols.map(([c]) => `"${c}" = ?`).join(', ')} WHERE id = ?`;
        const res = cached(s, sqlite, sql).run(...cols.map(([, v]) => v), id);
        if (res.changes !== 1) throw new Error(`${info.name}: no row ${id} to update`);
        record(info, id, cols);
      },
      remove(table, id) {
        tx.update(table, id, { deletedAt: now } as never);
      },
    };

    const result = fn(tx);
    if (result && typeof (result as { then?: unknown }).then === 'function') {
      throw new Error('mutate callbacks must be synchronous: a transaction cannot span an await');
    }
    if (changes.size > 0) {
      for (const c of changes.values()) {
        s.outbox.run(txId, c.tbl, c.rowId, JSON.stringify(c.fields), now);
      }
      s.setState.run('next_tx_id', String(txId + 1));
    }
    s.setState.run('hlc', hlc);
    return result;
  });
  return run.immediate();
}
