import ExcelJS from 'exceljs';
import type { Db } from '../../db/open';
import { siteTimeZone } from '../../db/numbers';
import { readVisits } from './read';

const HEADERS = ['证号', '姓名', '电话', '单位', '证件', '被访人', '事由', '人数', '物品', '来访时间', '离开时间', '证件归还'];
const PURPOSE_ZH: Record<string, string> = { business: '业务洽谈', interview: '面试', delivery: '送货', works: '维修施工', personal: '探访', other: '其他' };

/** A formula-looking cell (=, +, -, @) is prefixed so a spreadsheet never runs what a visitor typed. */
const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The daily export (访客登记表): masked phones and ID numbers only, as XLSX and CSV (UTF-8 with BOM for Excel). */
export async function exportVisits(db: Db, from: number, to: number) {
  const fmt = new Intl.DateTimeFormat('zh-CN', { timeZone: siteTimeZone(db), dateStyle: 'short', timeStyle: 'short' });
  const rows = readVisits(db, 'v.arrived_at >= ? AND v.arrived_at < ?', [from, to], 'ORDER BY v.arrived_at').map((v) =>
    [
      v.badgeNo, v.visitorName ?? '', v.phoneMasked ?? '', v.company ?? '', v.idMasked ?? '', v.hostName,
      PURPOSE_ZH[v.purpose] + (v.purposeNote ? ` ${v.purposeNote}` : ''), String(v.partySize), v.items ?? '',
      fmt.format(v.arrivedAt), v.departedAt ? fmt.format(v.departedAt) : '', v.badgeReturned === null ? '' : v.badgeReturned ? '是' : '否',
    ].map(safe),
  );
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('访客登记');
  sheet.addRow(HEADERS).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((c) => (c.width = 14));
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const csv = '\ufeff' + [HEADERS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return { rows: rows.length, xlsx, csv };
}
