import type { Db } from '../../db/open';
import { procedure } from '../procedure';
import { kpiInput, REASONS, type Reason } from './schemas';

export interface DeskKpis {
  from: number;
  to: number;
  calls: number;
  withinThreeRings: number;
  /** Share of calls answered within three rings (0..1), null when there were no calls. */
  withinThreeRingsShare: number | null;
  byReason: Record<Reason, number>;
  messages: number;
  /** Messages that can be judged: delivered, or past their due time without delivery. */
  messagesJudged: number;
  deliveredOnTime: number;
  deliveredOnTimeShare: number | null;
  callbacksOnTime: number;
  complaints: number;
  casesClosed: number;
  casesEscalated: number;
  satisfied: number;
}

const share = (n: number, d: number) => (d === 0 ? null : n / d);

/** The desk's service figures over [from, to): three-ring answering, messages on time, complaints. */
export function deskKpis(db: Db, from: number, to: number, now: number): DeskKpis {
  const c = db.sqlite
    .prepare(
      `SELECT COUNT(*) AS calls, COALESCE(SUM(late_answer = 0), 0) AS within, reason
       FROM calls WHERE received_at >= ? AND received_at < ? AND deleted_at IS NULL GROUP BY reason`,
    )
    .all(from, to) as { calls: number; within: number; reason: Reason }[];
  const byReason = Object.fromEntries(REASONS.map((r) => [r, 0])) as Record<Reason, number>;
  for (const r of c) byReason[r.reason] = r.calls;
  const calls = c.reduce((n, r) => n + r.calls, 0);
  const within = c.reduce((n, r) => n + r.within, 0);
  const m = db.sqlite
    .prepare(
      `SELECT COUNT(*) AS messages,
              COALESCE(SUM(delivered_at IS NOT NULL OR callback_due_at < @now), 0) AS judged,
              COALESCE(SUM(delivered_at <= callback_due_at), 0) AS onTime,
              COALESCE(SUM(callback_done_at <= callback_due_at), 0) AS callbacksOnTime
       FROM call_messages WHERE created_at >= @from AND created_at < @to AND deleted_at IS NULL`,
    )
    .get({ from, to, now }) as { messages: number; judged: number; onTime: number; callbacksOnTime: number };
  const k = db.sqlite
    .prepare(
      `SELECT COUNT(*) AS complaints, COALESCE(SUM(closed_at IS NOT NULL), 0) AS closed,
              COALESCE(SUM(escalated_at IS NOT NULL), 0) AS escalated, COALESCE(SUM(satisfaction = 'satisfied'), 0) AS satisfied
       FROM cases WHERE opened_at >= ? AND opened_at < ? AND deleted_at IS NULL`,
    )
    .get(from, to) as { complaints: number; closed: number; escalated: number; satisfied: number };
  return {
    from,
    to,
    calls,
    withinThreeRings: within,
    withinThreeRingsShare: share(within, calls),
    byReason,
    messages: m.messages,
    messagesJudged: m.judged,
    deliveredOnTime: m.onTime,
    deliveredOnTimeShare: share(m.onTime, m.judged),
    callbacksOnTime: m.callbacksOnTime,
    complaints: k.complaints,
    casesClosed: k.closed,
    casesEscalated: k.escalated,
    satisfied: k.satisfied,
  };
}

export const kpiProcedures = {
  'calls.kpis': procedure({
    input: kpiInput,
    roles: ['desk'],
    staffRoles: ['reception', 'supervisor'],
    handler(ctx, input) {
      return deskKpis(ctx.db, input.from, input.to, ctx.clock());
    },
  }),
};
