// The lists the desk works from so no repair is forgotten: whose arrival to check by phone, whom
// to call back (the night shift's list), which signed slips are still out, which races need a
// person, and the day's rework for the supervisor's next-morning report.
import type { Db } from '../../db/open';
import { siteTimeZone } from '../../db/numbers';
import { getSetting } from '../settings/store';
import { dayRange, localDay } from './day';
import { summaries, type WorkOrderSummary } from './queries';
import { parseData, refreshFolds } from './projection';
import { stmt } from './sql';

/** overdue: act now (red); soon: act within the shift (amber). */
export type Urgency = 'overdue' | 'soon';

export interface FollowUp extends WorkOrderSummary {
  dueAt: number;
  urgency: Urgency;
}

/** How far ahead an arrival check shows as "due soon". */
export const ARRIVAL_SOON_MS = 10 * 60_000;

export function arrivalChecks(db: Db, now: number): FollowUp[] {
  const waitMs = getSetting(db, 'workOrders.arrivalCheckMinutes') * 60_000;
  return summaries(db, "f.status = 'dispatched'", [])
    .map((o) => {
      // The worker cannot be there before the appointment: the check is due a wait after whichever is later.
      const dueAt = Math.max(o.dispatchedAt ?? o.createdAt, o.appointmentAt ?? 0) + waitMs;
      return { ...o, dueAt, urgency: (dueAt <= now ? 'overdue' : 'soon') as Urgency };
    })
    .filter((o) => o.dueAt - now <= ARRIVAL_SOON_MS)
    .sort((a, b) => a.dueAt - b.dueAt);
}

/** Every completed order not yet called back; those completed before today are overdue. */
export function callbacksDue(db: Db, now: number): FollowUp[] {
  const [todayStart] = dayRange(localDay(now, siteTimeZone(db)), siteTimeZone(db));
  return summaries(db, "f.status = 'completed'", [], 'ORDER BY f.completed_at')
    .map((o) => ({ ...o, dueAt: o.completedAt ?? o.createdAt, urgency: ((o.completedAt ?? 0) < todayStart ? 'overdue' : 'soon') as Urgency }));
}

/** Printed slips whose work is over (done, called back, cancelled, or back for rework) but not returned. */
export function slipsOut(db: Db, now: number): FollowUp[] {
  const [todayStart] = dayRange(localDay(now, siteTimeZone(db)), siteTimeZone(db));
  const rows = stmt(db, `SELECT work_order_id AS id, json_extract(state, '$.completedAt') AS completedAt, json_extract(state, '$.cancelledAt') AS cancelledAt,
         json_extract(state, '$.lastEventAt') AS lastEventAt
       FROM work_order_fold WHERE print_count > 0 AND slip_returned = 0 AND status NOT IN ('new', 'dispatched', 'arrived')`,
    )
    .all() as { id: string; completedAt: number | null; cancelledAt: number | null; lastEventAt: number | null }[];
  if (rows.length === 0) return [];
  const doneAt = new Map(rows.map((r) => [r.id, r.cancelledAt ?? r.completedAt ?? r.lastEventAt ?? 0]));
  return summaries(db, `o.id IN (SELECT value FROM json_each(?))`, [JSON.stringify(rows.map((r) => r.id))])
    .map((o) => {
      const dueAt = doneAt.get(o.id)!;
      return { ...o, dueAt, urgency: (dueAt < todayStart ? 'overdue' : 'soon') as Urgency };
    })
    .sort((a, b) => a.dueAt - b.dueAt);
}

/** Orders where two desks raced and a step was refused: a person must look. */
export function conflicted(db: Db): WorkOrderSummary[] {
  return summaries(db, 'f.open_conflicts > 0', [], 'ORDER BY o.created_at');
}

export function followUps(db: Db, now: number) {
  refreshFolds(db);
  return {
    arrivalChecks: arrivalChecks(db, now),
    callbacksDue: callbacksDue(db, now),
    slipsOut: slipsOut(db, now),
    conflicts: conflicted(db),
    reworkToday: reworkReport(db, localDay(now, siteTimeZone(db))).items.length,
  };
}

export interface ReworkItem {
  order: WorkOrderSummary;
  /** The unsatisfied callback of that day, if any: when, who called, what the resident said. */
  callback: { at: number; staffName: string | null; notes: string | null } | null;
  /** The rework dispatch of that day, if any. */
  rework: { at: number; staffName: string | null; reason: string | null; workerName: string | null } | null;
  /** Who did the work that failed. */
  previousWorkerName: string | null;
}

/** Rework of one local day: orders called back unsatisfied or sent back to a worker that day. */
export function reworkReport(db: Db, day: string): { day: string; from: number; to: number; items: ReworkItem[] } {
  refreshFolds(db);
  const [from, to] = dayRange(day, siteTimeZone(db));
  const events = stmt(db, `SELECT e.work_order_id AS orderId, e.type, e.at, e.data, s.name AS staffName
       FROM work_order_events e LEFT JOIN staff s ON s.id = e.staff_id
       WHERE e.type IN ('called_back', 'rework') AND e.at >= ? AND e.at < ? ORDER BY e.at`,
    )
    .all(from, to) as { orderId: string; type: string; at: number; data: string; staffName: string | null }[];
  const names = new Map((stmt(db, "SELECT id, name FROM staff WHERE role = 'worker'").all() as { id: string; name: string }[]).map((w) => [w.id, w.name]));
  const byOrder = new Map<string, Omit<ReworkItem, 'order'>>();
  for (const e of events) {
    const data = parseData(e.data);
    if (e.type === 'called_back' && data.satisfaction !== 'unsatisfied') continue;
    const item = byOrder.get(e.orderId) ?? { callback: null, rework: null, previousWorkerName: null };
    if (e.type === 'called_back') item.callback = { at: e.at, staffName: e.staffName, notes: typeof data.notes === 'string' ? data.notes : null };
    else item.rework = { at: e.at, staffName: e.staffName, reason: typeof data.reason === 'string' ? data.reason : null, workerName: names.get(String(data.workerId)) ?? null };
    byOrder.set(e.orderId, item);
  }
  if (byOrder.size === 0) return { day, from, to, items: [] };
  const ids = [...byOrder.keys()];
  const orders = summaries(db, 'o.id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)]);
  const items = orders.map((order) => ({ order, ...byOrder.get(order.id)!, previousWorkerName: previousWorker(db, order.id, names) }));
  items.sort((a, b) => (a.callback?.at ?? a.rework!.at) - (b.callback?.at ?? b.rework!.at));
  return { day, from, to, items };
}

/** The worker of the last dispatch before the latest rework dispatch (or the current one if none yet). */
function previousWorker(db: Db, orderId: string, names: Map<string, string>): string | null {
  const rows = stmt(db, "SELECT type, data FROM work_order_events WHERE work_order_id = ? AND type IN ('dispatched', 'rework') ORDER BY hlc, id")
    .all(orderId) as { type: string; data: string }[];
  const lastRework = rows.map((r) => r.type).lastIndexOf('rework');
  const before = lastRework >= 0 ? rows.slice(0, lastRework) : rows;
  const w = before.length ? parseData(before[before.length - 1].data).workerId : null;
  return typeof w === 'string' ? (names.get(w) ?? null) : null;
}

