// The visitor register's part of the daily and weekly reports: visits by purpose and by hour (or day),
// party sizes, kiosk vs desk, overstays, and registration completeness against its 95% target.
import { getSetting } from '../settings/store';
import { t } from '../i18n';
import type { ReportProvider, ReportRange } from '../reports/registry';
import { target } from '../reports/registry';
import { PURPOSES } from './schemas';

export const COMPLETENESS_TARGET = 0.95;
const HOUR = 3_600_000;
/** Party-size rows: 1, 2, 3, and "4 or more" (groups larger than that are rare at a reception). */
const SIZES = [1, 2, 3, 4] as const;

interface VisitRow {
  at: number;
  departed: number | null;
  purpose: string;
  party: number;
  channel: string;
  complete: number | null;
}

/**
 * A registration is complete when the four fields the paper book asks for are all filled: the visitor's
 * name, a phone (phone_masked: the sealed phone is device-only, the masked one travels and is what the
 * supervisor can check), a host (a staff member or a typed name), and a purpose ('other' needs its note,
 * or the purpose says nothing). Purged rows have lost their personal columns by design, so they are not
 * judged (complete is NULL) but still count as visits.
 */
const COMPLETE = `CASE WHEN purged_at IS NOT NULL THEN NULL ELSE
  (TRIM(COALESCE(visitor_name, '')) <> '' AND TRIM(COALESCE(phone_masked, '')) <> ''
   AND (host_id IS NOT NULL OR TRIM(host_name) <> '')
   AND TRIM(purpose) <> '' AND (purpose <> 'other' OR TRIM(COALESCE(purpose_note, '')) <> '')) END`;

export const visitsReport: ReportProvider = {
  book: 'visits',
  build(db, range) {
    const { locale } = range;
    const rows = db.sqlite
      .prepare(
        `SELECT arrived_at AS at, departed_at AS departed, purpose, party_size AS party, channel, ${COMPLETE} AS complete
         FROM visits WHERE arrived_at >= ? AND arrived_at < ? AND deleted_at IS NULL`,
      )
      .all(range.from, range.to) as VisitRow[];
    const people = rows.reduce((n, r) => n + r.party, 0);
    const judged = rows.filter((r) => r.complete !== null);
    const count = (f: (r: VisitRow) => boolean) => rows.filter(f).length;
    const L = (k: string) => t(locale, `report.visits.${k}`);
    const visitsAndPeople = [L('visits'), L('people')];
    const tally = (rs: VisitRow[]) => [rs.length, rs.reduce((n, r) => n + r.party, 0)];
    return {
      book: 'visits',
      title: L('title'),
      figures: [
        { key: 'visits', label: L('visits'), value: rows.length },
        { key: 'people', label: L('people'), value: people },
        { key: 'kiosk', label: L('kiosk'), value: count((r) => r.channel === 'kiosk') },
        { key: 'desk', label: L('desk'), value: count((r) => r.channel !== 'kiosk') },
        { key: 'overstays', label: L('overstays'), value: overstays(rows, range, getSetting(db, 'closingTime')) },
      ],
      targets: [target('completeness', L('completeness'), count((r) => r.complete === 1), judged.length, COMPLETENESS_TARGET)],
      breakdowns: [
        {
          key: 'byPurpose',
          title: L('byPurpose'),
          columns: visitsAndPeople,
          rows: PURPOSES.map((p) => ({ label: L(`purpose.${p}`), values: tally(rows.filter((r) => r.purpose === p)) })),
          chart: 'bar',
        },
        range.days.length > 1
          ? {
              key: 'byDay',
              title: L('byDay'),
              columns: visitsAndPeople,
              rows: range.days.map((d) => ({ label: d.day.slice(5), values: tally(rows.filter((r) => r.at >= d.from && r.at < d.to)) })),
              chart: 'line',
            }
          : {
              key: 'byHour',
              title: L('byHour'),
              columns: visitsAndPeople,
              // The day starts at local midnight, so (at - from) / 1h is the local hour (China has no DST).
              rows: Array.from({ length: 24 }, (_, h) => ({
                label: `${String(h).padStart(2, '0')}:00`,
                values: tally(rows.filter((r) => Math.min(23, Math.floor((r.at - range.from) / HOUR)) === h)),
              })),
              chart: 'bar',
            },
        {
          key: 'partySize',
          title: L('partySize'),
          columns: visitsAndPeople,
          rows: SIZES.map((s) => ({
            label: t(locale, s === 4 ? 'report.visits.sizeOrMore' : 'report.visits.size', { n: s }),
            values: tally(rows.filter((r) => (s === 4 ? r.party >= 4 : r.party === s))),
          })),
          chart: 'bar',
        },
        {
          key: 'channel',
          title: L('channel'),
          columns: [L('visits')],
          rows: [
            { label: L('desk'), values: [count((r) => r.channel !== 'kiosk')] },
            { label: L('kiosk'), values: [count((r) => r.channel === 'kiosk')] },
          ],
          chart: 'pie',
        },
      ],
    };
  },
};

/**
 * Visits that went past the closing time (setting closingTime) of their arrival day: signed out after
 * it, or still inside when the report is made after it — the same rule the desk's on-site list uses.
 */
function overstays(rows: VisitRow[], range: ReportRange, closingTime: string): number {
  const [h, m] = closingTime.split(':').map(Number);
  const closing = (at: number) => {
    const day = range.days.find((d) => at >= d.from && at < d.to)!;
    return day.from + (h * 60 + m) * 60_000;
  };
  return rows.filter((r) => (r.departed ?? range.now) > closing(r.at)).length;
}
