// Keeps work_order_fold (a local table) equal to the fold of each order's events. Whoever wrote the
// events — a procedure here, or the sync worker on its own connection — the next read or write
// catches up by folding every order that gained events since the last mark (events are only ever
// appended, and SQLite hands out rowids in commit order, so "rowid > mark" is exactly what is new).
import type { Db } from '../../db/open';
import { stmt } from './sql';
import { fold, initialFold, openConflicts, type FoldEvent, type FoldState } from './fold';

interface EventRow {
  id: string;
  workOrderId: string;
  type: string;
  hlc: string;
  at: number;
  staffId: string | null;
  data: string;
}

export function parseData(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}

const toFoldEvent = (r: EventRow): FoldEvent => ({ id: r.id, type: r.type, hlc: r.hlc, at: r.at, staffId: r.staffId, data: parseData(r.data) });

const EVENT_COLUMNS = 'id, work_order_id AS workOrderId, type, hlc, at, staff_id AS staffId, data';

export function loadEvents(db: Db, workOrderId: string): FoldEvent[] {
  const rows = stmt(db, `SELECT ${EVENT_COLUMNS} FROM work_order_events WHERE work_order_id = ?`).all(workOrderId) as EventRow[];
  return rows.map(toFoldEvent);
}

function mark(db: Db): number {
  const row = stmt(db, 'SELECT last_rowid AS v FROM work_order_fold_mark WHERE id = 1').get() as { v: number } | undefined;
  return row?.v ?? 0;
}

function maxEventRowid(db: Db): number {
  return (stmt(db, 'SELECT COALESCE(MAX(rowid), 0) AS v FROM work_order_events').get() as { v: number }).v;
}

function writeFold(db: Db, id: string, s: FoldState): void {
  stmt(
    db,
    `INSERT INTO work_order_fold (work_order_id, status, created_at, worker_id, dispatched_at, arrived_at, completed_at, closed_at,
         print_count, slip_returned, open_conflicts, state)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(work_order_id) DO UPDATE SET status = excluded.status, created_at = excluded.created_at,
         worker_id = excluded.worker_id, dispatched_at = excluded.dispatched_at, arrived_at = excluded.arrived_at,
         completed_at = excluded.completed_at, closed_at = excluded.closed_at, print_count = excluded.print_count,
         slip_returned = excluded.slip_returned, open_conflicts = excluded.open_conflicts, state = excluded.state`,
  ).run(id, s.status, s.createdAt, s.workerId, s.dispatchedAt, s.arrivedAt, s.completedAt, s.closedAt, s.printCount, s.slipReturned ? 1 : 0, openConflicts(s).length, JSON.stringify(s));
}

/** Fold every order that gained events since the last catch-up. Returns how many orders were folded. */
export function refreshFolds(db: Db): number {
  if (maxEventRowid(db) <= mark(db)) return 0;
  const run = () => {
    const from = mark(db);
    const to = maxEventRowid(db);
    if (to <= from) return 0;
    const ids = (
      stmt(db, 'SELECT DISTINCT work_order_id AS id FROM work_order_events WHERE rowid > ? AND rowid <= ?').all(from, to) as { id: string }[]
    ).map((r) => r.id);
    // In chunks, so a full rebuild (a fresh pull of a whole site) stays one query per few hundred orders.
    const CHUNK = 400;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const rows = stmt(db, `SELECT ${EVENT_COLUMNS} FROM work_order_events WHERE work_order_id IN (SELECT value FROM json_each(?))`).all(
        JSON.stringify(chunk),
      ) as EventRow[];
      const byOrder = new Map<string, FoldEvent[]>();
      for (const r of rows) {
        let list = byOrder.get(r.workOrderId);
        if (!list) byOrder.set(r.workOrderId, (list = []));
        list.push(toFoldEvent(r));
      }
      for (const [id, events] of byOrder) writeFold(db, id, fold(events));
    }
    stmt(db, 'INSERT INTO work_order_fold_mark (id, last_rowid) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET last_rowid = excluded.last_rowid').run(to);
    return ids.length;
  };
  return db.sqlite.inTransaction ? run() : db.sqlite.transaction(run).immediate();
}

export function readFold(db: Db, workOrderId: string): FoldState {
  const row = stmt(db, 'SELECT state FROM work_order_fold WHERE work_order_id = ?').get(workOrderId) as { state: string } | undefined;
  return row ? (JSON.parse(row.state) as FoldState) : initialFold();
}
