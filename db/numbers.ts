import type { Db } from './open';

/** yyMMdd of `at` in the desk's time zone. */
export function dayCode(at: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: '2-digit',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}${get('month')}${get('day')}`;
}

export function siteTimeZone(db: Db): string {
  const row = db.sqlite.prepare('SELECT time_zone AS tz FROM sites WHERE code = ?').get(db.device.siteCode) as
    | { tz: string }
    | undefined;
  return row?.tz ?? 'Asia/Shanghai';
}

/**
 * Allocate a human number `<site>-<yyMMdd>-<device letter><seq>` (seq at least 3 digits).
 * Unique without coordination: the site code and device letter keep devices apart, and the
 * counter row is bumped under SQLite's write lock, so two connections never get the same one.
 * Call it inside a `mutate` transaction so the number and the record it names commit together.
 */
export function allocateNumber(db: Db, kind: string, at: number): string {
  const day = dayCode(at, siteTimeZone(db));
  const take = () =>
    db.sqlite
      .prepare(
        'INSERT INTO number_seq (kind, day, next) VALUES (?, ?, 2) ' +
          'ON CONFLICT(kind, day) DO UPDATE SET next = next + 1 RETURNING next - 1 AS seq',
      )
      .get(kind, day) as { seq: number };
  const { seq } = db.sqlite.inTransaction ? take() : db.sqlite.transaction(take).immediate();
  return `${db.device.siteCode}-${day}-${db.device.letter}${String(seq).padStart(3, '0')}`;
}
