import type { MatterProvider } from '../handover/matters';
import { formatPhone } from './phone';
import { prepared } from './sql';

// What the phone log leaves open at the end of a shift: messages not yet called back, and
// complaint cases not yet closed. Matters are written into the handover as text, without a
// locale, so they are worded in the desk's Chinese like the paper handover book.

export const openMessagesMatters: MatterProvider = {
  kind: 'openMessages',
  collect(db, now) {
    const rows = prepared(
      db,
      `SELECT m.id, m.text, m.callback_due_at AS due, m.delivered_at AS deliveredAt, c.caller_name AS caller, c.caller_phone AS phone, s.name AS forName
       FROM call_messages m JOIN calls c ON c.id = m.call_id LEFT JOIN staff s ON s.id = m.for_staff_id
       WHERE m.callback_done_at IS NULL AND m.deleted_at IS NULL`,
    ).all() as { id: string; text: string; due: number; deliveredAt: number | null; caller: string; phone: string; forName: string | null }[];
    return rows.map((r) => ({
      key: `message:${r.id}`,
      title: `${r.caller} ${formatPhone(r.phone)} → ${r.forName ?? '?'}`,
      detail: `${r.deliveredAt === null ? '未转达' : '已转达，待回电'}：${r.text}`,
      due: r.due,
      overdue: r.due < now,
    }));
  },
};

export const openCasesMatters: MatterProvider = {
  kind: 'openCases',
  collect(db, now) {
    const rows = prepared(
      db,
      `SELECT k.id, k.number, k.complainant_name AS who, k.summary, k.due_at AS due, o.name AS owner
       FROM cases k LEFT JOIN staff o ON o.id = k.owner_id WHERE k.closed_at IS NULL AND k.deleted_at IS NULL`,
    ).all() as { id: string; number: string; who: string; summary: string; due: number; owner: string | null }[];
    return rows.map((r) => ({
      key: `case:${r.id}`,
      title: `${r.number} ${r.who} (${r.owner ?? '?'})`,
      detail: r.summary,
      due: r.due,
      overdue: r.due < now,
    }));
  },
};
