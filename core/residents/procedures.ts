import { z } from 'zod';
import { mutate } from '../../db/mutate';
import { prefixEnd } from '../calls/phone';
import { prepared } from '../calls/sql';
import { AppError, invalidField, notFound } from '../errors';
import { text } from '../fields';
import { t } from '../i18n';
import { procedure } from '../procedure';
import { MAX_IMPORT_ROWS, parseImport } from './import';
import { residentInput } from './schema';
import { fileKind, readTable } from './table';
import { findSameResident, writeResident } from './write';

const DESK = ['reception', 'supervisor'] as const;
/** The HTTP transport takes 1 MB bodies; base64 of a ~1 MB file fits under this. */
const MAX_BASE64 = 1_400_000;
/** Listing every refused row of a wholly wrong file helps nobody; the first ones show the pattern. */
const MAX_REPORTED = 200;

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface ResidentRow {
  id: string;
  name: string;
  building: string;
  unit: string | null;
  room: string;
  phone: string | null;
  phone2: string | null;
  notes: string | null;
}

const COLUMNS = 'id, name, building, unit, room, phone, phone2, notes';

export const residentProcedures = {
  'residents.search': procedure({
    input: z
      .object({ q: text(50).optional(), limit: z.number().int().min(1).max(200).default(50) })
      .strict()
      .optional(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const q = input?.q;
      const limit = input?.limit ?? 50;
      const digits = q?.replace(/[\s-]/g, '') ?? '';
      let where = 'deleted_at IS NULL';
      let params: Record<string, string> = {};
      if (q && /^\d{5,}$/.test(digits)) {
        where += ' AND ((phone >= @from AND phone < @to) OR (phone2 >= @from AND phone2 < @to))';
        params = { from: digits, to: prefixEnd(digits) };
      } else if (q) {
        // Name, pinyin ("zs", "zhangsan") or address ("3栋", "301").
        where += ` AND (name LIKE @q ESCAPE '\\' OR pinyin LIKE @py ESCAPE '\\'
                   OR (building || ' ' || COALESCE(unit, '') || ' ' || room) LIKE @q ESCAPE '\\')`;
        params = { q: like(q), py: like(q.toLowerCase().replace(/\s+/g, '')) };
      }
      const total = (prepared(ctx.db, `SELECT COUNT(*) AS n FROM residents WHERE ${where}`).get(params) as { n: number }).n;
      const rows = prepared(ctx.db, `SELECT ${COLUMNS} FROM residents WHERE ${where} ORDER BY building, unit, room, name LIMIT @limit`).all({
        ...params,
        limit,
      }) as ResidentRow[];
      return { total, rows };
    },
  }),

  'residents.upsert': procedure({
    input: residentInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const { id: residentId, ...fields } = input;
      if (residentId && !prepared(ctx.db, 'SELECT 1 FROM residents WHERE id = ? AND deleted_at IS NULL').get(residentId)) throw notFound();
      const twin = findSameResident(ctx.db, fields);
      if (twin && twin !== residentId) throw invalidField('name', 'residents.duplicate');
      const savedId = mutate(ctx.db, (tx) => {
        const savedId = writeResident(tx, fields, residentId);
        ctx.audit(tx, residentId ? 'residents.update' : 'residents.create', savedId);
        return savedId;
      });
      ctx.emit('data-changed', { tables: ['residents'] });
      return { id: savedId };
    },
  }),

  /** All or nothing: one bad row and nothing is imported, with every problem listed by row. */
  'residents.import': procedure({
    input: z
      .object({
        filename: text(200),
        contentBase64: z.string().min(1).max(MAX_BASE64).regex(/^[A-Za-z0-9+/=\r\n]+$/, { message: 'residents.file_unreadable' }),
      })
      .strict(),
    roles: ['desk'],
    staffRoles: ['supervisor'],
    async handler(ctx, input) {
      const kind = fileKind(input.filename);
      if (!kind) throw invalidField('filename', 'residents.file_type');
      let table: string[][];
      try {
        table = await readTable(kind, Buffer.from(input.contentBase64, 'base64'));
      } catch {
        throw invalidField('contentBase64', 'residents.file_unreadable');
      }
      const parsed = parseImport(table, ctx.locale);
      if (parsed.kind === 'no_header') throw invalidField('contentBase64', 'residents.no_rows');
      if (parsed.kind === 'missing_columns') {
        const names = parsed.missing.map((c) => t(ctx.locale, `field.${c}`)).join('、');
        throw invalidField('contentBase64', 'residents.missing_columns', { columns: names });
      }
      const total = parsed.rows.length + new Set(parsed.issues.map((i) => i.row)).size;
      if (total === 0) throw invalidField('contentBase64', 'residents.no_rows');
      if (total > MAX_IMPORT_ROWS) throw invalidField('contentBase64', 'residents.too_many_rows', { max: MAX_IMPORT_ROWS });
      if (parsed.issues.length) {
        const rejected = new Set(parsed.issues.map((i) => i.row)).size;
        throw new AppError(
          'invalid',
          'residents.import_rejected',
          { rows: rejected },
          parsed.issues.slice(0, MAX_REPORTED).map((i) => ({
            path: i.column ? ['rows', i.row, i.column] : ['rows', i.row],
            key: 'residents.row_issue',
            params: { row: i.row, problem: i.problem },
          })),
        );
      }
      const counts = mutate(ctx.db, (tx) => {
        let added = 0;
        let updated = 0;
        for (const { fields } of parsed.rows) {
          const existing = findSameResident(ctx.db, fields);
          writeResident(tx, fields, existing);
          if (existing) updated++;
          else added++;
        }
        ctx.audit(tx, 'residents.import', null, { filename: input.filename, added, updated });
        return { added, updated };
      });
      ctx.emit('data-changed', { tables: ['residents'] });
      return { ...counts, total: parsed.rows.length, ignoredColumns: parsed.ignoredColumns };
    },
  }),
};
