// "Nothing changed": a digest of every row of every table of a desk database (the outbox and the
// field clocks included), for tests that must prove a refused call left no trace. Generic over the
// schema: tables are read from sqlite_master, so new domains are covered without edits.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

export interface Fingerprint {
  /** Row count per table, to name what changed when the digests differ. */
  counts: Record<string, number>;
  digest: string;
}

export function tableNames(sqlite: Database.Database): string[] {
  return (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((t) => t.name);
}

export function fingerprint(sqlite: Database.Database): Fingerprint {
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const name of tableNames(sqlite)) {
    let n = 0;
    // Every row in a stable order (rowid, or the primary key for WITHOUT ROWID tables: ORDER BY 1.. is fine for both).
    for (const row of sqlite.prepare(`SELECT * FROM "${name}" ORDER BY 1`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
      n++;
    }
    hash.update(`\u0000${name}:${n}\u0000`);
    counts[name] = n;
  }
  return { counts, digest: hash.digest('hex') };
}

export interface Change {
  changed: boolean;
  before: Fingerprint;
  after: Fingerprint;
}

/**
 * Watches a database between calls. SQLite's total_changes() counts every row this connection
 * wrote, so while it has not moved nothing was written and the full digest is skipped; when it
 * has, the digests decide (a write that was rolled back moves the counter, not the digest).
 */
export function changeGuard(sqlite: Database.Database): { check(): Change } {
  const total = sqlite.prepare('SELECT total_changes() AS n');
  const count = () => (total.get() as { n: number }).n;
  let seen = count();
  let last = fingerprint(sqlite);
  return {
    check() {
      const now = count();
      if (now === seen) return { changed: false, before: last, after: last };
      const before = last;
      last = fingerprint(sqlite);
      seen = now;
      return { changed: last.digest !== before.digest, before, after: last };
    },
  };
}

/** The tables whose row counts differ, for a readable failure. */
export function changedCounts(c: Change): string[] {
  const names = new Set([...Object.keys(c.before.counts), ...Object.keys(c.after.counts)]);
  return [...names].filter((n) => c.before.counts[n] !== c.after.counts[n]).map((n) => `${n}: ${c.before.counts[n] ?? 0} -> ${c.after.counts[n] ?? 0}`);
}
