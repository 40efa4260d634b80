import type { Db } from '../../db/open';
import { pinyinKeys } from '../staff/pinyin';
import type { CallerMatch } from './lookup';
import { prefixEnd } from './phone';
import { prepared } from './sql';

const LIMIT = 8;

/** Escape LIKE wildcards so a typed % or _ matches itself. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface KeyRange {
  from: string;
  to: string;
  /** LIKE pattern on the key inside the range ('%' for all of it). */
  like: string;
}

/**
 * Ranges of the stored pinyin keys ("zs zhangsan") that can hold the typed name. Every key starts
 * with the initials, so each range is an index seek, and the LIKE is answered from the index too:
 * - latin "zs": keys starting with "zs"; latin "zhang": keys starting with "z" holding " zhang";
 * - Chinese "张三": keys starting with its initials holding its full pinyin; the name itself is
 *   checked on the few rows found (a polyphone may read differently alone than in a full name).
 */
function keyRanges(q: string): { ranges: KeyRange[]; name: string | null } {
  const latin = q.toLowerCase().replace(/\s+/g, '');
  if (/^[a-z]+$/.test(latin)) {
    return {
      ranges: [
        { from: latin, to: prefixEnd(latin), like: '%' },
        { from: latin[0], to: prefixEnd(latin[0]), like: `% ${likeEscape(latin)}%` },
      ],
      name: null,
    };
  }
  const [initials = '', full = ''] = pinyinKeys(q).split(' ');
  if (!initials) return { ranges: [], name: null };
  return { ranges: [{ from: initials, to: prefixEnd(initials), like: `% ${likeEscape(full)}%` }], name: q };
}

function rowsIn<T extends { id: string; name: string }>(db: Db, sql: string, ranges: KeyRange[], name: string | null): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const r of ranges) {
    for (const row of prepared(db, sql).all({ ...r, limit: LIMIT * 4 }) as T[]) {
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
    `SELECT id, name, building, unit, room, phone, phone2 FROM residents
     WHERE pinyin >= @from AND pinyin < @to AND pinyin LIKE @like ESCAPE '\\' AND deleted_at IS NULL LIMIT @limit`,
    ranges,
    name,
  ).sort((a, b) => a.building.localeCompare(b.building) || (a.unit ?? '').localeCompare(b.unit ?? '') || a.room.localeCompare(b.room));
  const staff = rowsIn<CallerMatch['staff'][number]>(
    db,
    `SELECT id, name, role, extension, phone FROM staff
     WHERE pinyin >= @from AND pinyin < @to AND pinyin LIKE @like ESCAPE '\\' AND deleted_at IS NULL ORDER BY pinyin LIMIT @limit`,
    ranges,
    name,
  );
  // Distinct numbers straight from the pinyin index, then the latest call of each (as by phone).
  const latest = prepared(
    db,
    `SELECT caller_phone AS id, caller_phone AS phone, caller_name AS name, caller_company AS company, received_at AS lastAt
     FROM calls WHERE caller_phone = ? AND deleted_at IS NULL ORDER BY received_at DESC LIMIT 1`,
  );
  const phones = rowsIn<{ id: string; name: string }>(
    db,
    `SELECT DISTINCT caller_phone AS id, caller_name AS name FROM calls INDEXED BY calls_pinyin_idx
     WHERE caller_pinyin >= @from AND caller_pinyin < @to AND caller_pinyin LIKE @like ESCAPE '\\' LIMIT @limit`,
    ranges,
    name,
  );
  const knownCallers = phones
    .flatMap(({ id }) => (latest.get(id) as (CallerMatch['knownCallers'][number] & { id?: string }) | undefined) ?? [])
    .map(({ phone, name: n, company, lastAt }) => ({ phone, name: n, company, lastAt }));
  return { residents, staff, knownCallers, recentCalls: [] };
}
