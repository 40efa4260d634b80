// Raw rows for report tests and the bench: the figures are checked against hand counts, so the
// fixture states every timestamp instead of going through the procedures' own clocks.
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/open';
import { formatHlc } from '../../sync/hlc';
import type { Report } from './build';

export function insertCall(db: Db, c: { at: number; reason: string; outcome: string; late?: boolean; takenBy: string }): string {
  const id = uuidv7();
  db.sqlite
    .prepare(
      `INSERT INTO calls (id, received_at, late_answer, caller_name, caller_phone, reason, summary, outcome, taken_by, created_at)
       VALUES (?, ?, ?, '张先生', '13800000000', ?, '测试', ?, ?, ?)`,
    )
    .run(id, c.at, c.late ? 1 : 0, c.reason, c.outcome, c.takenBy, c.at);
  return id;
}

export function insertMessage(db: Db, m: { callId: string; forStaffId: string; at: number; due: number; delivered?: number; callback?: number }): void {
  db.sqlite
    .prepare(
      `INSERT INTO call_messages (id, call_id, for_staff_id, text, callback_due_at, created_at, created_by, delivered_at, callback_done_at)
       VALUES (?, ?, ?, '请回电', ?, ?, ?, ?, ?)`,
    )
    .run(uuidv7(), m.callId, m.forStaffId, m.due, m.at, m.forStaffId, m.delivered ?? null, m.callback ?? null);
}

export function insertCase(db: Db, k: { number: string; ownerId: string; at: number; closed?: number; escalated?: number; satisfaction?: string }): void {
  db.sqlite
    .prepare(
      `INSERT INTO cases (id, number, source, complainant_name, summary, owner_id, opened_at, due_at, escalated_at, closed_at, satisfaction)
       VALUES (?, ?, 'call', '李女士', '噪音', ?, ?, ?, ?, ?, ?)`,
    )
    .run(uuidv7(), k.number, k.ownerId, k.at, k.at + 86_400_000, k.escalated ?? null, k.closed ?? null, k.satisfaction ?? null);
}

/** One order and its history: each step is [event type, ms after the report, data]. Fold with refreshFolds. */
export function insertOrder(db: Db, o: { number: string; at: number; category: string; steps?: [string, number, Record<string, unknown>][] }): string {
  const id = uuidv7();
  db.sqlite
    .prepare(
      `INSERT INTO work_orders (id, number, source, reporter_name, reporter_phone, public_location, category, description, priority, created_at)
       VALUES (?, ?, 'call', '陈先生', '13900000000', '1栋大堂', ?, '灯不亮', 'normal', ?)`,
    )
    .run(id, o.number, o.category, o.at);
  const ins = db.sqlite.prepare('INSERT INTO work_order_events (id, work_order_id, type, hlc, at, staff_id, data) VALUES (?, ?, ?, ?, ?, NULL, ?)');
  const steps: [string, number, Record<string, unknown>][] = [['created', 0, { source: 'call' }], ...(o.steps ?? [])];
  steps.forEach(([type, offset, data], k) =>
    ins.run(uuidv7(), id, type, formatHlc({ wall: o.at + offset, counter: k, node: db.device.clientId }), o.at + offset, JSON.stringify(data)),
  );
  return id;
}

/** A visit as the register holds it; omitted personal fields stay null (as a purge or a skipped field leaves them). */
export function insertVisit(
  db: Db,
  v: { at: number; purpose: string; party?: number; channel?: string; name?: string | null; phone?: string | null; note?: string; departed?: number; purged?: boolean; deleted?: boolean },
): void {
  db.sqlite
    .prepare(
      `INSERT INTO visits (id, badge_no, visitor_name, phone_masked, host_name, purpose, purpose_note, party_size, channel, arrived_at, departed_at, purged_at, deleted_at)
       VALUES (?, 'T-1', ?, ?, '王经理', ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      uuidv7(), v.name === undefined ? '访客甲' : v.name, v.phone === undefined ? '138****5678' : v.phone, v.purpose, v.note ?? null,
      v.party ?? 1, v.channel ?? 'desk', v.at, v.departed ?? null, v.purged ? v.at : null, v.deleted ? v.at : null,
    );
}

export function insertParcel(db: Db, p: { courier: string; at: number; picked?: number; returned?: number; receivedBy: string }): void {
  db.sqlite
    .prepare(
      `INSERT INTO parcels (id, tracking_no, courier, recipient_kind, recipient_name, code, received_at, received_by, picked_up_at, returned_at)
       VALUES (?, ?, ?, 'resident', '赵女士', '123456', ?, ?, ?, ?)`,
    )
    .run(uuidv7(), `SF${p.at}`, p.courier, p.at, p.receivedBy, p.picked ?? null, p.returned ?? null);
}

/** One lending of a fresh item of that kind ('key', 'umbrella'...). */
export function insertLoan(db: Db, l: { kind: string; at: number; due: number; back?: number; lentBy: string }): void {
  const itemId = uuidv7();
  db.sqlite.prepare(`INSERT INTO lent_items (id, kind, label, created_at, updated_at) VALUES (?, ?, '101 室', ?, ?)`).run(itemId, l.kind, l.at, l.at);
  db.sqlite
    .prepare(`INSERT INTO item_loans (id, item_id, borrower, phone, purpose, lent_at, due_at, lent_by, returned_at) VALUES (?, ?, '刘师傅', '13700000000', '检修', ?, ?, ?, ?)`)
    .run(uuidv7(), itemId, l.at, l.due, l.lentBy, l.back ?? null);
}

/** One book's part of a report, read the way the report tests compare it with hand-counted figures. */
export function bookOf(r: Report, book: string) {
  const block = r.blocks.find((b) => b.book === book)!;
  return {
    block,
    figures: () => Object.fromEntries(block.figures.map((f) => [f.key, f.value])),
    /** A breakdown as label -> values, or label -> {column: value} when asked `byColumn`. */
    rows: (key: string, byColumn = false) => {
      const b = block.breakdowns.find((x) => x.key === key)!;
      return Object.fromEntries(b.rows.map((row) => [row.label, byColumn ? Object.fromEntries(b.columns.map((c, i) => [c, row.values[i]])) : row.values]));
    },
  };
}

/** The report tests' week: Monday 2026-11-23 00:00 in Shanghai. */
const DAY0 = Date.UTC(2026, 10, 22, 16);
/** A moment of that week: hour and minute of day 0 (Monday), or of `day` days later (negative: before). */
export const at = (h: number, m = 0, day = 0) => DAY0 + day * 86_400_000 + (h * 60 + m) * 60_000;
