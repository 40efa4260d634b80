import { t, type Locale } from '../i18n';
import { translateIssues } from '../validation';
import { residentFields, type ResidentFields } from './schema';

export const MAX_IMPORT_ROWS = 20_000;

type Column = keyof ResidentFields;

/** Header words receptionists and property systems use for each column. */
const HEADERS: Record<Column, string[]> = {
  name: ['姓名', '业主姓名', '住户姓名', '业主', '住户', '名字', 'name'],
  building: ['楼栋', '楼号', '栋', '幢', '楼', 'building'],
  unit: ['单元', '单元号', 'unit'],
  room: ['房号', '房间号', '室', '门牌号', '房间', 'room'],
  phone: ['电话', '手机', '手机号', '联系电话', '电话1', 'phone', 'mobile'],
  phone2: ['电话2', '备用电话', '其他电话', '手机2', 'phone2'],
  notes: ['备注', '说明', 'notes', 'note'],
};
export const REQUIRED_COLUMNS: Column[] = ['name', 'building', 'room'];

const normalise = (h: string) => h.toLowerCase().replace(/[\s*＊()（）:：]/g, '');
const ALIAS = new Map<string, Column>(
  (Object.entries(HEADERS) as [Column, string[]][]).flatMap(([col, words]) => words.map((w) => [normalise(w), col] as const)),
);

export interface RowIssue {
  /** The row number as the spreadsheet shows it (the header is row 1 when it is the first line). */
  row: number;
  column: string | null;
  /** Translated, without the column name (the caller names it). */
  problem: string;
}

export type ParsedImport =
  | { kind: 'no_header' }
  | { kind: 'missing_columns'; missing: Column[] }
  | { kind: 'rows'; rows: { row: number; fields: ResidentFields }[]; issues: RowIssue[]; ignoredColumns: string[] };

/** Map the header, validate every data row with the same rules as the desk form, and collect every problem. */
export function parseImport(table: string[][], locale: Locale): ParsedImport {
  const headerIndex = table.findIndex((r) => r.some((c) => c !== ''));
  if (headerIndex < 0) return { kind: 'no_header' };
  const columns = table[headerIndex].map((h) => ALIAS.get(normalise(h)) ?? null);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length) return { kind: 'missing_columns', missing };
  const ignoredColumns = table[headerIndex].filter((h, i) => h !== '' && columns[i] === null);

  const rows: { row: number; fields: ResidentFields }[] = [];
  const issues: RowIssue[] = [];
  const seen = new Map<string, number>();
  for (let i = headerIndex + 1; i < table.length; i++) {
    const cells = table[i];
    if (!cells.some((c) => c !== '')) continue;
    const row = i + 1;
    const raw: Record<string, string> = {};
    columns.forEach((col, j) => {
      if (col && raw[col] === undefined) raw[col] = cells[j] ?? '';
    });
    const parsed = residentFields.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [bare] = translateIssues(locale, [{ ...issue, path: [] }]);
        issues.push({ row, column: typeof issue.path[0] === 'string' ? issue.path[0] : null, problem: bare.message });
      }
      continue;
    }
    const f = parsed.data;
    const key = [f.name, f.building, f.unit ?? '', f.room].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push({ row, column: 'name', problem: t(locale, 'residents.duplicate_row', { first }) });
      continue;
    }
    seen.set(key, row);
    rows.push({ row, fields: f });
  }
  return { kind: 'rows', rows, issues, ignoredColumns };
}
