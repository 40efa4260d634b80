import type { Db } from '../../db/open';
import { siteTimeZone } from '../../db/numbers';
import { t, type Locale } from '../i18n';
import { dayRange } from '../workorders/day';
import { reportProviders, type ReportBlock, type ReportRange } from './registry';

export type ReportRequest = { kind: 'daily'; date: string } | { kind: 'weekly'; weekStart: string };

export interface Report {
  kind: 'daily' | 'weekly';
  title: string;
  /** First and last local day covered. */
  firstDay: string;
  lastDay: string;
  from: number;
  to: number;
  generatedAt: number;
  blocks: ReportBlock[];
}

/** 'YYYY-MM-DD' plus n days, by the calendar (no time zone involved). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Every book's figures over a local day or a local week (7 days from weekStart). */
export function buildReport(db: Db, req: ReportRequest, locale: Locale, now: number): Report {
  const tz = siteTimeZone(db);
  const first = req.kind === 'daily' ? req.date : req.weekStart;
  const n = req.kind === 'daily' ? 1 : 7;
  const days = Array.from({ length: n }, (_, i) => {
    const day = addDays(first, i);
    const [from, to] = dayRange(day, tz);
    return { day, from, to };
  });
  const range: ReportRange = { from: days[0].from, to: days[n - 1].to, days, now, locale };
  const lastDay = days[n - 1].day;
  return {
    kind: req.kind,
    title: t(locale, `report.${req.kind}.title`, { first, last: lastDay }),
    firstDay: first,
    lastDay,
    from: range.from,
    to: range.to,
    generatedAt: now,
    blocks: reportProviders.map((p) => p.build(db, range)),
  };
}
