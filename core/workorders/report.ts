// The work-order book's part of the daily and weekly reports: orders by category and status,
// turnaround times, and callback satisfaction against its 90% target.
import { t } from '../i18n';
import type { ReportProvider } from '../reports/registry';
import { target } from '../reports/registry';
import { STATUSES } from './fold';
import { refreshFolds } from './projection';

export const SATISFACTION_TARGET = 0.9;
const HOUR = 3_600_000;
const hours = (ms: number | null) => (ms === null ? null : Math.round((ms / HOUR) * 10) / 10);

export const workOrdersReport: ReportProvider = {
  book: 'workorders',
  build(db, range) {
    const { from, to, locale } = range;
    refreshFolds(db);
    // Orders reported in the period, by category and their status now.
    const grid = db.sqlite
      .prepare(
        `SELECT o.category, f.status, COUNT(*) AS n FROM work_orders o JOIN work_order_fold f ON f.work_order_id = o.id
         WHERE o.created_at >= ? AND o.created_at < ? AND o.deleted_at IS NULL GROUP BY o.category, f.status`,
      )
      .all(from, to) as { category: string; status: string; n: number }[];
    const categories = [...new Set(grid.map((g) => g.category))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    const statuses = STATUSES.filter((s) => grid.some((g) => g.status === s));
    const cell = (c: string, s: string) => grid.find((g) => g.category === c && g.status === s)?.n ?? 0;

    // Turnaround of the orders completed (closed) in the period, from the report to completion (closing).
    const turn = db.sqlite
      .prepare(
        `SELECT o.category,
                COALESCE(SUM(f.completed_at >= @from AND f.completed_at < @to), 0) AS completed,
                AVG(CASE WHEN f.completed_at >= @from AND f.completed_at < @to THEN f.completed_at - o.created_at END) AS toComplete,
                COALESCE(SUM(f.closed_at >= @from AND f.closed_at < @to), 0) AS closed,
                AVG(CASE WHEN f.closed_at >= @from AND f.closed_at < @to THEN f.closed_at - o.created_at END) AS toClose
         FROM work_orders o JOIN work_order_fold f ON f.work_order_id = o.id
         WHERE o.deleted_at IS NULL AND ((f.completed_at >= @from AND f.completed_at < @to) OR (f.closed_at >= @from AND f.closed_at < @to))
         GROUP BY o.category ORDER BY o.category`,
      )
      .all({ from, to }) as { category: string; completed: number; toComplete: number | null; closed: number; toClose: number | null }[];

    // 回访 done in the period: "satisfied" counts toward the rate; fair and unsatisfied do not.
    const sat = db.sqlite
      .prepare(
        `SELECT json_extract(data, '$.satisfaction') AS s, COUNT(*) AS n FROM work_order_events
         WHERE type = 'called_back' AND at >= ? AND at < ? AND deleted_at IS NULL GROUP BY s`,
      )
      .all(from, to) as { s: string; n: number }[];
    const satN = (s: string) => sat.find((x) => x.s === s)?.n ?? 0;
    const calledBack = sat.reduce((n, x) => n + x.n, 0);
    const created = grid.reduce((n, g) => n + g.n, 0);
    const sum = (k: 'completed' | 'closed') => turn.reduce((n, r) => n + r[k], 0);

    return {
      book: 'workorders',
      title: t(locale, 'report.workorders.title'),
      figures: [
        { key: 'created', label: t(locale, 'report.workorders.created'), value: created },
        { key: 'completed', label: t(locale, 'report.workorders.completed'), value: sum('completed') },
        { key: 'closed', label: t(locale, 'report.workorders.closed'), value: sum('closed') },
        { key: 'calledBack', label: t(locale, 'report.workorders.calledBack'), value: calledBack },
        { key: 'unsatisfied', label: t(locale, 'report.workorders.unsatisfied'), value: satN('unsatisfied') },
      ],
      targets: [target('satisfaction', t(locale, 'report.workorders.satisfaction'), satN('satisfied'), calledBack, SATISFACTION_TARGET)],
      breakdowns: [
        {
          key: 'byCategory',
          title: t(locale, 'report.workorders.byCategory'),
          columns: statuses.map((s) => t(locale, `workorders.status.${s}`)),
          rows: categories.map((c) => ({ label: c, values: statuses.map((s) => cell(c, s)) })),
          chart: 'stacked',
        },
        {
          key: 'turnaround',
          title: t(locale, 'report.workorders.turnaround'),
          columns: ['completed', 'toComplete', 'closed', 'toClose'].map((c) => t(locale, `report.workorders.turn.${c}`)),
          rows: turn.map((r) => ({ label: r.category, values: [r.completed, hours(r.toComplete), r.closed, hours(r.toClose)] })),
          chart: null,
        },
        {
          key: 'satisfaction',
          title: t(locale, 'report.workorders.satisfactionBreakdown'),
          columns: [t(locale, 'report.workorders.calledBack')],
          rows: ['satisfied', 'fair', 'unsatisfied'].map((s) => ({ label: t(locale, `report.workorders.sat.${s}`), values: [satN(s)] })),
          chart: 'pie',
        },
      ],
    };
  },
};
