// The phone log's part of the daily and weekly reports: calls by reason and outcome, three-ring
// answering against its 98% target, messages and callbacks on time, complaint cases.
import { t } from '../i18n';
import type { ReportProvider } from '../reports/registry';
import { target } from '../reports/registry';
import { deskKpis } from './kpis';
import { OUTCOMES, REASONS } from './schemas';

export const THREE_RINGS_TARGET = 0.98;

export const callsReport: ReportProvider = {
  book: 'calls',
  build(db, range) {
    const { from, to, locale } = range;
    const k = deskKpis(db, from, to, range.now);
    const grid = db.sqlite
      .prepare(
        `SELECT reason, outcome, COUNT(*) AS n FROM calls
         WHERE received_at >= ? AND received_at < ? AND deleted_at IS NULL GROUP BY reason, outcome`,
      )
      .all(from, to) as { reason: string; outcome: string; n: number }[];
    const cell = (r: string, o: string) => grid.find((g) => g.reason === r && g.outcome === o)?.n ?? 0;
    // Callbacks can be judged once done, or once their due time has passed undone.
    const cb = db.sqlite
      .prepare(
        `SELECT COALESCE(SUM(callback_done_at IS NOT NULL OR callback_due_at < @now), 0) AS judged,
                COALESCE(SUM(callback_done_at <= callback_due_at), 0) AS onTime
         FROM call_messages WHERE created_at >= @from AND created_at < @to AND deleted_at IS NULL`,
      )
      .get({ from, to, now: range.now }) as { judged: number; onTime: number };
    const byTime = range.days.length > 1 ? perDay(db, range) : perHour(db, range);
    return {
      book: 'calls',
      title: t(locale, 'report.calls.title'),
      figures: [
        { key: 'calls', label: t(locale, 'report.calls.calls'), value: k.calls },
        { key: 'messages', label: t(locale, 'report.calls.messages'), value: k.messages },
        { key: 'complaints', label: t(locale, 'report.calls.complaints'), value: k.complaints },
        { key: 'casesClosed', label: t(locale, 'report.calls.casesClosed'), value: k.casesClosed },
        { key: 'casesEscalated', label: t(locale, 'report.calls.casesEscalated'), value: k.casesEscalated },
      ],
      targets: [
        target('threeRings', t(locale, 'report.calls.threeRings'), k.withinThreeRings, k.calls, THREE_RINGS_TARGET),
        target('messagesOnTime', t(locale, 'report.calls.messagesOnTime'), k.deliveredOnTime, k.messagesJudged, 1),
        target('callbacksOnTime', t(locale, 'report.calls.callbacksOnTime'), cb.onTime, cb.judged, 1),
      ],
      breakdowns: [
        {
          key: 'byReason',
          title: t(locale, 'report.calls.byReason'),
          columns: OUTCOMES.map((o) => t(locale, `report.calls.outcome.${o}`)),
          rows: REASONS.map((r) => ({ label: t(locale, `report.calls.reason.${r}`), values: OUTCOMES.map((o) => cell(r, o)) })),
          chart: 'stacked',
        },
        byTime,
      ],
    };
  },
};

type Range = Parameters<ReportProvider['build']>[1];

function perDay(db: Parameters<ReportProvider['build']>[0], range: Range) {
  const count = db.sqlite.prepare('SELECT COUNT(*) AS n FROM calls WHERE received_at >= ? AND received_at < ? AND deleted_at IS NULL');
  return {
    key: 'byDay',
    title: t(range.locale, 'report.calls.byDay'),
    columns: [t(range.locale, 'report.calls.calls')],
    rows: range.days.map((d) => ({ label: d.day.slice(5), values: [(count.get(d.from, d.to) as { n: number }).n] })),
    chart: 'line' as const,
  };
}

function perHour(db: Parameters<ReportProvider['build']>[0], range: Range) {
  const times = db.sqlite
    .prepare('SELECT received_at AS at FROM calls WHERE received_at >= ? AND received_at < ? AND deleted_at IS NULL')
    .all(range.from, range.to) as { at: number }[];
  // Hours of the site's local day: the day's start is local midnight, so (at - from) / 1h is the local hour
  // (a DST day would shift by one; China has none).
  const hours = Array.from({ length: 24 }, () => 0);
  for (const { at } of times) hours[Math.min(23, Math.floor((at - range.from) / 3_600_000))]++;
  return {
    key: 'byHour',
    title: t(range.locale, 'report.calls.byHour'),
    columns: [t(range.locale, 'report.calls.calls')],
    rows: hours.map((n, h) => ({ label: `${String(h).padStart(2, '0')}:00`, values: [n] })),
    chart: 'bar' as const,
  };
}
