import { z } from 'zod';
import type { Db } from '../../db/open';
import { procedure } from '../procedure';
import { text } from '../fields';
import { lookupCallerByName } from './lookup-name';
import { phonePrefix, prefixEnd } from './phone';
import { prepared } from './sql';

export interface CallerMatch {
  residents: { id: string; name: string; building: string; unit: string | null; room: string; phone: string | null; phone2: string | null }[];
  staff: { id: string; name: string; role: string; extension: string | null; phone: string | null }[];
  /** Numbers seen in the log with the name and company they last gave. */
  knownCallers: { phone: string; name: string; company: string | null; lastAt: number }[];
  /** The last calls from the number, once it is typed in full. */
  recentCalls: { id: string; receivedAt: number; callerName: string; reason: string; summary: string; outcome: string }[];
}

const LIMIT = 8;

/**
 * Who is calling, from the digits typed so far. Every query is an index range on a stored,
 * normalised phone, so it stays fast with a large directory and years of calls.
 */
export function lookupCaller(db: Db, prefix: string): CallerMatch {
  const range = { from: prefix, to: prefixEnd(prefix), limit: LIMIT };
  // One range per phone column, merged here: two index seeks beat a UNION with temp b-trees.
  const byPhone = (col: 'phone' | 'phone2') =>
    prepared(
      db,
      `SELECT id, name, building, unit, room, phone, phone2 FROM residents
       WHERE ${col} >= @from AND ${col} < @to AND deleted_at IS NULL LIMIT @limit`,
    ).all(range) as CallerMatch['residents'];
  const seen = new Set<string>();
  const residents = [...byPhone('phone'), ...byPhone('phone2')]
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .sort((a, b) => a.building.localeCompare(b.building) || (a.unit ?? '').localeCompare(b.unit ?? '') || a.room.localeCompare(b.room))
    .slice(0, LIMIT);
  const staff = prepared(
    db,
    `SELECT id, name, role, extension, phone FROM staff
     WHERE deleted_at IS NULL AND ((phone >= @from AND phone < @to) OR (extension >= @from AND extension < @to))
     ORDER BY pinyin LIMIT @limit`,
  ).all(range) as CallerMatch['staff'];
  // Distinct numbers straight from the index, then the latest call of each: a handful of row
  // reads, however many calls a number has made.
  const phones = prepared(
    db,
    'SELECT DISTINCT caller_phone AS phone FROM calls WHERE caller_phone >= @from AND caller_phone < @to LIMIT @limit',
  ).all(range) as { phone: string }[];
  const latest = prepared(
    db,
    `SELECT caller_phone AS phone, caller_name AS name, caller_company AS company, received_at AS lastAt
     FROM calls WHERE caller_phone = ? AND deleted_at IS NULL ORDER BY received_at DESC LIMIT 1`,
  );
  const knownCallers = phones.flatMap(({ phone }) => (latest.get(phone) as CallerMatch['knownCallers'][number] | undefined) ?? []);
  const recentCalls = prepared(
    db,
    `SELECT id, received_at AS receivedAt, caller_name AS callerName, reason, summary, outcome
     FROM calls WHERE caller_phone = ? AND deleted_at IS NULL ORDER BY received_at DESC LIMIT 5`,
  ).all(prefix) as CallerMatch['recentCalls'];
  return { residents, staff, knownCallers, recentCalls };
}

export const lookupProcedures = {
  'calls.lookupCaller': procedure({
    // The number when the display shows one; the name (or pinyin initials) when the caller gives it.
    input: z.union([z.object({ phone: phonePrefix }).strict(), z.object({ name: text(50) }).strict()]),
    roles: ['desk'],
    staffRoles: ['reception', 'supervisor'],
    handler(ctx, input) {
      return 'phone' in input ? lookupCaller(ctx.db, input.phone) : lookupCallerByName(ctx.db, input.name);
    },
  }),
};
