import ExcelJS from 'exceljs';
import { decodeText, parseCsv } from './csv';

export type FileKind = 'csv' | 'xlsx';

export function fileKind(filename: string): FileKind | null {
  const ext = filename.toLowerCase().split('.').pop();
  return ext === 'csv' || ext === 'xlsx' ? ext : null;
}

/** A cell as the receptionist sees it: numbers as written (phones saved as numbers too), rich text flattened. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
  return '';
}

/** The first sheet (XLSX) or the whole file (CSV) as rows of trimmed text cells. Throws if unreadable. */
export async function readTable(kind: FileKind, bytes: Buffer): Promise<string[][]> {
  if (kind === 'csv') return parseCsv(decodeText(bytes)).map((r) => r.map((c) => c.trim()));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}
