import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';

// Prepared statements are reused per connection: lists and folds run the same few queries all day,
// and preparing them anew each time costs more than running them.
const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function stmt(db: Db, sql: string): Database.Statement {
  let byText = cache.get(db.sqlite);
  if (!byText) cache.set(db.sqlite, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = db.sqlite.prepare(sql)));
  return s;
}
