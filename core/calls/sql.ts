import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';

// Reads on the hot paths (caller look-up, the open lists) reuse prepared statements per connection.
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function prepared(db: Db, sql: string): Database.Statement {
  let byDb = cache.get(db.sqlite);
  if (!byDb) cache.set(db.sqlite, (byDb = new Map()));
  let st = byDb.get(sql);
  if (!st) byDb.set(sql, (st = db.sqlite.prepare(sql)));
  return st;
}

export interface StaffRef {
  id: string;
  name: string;
  role: string;
}

/** A staff member who can be named on a record (not removed). */
export function findStaff(db: Db, id: string): StaffRef | undefined {
  return prepared(db, 'SELECT id, name, role FROM staff WHERE id = ? AND deleted_at IS NULL').get(id) as StaffRef | undefined;
}

export function residentExists(db: Db, id: string): boolean {
  return !!prepared(db, 'SELECT 1 FROM residents WHERE id = ? AND deleted_at IS NULL').get(id);
}
