// Reading work orders: one summary shape for every list, the detail with its history, search.
import type { Db } from '../../db/open';
import type { Conflict, FoldState, Satisfaction, Status } from './fold';
import { loadEvents, readFold, refreshFolds } from './projection';
import { compareEvents, OPEN_STATUSES } from './fold';
import { notFound } from '../errors';
import { stmt } from './sql';

export interface WorkOrderSummary {
  id: string;
  number: string;
  source: string;
  reporterName: string;
  reporterPhone: string;
  building: string | null;
  unit: string | null;
  room: string | null;
  publicLocation: string | null;
  category: string;
  description: string;
  priority: 'urgent' | 'normal';
  appointmentAt: number | null;
  createdAt: number;
  status: Status;
  workerId: string | null;
  workerName: string | null;
  workerPhone: string | null;
  dispatchedAt: number | null;
  arrivedAt: number | null;
  completedAt: number | null;
  closedAt: number | null;
  printCount: number;
  slipReturned: boolean;
  openConflicts: number;
}

export interface WorkOrderEventView {
  id: string;
  type: string;
  at: number;
  hlc: string;
  staffId: string | null;
  staffName: string | null;
  data: Record<string, unknown>;
  /** Set when the fold refused this step (two desks raced). */
  conflict: Conflict | null;
}

export interface WorkOrderDetail extends WorkOrderSummary {
  sourceId: string | null;
  residentId: string | null;
  createdBy: string | null;
  createdByName: string | null;
  satisfaction: Satisfaction | null;
  calledBackAt: number | null;
  cancelledAt: number | null;
  reworkCount: number;
  lastPrintedAt: number | null;
  conflicts: Conflict[];
  events: WorkOrderEventView[];
}

export const SUMMARY_SELECT = `
  SELECT o.id, o.number, o.source, o.reporter_name AS reporterName, o.reporter_phone AS reporterPhone,
    o.building, o.unit, o.room, o.public_location AS publicLocation, o.category, o.description, o.priority,
    o.appointment_at AS appointmentAt, o.created_at AS createdAt,
    COALESCE(f.status, 'new') AS status, f.worker_id AS workerId, w.name AS workerName, w.phone AS workerPhone,
    f.dispatched_at AS dispatchedAt, f.arrived_at AS arrivedAt, f.completed_at AS completedAt, f.closed_at AS closedAt,
    COALESCE(f.print_count, 0) AS printCount, COALESCE(f.slip_returned, 0) AS slipReturned,
    COALESCE(f.open_conflicts, 0) AS openConflicts`;

export const SUMMARY_FROM = `
  FROM work_orders o
  LEFT JOIN work_order_fold f ON f.work_order_id = o.id
  LEFT JOIN staff w ON w.id = f.worker_id`;

export function toSummary(r: Record<string, unknown>): WorkOrderSummary {
  return { ...(r as unknown as WorkOrderSummary), slipReturned: r.slipReturned === 1 || r.slipReturned === true };
}

export function summaries(db: Db, where: string, params: unknown[], tail = ''): WorkOrderSummary[] {
  const rows = stmt(db, `${SUMMARY_SELECT} ${SUMMARY_FROM} WHERE o.deleted_at IS NULL AND (${where}) ${tail}`).all(...params);
  return (rows as Record<string, unknown>[]).map(toSummary);
}

export function getDetail(db: Db, id: string): WorkOrderDetail {
  refreshFolds(db);
  const [summary] = summaries(db, 'o.id = ?', [id]);
  if (!summary) throw notFound('workorders.not_found');
  const extra = stmt(db, `SELECT o.source_id AS sourceId, o.resident_id AS residentId, o.created_by AS createdBy, s.name AS createdByName
       FROM work_orders o LEFT JOIN staff s ON s.id = o.created_by WHERE o.id = ?`,
    )
    .get(id) as Pick<WorkOrderDetail, 'sourceId' | 'residentId' | 'createdBy' | 'createdByName'>;
  const fold: FoldState = readFold(db, id);
  const names = new Map(
    (stmt(db, 'SELECT id, name FROM staff').all() as { id: string; name: string }[]).map((s) => [s.id, s.name]),
  );
  const conflictOf = new Map(fold.conflicts.map((c) => [c.eventId, c]));
  const events = loadEvents(db, id)
    .sort(compareEvents)
    .map((e) => ({
      id: e.id,
      type: e.type,
      at: e.at,
      hlc: e.hlc,
      staffId: e.staffId ?? null,
      staffName: e.staffId ? (names.get(e.staffId) ?? null) : null,
      data: withNames(e.data, names),
      conflict: conflictOf.get(e.id) ?? null,
    }));
  return {
    ...summary,
    ...extra,
    satisfaction: fold.satisfaction,
    calledBackAt: fold.calledBackAt,
    cancelledAt: fold.cancelledAt,
    reworkCount: fold.reworkCount,
    lastPrintedAt: fold.lastPrintedAt,
    conflicts: fold.conflicts,
    events,
  };
}

