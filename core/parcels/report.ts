// The parcel book and the lending book in the daily and weekly reports: parcels received, picked up and
// sent back, how long a parcel waits for its recipient, and keys lent and loans that ran late.
import { t } from '../i18n';
import type { ReportProvider } from '../reports/registry';
import { COURIER_NAMES } from './couriers';

const HOUR = 3_600_000;

/** The middle value (mean of the two middle ones for an even count); null when there is none. */
export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export const parcelsReport: ReportProvider = {
  book: 'parcels',
  build(db, range) {
    const { from, to, locale } = range;
    const L = (k: string) => t(locale, `report.parcels.${k}`);
    // Each event is counted in the period it happened in: a parcel received last week and picked up
    // today counts as picked up today.
    const events = db.sqlite
      .prepare(
        `SELECT courier, received_at AS received, picked_up_at AS picked, returned_at AS returned FROM parcels
         WHERE deleted_at IS NULL AND ((received_at >= @from AND received_at < @to) OR (picked_up_at >= @from AND picked_up_at < @to)
           OR (returned_at >= @from AND returned_at < @to))`,
      )
      .all({ from, to }) as { courier: string; received: number; picked: number | null; returned: number | null }[];
    const within = (at: number | null, a = from, b = to) => at !== null && at >= a && at < b;
    const received = events.filter((e) => within(e.received));
    const picked = events.filter((e) => within(e.picked));
    const waits = median(picked.map((e) => e.picked! - e.received));

    // Loans made in the period. Overdue: brought back after the due time, or still out past it now.
    const loans = db.sqlite
      .prepare(
        `SELECT i.kind, l.due_at AS due, l.returned_at AS back FROM item_loans l JOIN lent_items i ON i.id = l.item_id
         WHERE l.lent_at >= ? AND l.lent_at < ? AND l.deleted_at IS NULL`,
      )
      .all(from, to) as { kind: string; due: number; back: number | null }[];
    const overdue = loans.filter((l) => (l.back ?? range.now) > l.due).length;

    const couriers = [...new Set(received.map((e) => e.courier))].sort();
    const flow = (a: number, b: number) =>
      (['received', 'picked', 'returned'] as const).map((k) => events.filter((e) => within(e[k], a, b)).length);
    return {
      book: 'parcels',
      title: L('title'),
      figures: [
        { key: 'received', label: L('received'), value: received.length },
        { key: 'pickedUp', label: L('pickedUp'), value: picked.length },
        { key: 'returned', label: L('returned'), value: events.filter((e) => within(e.returned)).length },
        { key: 'medianWait', label: L('medianWait'), value: waits === null ? null : Math.round((waits / HOUR) * 10) / 10 },
        { key: 'keyLoans', label: L('keyLoans'), value: loans.filter((l) => l.kind === 'key').length },
        { key: 'loans', label: L('loans'), value: loans.length },
        { key: 'overdueLoans', label: L('overdueLoans'), value: overdue },
      ],
      targets: [],
      breakdowns: [
        {
          key: 'byCourier',
          title: L('byCourier'),
          columns: [L('received')],
          rows: couriers.map((c) => ({ label: COURIER_NAMES[c] ?? c, values: [received.filter((e) => e.courier === c).length] })),
          chart: 'pie',
        },
        ...(range.days.length > 1
          ? [
              {
                key: 'byDay',
                title: L('byDay'),
                columns: [L('received'), L('pickedUp'), L('returned')],
                rows: range.days.map((d) => ({ label: d.day.slice(5), values: flow(d.from, d.to) })),
                chart: 'line' as const,
              },
            ]
          : []),
      ],
    };
  },
};
