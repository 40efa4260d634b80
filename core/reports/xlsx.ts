import ExcelJS from 'exceljs';
import { t, type Locale } from '../i18n';
import type { Report } from './build';

const pct = (v: number | null) => (v === null ? '—' : v);

/**
 * The report as a workbook: a summary sheet (figures and targets of every book) and one sheet per
 * breakdown, so the supervisor can chart or sum it again in Excel.
 */
export async function reportXlsx(report: Report, locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Front Desk';
  wb.created = new Date(report.generatedAt);
  const summary = wb.addWorksheet(t(locale, 'report.xlsx.summary'));
  summary.columns = [{ width: 28 }, { width: 14 }, { width: 14 }, { width: 14 }];
  summary.addRow([report.title]).font = { bold: true, size: 14 };
  for (const b of report.blocks) {
    summary.addRow([]);
    summary.addRow([b.title]).font = { bold: true };
    for (const f of b.figures) summary.addRow([f.label, f.value ?? '—']);
    if (b.targets.length) {
      summary.addRow(['', t(locale, 'report.xlsx.actual'), t(locale, 'report.xlsx.target'), t(locale, 'report.xlsx.met')]).font = { italic: true };
    }
    for (const g of b.targets) {
      const row = summary.addRow([`${g.label} (${g.numerator}/${g.denominator})`, pct(g.share), g.target, g.met === null ? '—' : t(locale, g.met ? 'report.met' : 'report.missed')]);
      row.getCell(2).numFmt = '0.0%';
      row.getCell(3).numFmt = '0%';
    }
  }
  const used = new Set<string>();
  for (const b of report.blocks) {
    for (const d of b.breakdowns) {
      // Sheet names: at most 31 characters, unique, none of : \ / ? * [ ].
      let name = `${b.title}-${d.title}`.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
      while (used.has(name)) name = `${name.slice(0, 29)}_${used.size}`;
      used.add(name);
      const ws = wb.addWorksheet(name);
      ws.addRow([d.title, ...d.columns]).font = { bold: true };
      for (const r of d.rows) ws.addRow([r.label, ...r.values.map((v) => v ?? '—')]);
      ws.columns.forEach((c, i) => (c.width = i === 0 ? 20 : 14));
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
