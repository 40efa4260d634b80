import type { Db } from '../../db/open';
import type { Locale } from '../i18n';
import { callsReport } from '../calls/report';
import { workOrdersReport } from '../workorders/report';
import { visitsReport } from '../visits/report';
import { parcelsReport } from '../parcels/report';

/** The period a report covers: [from, to) in epoch ms, and its local days 'YYYY-MM-DD'. */
export interface ReportRange {
  from: number;
  to: number;
  days: { day: string; from: number; to: number }[];
  now: number;
  locale: Locale;
}

/** A service figure against its target (a share 0..1), e.g. calls answered within 3 rings >= 98%. */
export interface TargetFigure {
  key: string;
  label: string;
  numerator: number;
  denominator: number;
  /** null when there was nothing to judge. */
  share: number | null;
  target: number;
  met: boolean | null;
}

export interface Figure {
  key: string;
  label: string;
  value: number | null;
  unit?: string;
}

/**
 * A table of counts: rows x columns (a one-column table is a simple breakdown). `chart` says how a
 * person would rather see it; null means read it as a table (e.g. turnaround hours).
 */
export interface Breakdown {
  key: string;
  title: string;
  columns: string[];
  rows: { label: string; values: (number | null)[] }[];
  chart: 'bar' | 'stacked' | 'pie' | 'line' | null;
}

export interface ReportBlock {
  book: string;
  title: string;
  figures: Figure[];
  targets: TargetFigure[];
  breakdowns: Breakdown[];
}

/** One book's part of the daily and weekly reports. */
export interface ReportProvider {
  book: string;
  build(db: Db, range: ReportRange): ReportBlock;
}

/**
 * Every book that has figures to report adds its provider here (one import, one entry), so the
 * reports, their charts and the XLSX export need no change when a book is added.
 */
export const reportProviders: ReportProvider[] = [callsReport, workOrdersReport, visitsReport, parcelsReport];

export const share = (n: number, d: number) => (d === 0 ? null : n / d);

export function target(key: string, label: string, numerator: number, denominator: number, goal: number): TargetFigure {
  const s = share(numerator, denominator);
  return { key, label, numerator, denominator, share: s, target: goal, met: s === null ? null : s >= goal };
}
