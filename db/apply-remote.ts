import type Database from 'better-sqlite3';
import { wins } from '../sync/merge';
import type { Fields } from '../sync/protocol';
import { syncedByName } from './synced';

export interface RemoteRow {
  tbl: string;
  rowId: string;
  fields: Fields;
}

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function stmt(sqlite: Database.Database, sql: string): Database.Statement {
  let m = cache.get(sqlite);
  if (!m) cache.set(sqlite, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = sqlite.prepare(sql)));
  return s;
}

/**
 * Apply rows pulled from the hub, field by field against field_clock: a field is written only
 * when its HLC beats the local one, so a pending local edit is never overwritten by an older
 * remote value. Call inside the caller's transaction (with the cursor save). Tables and columns
 * this desk does not know (a newer version's) are skipped; local-only columns are never touched.
 * Returns how many rows changed and the newest HLC seen (for the HLC's receive).
 */
export function applyRemoteRows(sqlite: Database.Database, rows: readonly RemoteRow[]): { changed: number; maxHlc: string } {
  let changed = 0;
  let maxHlc = '';
  const clocksOf = stmt(sqlite, 'SELECT col, hlc FROM field_clock WHERE tbl = ? AND row_id = ?');
  const setClock = stmt(
    sqlite,
    'INSERT INTO field_clock (tbl, row_id, col, hlc) VALUES (?, ?, ?, ?) ON CONFLICT(tbl, row_id, col) DO UPDATE SET hlc = excluded.hlc',
  );
  for (const row of rows) {
    const info = syncedByName(row.tbl);
    if (!info) continue;
    const local = new Map((clocksOf.all(row.tbl, row.rowId) as { col: string; hlc: string }[]).map((c) => [c.col, c.hlc]));
    const win: [string, unknown, string][] = [];
    for (const [col, field] of Object.entries(row.fields)) {
      if (field[1] > maxHlc) maxHlc = field[1];
      const key = info.keyOf[col];
      if (!key || info.localOnly.has(key)) continue;
      const have = local.get(col);
      // Local values are not in the clock table, so a tie (same HLC) is the same write: keep ours.
      if (have !== undefined && !wins(field, [field[0], have])) continue;
      if (have === field[1]) continue;
      win.push([col, field[0], field[1]]);
    }
    if (win.length === 0) continue;
    const exists = stmt(sqlite, `SELECT 1 FROM "${info.name}" WHERE id = ?`).get(row.rowId);
    const cols = win.filter(([c]) => c !== 'id');
    if (exists) {
      if (cols.length) {
        stmt(sqlite, `UPDATE "${info.name}" SET ${cols.map(([c]) => `"${c}" = ?`).join(', ')} WHERE id = ?`).run(
          ...cols.map(([, v]) => v),
          row.rowId,
        );
      }
    } else {
      const names = ['id', ...cols.map(([c]) => c)];
      stmt(sqlite, `INSERT INTO "${info.name}" (${names.map((c) => `"${c}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
        row.rowId,
        ...cols.map(([, v]) => v),
      );
    }
    for (const [col, , hlc] of win) setClock.run(row.tbl, row.rowId, col, hlc);
    changed++;
  }
  return { changed, maxHlc };
}

/** The hub refused a field (clock far ahead): take the hub's value and clock back, whatever ours says. */
export function forceRemoteField(sqlite: Database.Database, tbl: string, rowId: string, col: string, value: unknown, hlc: string | undefined) {
  const info = syncedByName(tbl);
  if (!info || !info.keyOf[col] || col === 'id') return;
  if (hlc === undefined) {
    stmt(sqlite, 'DELETE FROM field_clock WHERE tbl = ? AND row_id = ? AND col = ?').run(tbl, rowId, col);
    return;
  }
  stmt(sqlite, `UPDATE "${info.name}" SET "${col}" = ? WHERE id = ?`).run(value ?? null, rowId);
  stmt(sqlite, 'UPDATE field_clock SET hlc = ? WHERE tbl = ? AND row_id = ? AND col = ?').run(hlc, tbl, rowId, col);
}
