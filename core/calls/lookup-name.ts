import type { Db } from '../../db/open';
import { latinPinyinParts, pinyinKeys, pinyinPartSql, type PinyinPart } from '../staff/pinyin';
import type { CallerMatch } from './lookup';
import { prefixEnd } from './phone';
import { prepared } from './sql';

const LIMIT = 8;

interface KeyRange {
  part: PinyinPart;
  from: string;
  to: string;
}

/**
 * The ranges of the stored pinyin keys that can hold the typed name, each an index seek
 * (residents_pinyin_idx / calls_pinyin_idx on the key, the *_pinyin_full_idx on its full part):
 * - latin "zs": keys whose initials start "zs"; latin "zhang": also keys whose full pinyin starts "zhang";
 * - Chinese "张三": keys whose full pinyin starts with its pinyin; the name itself is then checked on
 *   the rows found (章 and 张 read the same).
 */
function keyRanges(q: string): { ranges: KeyRange[]; name: string | null } {
  const latin = q.toLowerCase().replace(/\s+/g, '');
  const range = (part: PinyinPart, from: string): KeyRange => ({ part, from, to: prefixEnd(from) });
  if (/^[a-z]+$/.test(latin)) {
    return { ranges: latinPinyinParts(latin).map((part) => range(part, latin)), name: null };
  }
  const full = pinyinKeys(q).split(' ')[1] ?? '';
  return { ranges: full ? [range('full', full)] : [], name: q };
}

/** The range condition on a table's key column, written exactly as its index so SQLite uses it. */
const inRange = (col: string, part: PinyinPart) => {
  const key = pinyinPartSql(`"${col}"`, part);
  return `${key} >= @from AND ${key} < @to`;
};

// A name typed in Chinese reads a few more rows: some are homophones (章 for 张) and get dropped.
function rowsIn<T extends { id: string; name: string }>(db: Db, sql: (range: string) => string, col: string, ranges: KeyRange[], name: string | null): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const r of ranges) {
    for (const row of prepared(db, sql(inRange(col, r.part))).all({ from: r.from, to: r.to, limit: name ? LIMIT * 4 : LIMIT }) as T[]) {
      if (seen.has(row.id) || (name && !row.name.startsWith(name))) continue;
      seen.add(row.id);
      out.push(row);
    }
  }
  return out.slice(0, LIMIT);
}

/**
 * Who is calling, from a name or its pinyin initials ("张", "zs", "zhangsan"): residents, staff and
 * callers from the log. recentCalls stays empty: it belongs to one full number.
 */
export function lookupCallerByName(db: Db, raw: string): CallerMatch {
  const { ranges, name } = keyRanges(raw.trim());
  const residents = rowsIn<CallerMatch['residents'][number]>(
    db,
    (range) => `SELECT id, name, building, unit, room, phone, phone2 FROM residents WHERE ${range} AND deleted_at IS NULL LIMIT @limit`,
    'pinyin',
    ranges,
    name,
  ).sort((a, b) => a.building.localeCompare(b.building) || (a.unit ?? '').localeCompare(b.unit ?? '') || a.room.localeCompare(b.room));
  const staff = rowsIn<CallerMatch['staff'][number]>(
    db,
    (range) => `SELECT id, name, role, extension, phone FROM staff WHERE ${range} AND deleted_at IS NULL ORDER BY pinyin LIMIT @limit`,
    'pinyin',
    ranges,
    name,
  );
  // Distinct numbers straight from a pinyin index, then the latest call of each (as by phone).
  const latest = prepared(
    db,
    `SELECT caller_phone AS id, caller_phone AS phone, caller_name AS name, caller_company AS company, received_at AS lastAt
     FROM calls WHERE caller_phone = ? AND deleted_at IS NULL ORDER BY received_at DESC LIMIT 1`,
  );
  const phones = rowsIn<{ id: string; name: string }>(
    db,
    (range) => `SELECT DISTINCT caller_phone AS id, caller_name AS name FROM calls WHERE ${range} LIMIT @limit`,
    'caller_pinyin',
    ranges,
    name,
  );
  const knownCallers = phones
    .flatMap(({ id }) => (latest.get(id) as (CallerMatch['knownCallers'][number] & { id?: string }) | undefined) ?? [])
    .map(({ phone, name: n, company, lastAt }) => ({ phone, name: n, company, lastAt }));
  return { residents, staff, knownCallers, recentCalls: [] };
}