/** History shows the worker's name beside the id it was dispatched to. */
function withNames(data: Record<string, unknown>, names: Map<string, string>): Record<string, unknown> {
  return typeof data.workerId === 'string' ? { ...data, workerName: names.get(data.workerId) ?? null } : data;
}

export function findByNumber(db: Db, number: string): WorkOrderSummary | undefined {
  refreshFolds(db);
  return summaries(db, 'o.number = ?', [number.trim().toUpperCase()])[0];
}

export interface ListQuery {
  status: 'open' | 'all' | Status;
  workerId?: string;
  category?: string;
  from?: number;
  to?: number;
  limit: number;
  before?: { createdAt: number; id: string };
}

/**
 * Newest first, paged by (createdAt, id). A status or worker filter walks the fold's
 * (status|worker, created_at) index in order, so a page of a common status costs no sort.
 */
export function listOrders(db: Db, q: ListQuery): { items: WorkOrderSummary[]; next: { createdAt: number; id: string } | null } {
  refreshFolds(db);
  const byFold = q.status !== 'all' || !!q.workerId;
  const [at, key] = byFold ? ['f.created_at', 'f.work_order_id'] : ['o.created_at', 'o.id'];
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (q.workerId) add('f.worker_id = ?', q.workerId);
  if (q.category) add('o.category = ?', q.category);
  if (q.from !== undefined) add(`${at} >= ?`, q.from);
  if (q.to !== undefined) add(`${at} < ?`, q.to);
  if (q.status !== 'all') {
    const statuses = q.status === 'open' ? OPEN_STATUSES : [q.status];
    add(`f.status IN (${statuses.map(() => '?').join(',')})`, ...statuses);
  }
  // `at <= ?` first so the index seeks straight to the page instead of walking the pages before it.
  if (q.before) add(`${at} <= ? AND (${at} < ? OR ${key} < ?)`, q.before.createdAt, q.before.createdAt, q.before.id);
  const items = summaries(db, where.join(' AND ') || '1', params, `ORDER BY ${at} DESC, ${key} DESC LIMIT ${q.limit + 1}`);
  const more = items.length > q.limit;
  if (more) items.pop();
  const last = items[items.length - 1];
  return { items, next: more && last ? { createdAt: last.createdAt, id: last.id } : null };
}

const NUMBER_RE = /^[A-Z0-9]{2,8}-\d{6}-[A-Z]\d{3,}$/;
const TEXT_FIELDS = ['o.number', 'o.reporter_name', 'o.building', 'o.unit', 'o.room', 'o.public_location', 'o.description', 'o.category'];

/**
 * Find orders by what a receptionist remembers: the slip number, a phone number or its last four
 * digits, the reporter, the flat ("3栋 1502") or words of the description. Newest first.
 * instr() rather than LIKE: a plain substring test, several times faster on a full scan.
 */
export function searchOrders(db: Db, text: string, limit: number): WorkOrderSummary[] {
  refreshFolds(db);
  const q = text.trim();
  const upper = q.toUpperCase();
  const tail = `ORDER BY o.created_at DESC LIMIT ${limit}`;
  if (NUMBER_RE.test(upper)) return summaries(db, 'o.number = ?', [upper]);
  if (/^1\d{10}$/.test(q)) return summaries(db, 'o.reporter_phone = ?', [q], tail);
  if (/^\d{4,}$/.test(q)) return summaries(db, 'instr(o.reporter_phone, ?) OR o.room = ? OR instr(o.number, ?)', [q, q, q], tail);
  const terms = q.split(/\s+/).slice(0, 4);
  const where = terms.map(() => `(${TEXT_FIELDS.map((f) => `instr(${f}, ?)`).join(' OR ')})`).join(' AND ');
  const params = terms.flatMap((t) => TEXT_FIELDS.map((f) => (f === 'o.number' ? t.toUpperCase() : t)));
  return summaries(db, where, params, tail);
}

/** Maintenance workers with how many orders each has in hand (dispatched or on site). */
export function listWorkers(db: Db) {
  refreshFolds(db);
  return stmt(db, `SELECT s.id, s.name, s.phone, s.extension, s.location, s.pinyin, COALESCE(l.n, 0) AS openLoad
       FROM staff s
       LEFT JOIN (SELECT worker_id, COUNT(*) AS n FROM work_order_fold WHERE status IN ('dispatched', 'arrived') GROUP BY worker_id) l
         ON l.worker_id = s.id
       WHERE s.role = 'worker' AND s.active = 1 AND s.deleted_at IS NULL
       ORDER BY openLoad, s.pinyin`,
    )
    .all() as { id: string; name: string; phone: string | null; extension: string | null; location: string | null; pinyin: string; openLoad: number }[];
}
