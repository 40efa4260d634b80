import { z } from 'zod';
import { forbidden, invalidField } from '../errors';
import { procedure, type Ctx } from '../procedure';
import { DAY_RE } from '../workorders/day';
import { buildReport, type ReportRequest } from './build';
import { reportXlsx } from './xlsx';

const day = z.string().regex(DAY_RE, { error: 'report.bad_day' });

/** A day that parses but is not in the calendar (2026-02-30) would quietly roll over: refuse it. */
function realDay(v: string, field: string): void {
  const [y, m, d] = v.split('-').map(Number);
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) throw invalidField(field, 'report.bad_day');
}

function build(ctx: Ctx, req: ReportRequest) {
  realDay(req.kind === 'daily' ? req.date : req.weekStart, req.kind === 'daily' ? 'date' : 'weekStart');
  return buildReport(ctx.db, req, ctx.locale, ctx.clock());
}

export const reportProcedures = {
  /** The day's figures of every book: the reception sees its own shift's service. */
  'reports.daily': procedure({
    input: z.object({ date: day }).strict(),
    roles: ['desk'],
    staffRoles: ['reception', 'supervisor'],
    handler: (ctx, input) => build(ctx, { kind: 'daily', date: input.date }),
  }),

  /** Seven days from weekStart, for the supervisor's weekly review. */
  'reports.weekly': procedure({
    input: z.object({ weekStart: day }).strict(),
    roles: ['desk'],
    staffRoles: ['supervisor'],
    handler: (ctx, input) => build(ctx, { kind: 'weekly', weekStart: input.weekStart }),
  }),

  /** The same report as an XLSX workbook (base64, so both transports carry it as JSON). */
  'reports.export': procedure({
    input: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('daily'), date: day }).strict(),
      z.object({ kind: z.literal('weekly'), weekStart: day }).strict(),
    ]),
    roles: ['desk'],
    staffRoles: ['reception', 'supervisor'],
    async handler(ctx, input) {
      // The weekly figures are the supervisor's, as in reports.weekly.
      if (input.kind === 'weekly' && ctx.staff?.role !== 'supervisor') throw forbidden();
      const report = build(ctx, input);
      const first = input.kind === 'daily' ? input.date : input.weekStart;
      const xlsx = await reportXlsx(report, ctx.locale);
      return { filename: `report-${input.kind}-${first}.xlsx`, base64: xlsx.toString('base64') };
    },
  }),
};
