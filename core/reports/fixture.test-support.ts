// Raw rows for report tests and the bench: the figures are checked against hand counts, so the
// fixture states every timestamp instead of going through the procedures' own clocks.
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../../db/open';
import { formatHlc } from '../../sync/hlc';

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
