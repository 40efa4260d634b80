import type { z } from 'zod';
import type { Ctx } from '../procedure';
import { normalizePhone } from '../calls/phone';
import { phoneIndexOf } from './privacy';
import { prepared } from '../calls/sql';
import { latinPinyinParts, pinyinPartSql } from '../staff/pinyin';
import { publicVisit, readVisits } from './read';
import type { searchInput } from './schemas';

/** Upper bound of a prefix range over UTF-8 text (SQLite compares bytes): above every character. */
const upper = (p: string) => `${p}\u{10ffff}`;

/**
 * The desk's search, every branch an indexed range so it stays fast on a million visits:
 * - a whole phone number: its blind index (the phone itself is sealed);
 * - 3 digits: the masked phone's prefix (138****5678 keeps the first 3); 4 digits: its last 4;
 * - letters: pinyin initials ("zs" finds 张三), which lead the stored pinyin keys, or the full pinyin
 *   after them ("zhang", "zhangsan"; visits_pinyin_full_idx);
 * - anything else: the start of the name or the company.
 */
export function searchVisits(ctx: Ctx, input: z.output<typeof searchInput>) {
  const where: string[] = [];
  const params: unknown[] = [];
  const q = input.q?.trim() ?? '';
  const digits = q.replace(/[\s-]/g, '');
  if (q && /^\d+$/.test(digits)) {
    const full = digits.length >= 7 ? normalizePhone(digits) : null;
    if (full) {
      where.push('v.phone_index = ?');
      params.push(phoneIndexOf(ctx.services.secrets, full));
    } else if (digits.length === 4) {
      where.push("v.phone_masked LIKE ? ESCAPE '\\'");
      params.push(`%${digits}`);
    } else {
      where.push('v.phone_masked >= ? AND v.phone_masked < ?');
      params.push(digits.slice(0, 3), upper(digits.slice(0, 3)));
    }
  } else if (q && /^[a-zA-Z]+$/.test(q)) {
    const p = q.toLowerCase();
    const ranges = latinPinyinParts(p).map((part) => {
      const key = pinyinPartSql('v.visitor_pinyin', part);
      params.push(p, upper(p));
      return `(${key} >= ? AND ${key} < ?)`;
    });
    where.push(`(${ranges.join(' OR ')} OR (v.visitor_name >= ? AND v.visitor_name < ?))`);
    params.push(q, upper(q));
  } else if (q) {
    where.push('((v.visitor_name >= ? AND v.visitor_name < ?) OR (v.company >= ? AND v.company < ?))');
    params.push(q, upper(q), q, upper(q));
  }
  if (input.hostId) {
    where.push('v.host_id = ?');
    params.push(input.hostId);
  }
  if (input.from !== undefined) {
    where.push('v.arrived_at >= ?');
    params.push(input.from);
  }
  if (input.to !== undefined) {
    where.push('v.arrived_at < ?');
    params.push(input.to);
  }
  // Two steps: the page's rowids from the indexes alone (each search index carries arrived_at), then
  // only those rows. Sorting thousands of index entries is cheap; reading thousands of rows is not.
  const page = prepared(ctx.db, `SELECT v.rowid AS r FROM visits v WHERE ${where.join(' AND ') || '1'} ORDER BY v.arrived_at DESC LIMIT ? OFFSET ?`)
    .all(...params, input.pageSize + 1, input.page * input.pageSize) as { r: number }[];
  const rows = page.length
    ? readVisits(ctx.db, `v.rowid IN (${page.map(() => '?').join(',')})`, page.map((p) => p.r), 'ORDER BY v.arrived_at DESC')
    : [];
  return { visits: rows.slice(0, input.pageSize).map(publicVisit), hasMore: rows.length > input.pageSize, page: input.page };
}
