// The look-up benchmark's fixture: 100k residents and 1M calls, bulk-loaded straight into the
// tables (one transaction, prepared statements, indexes built after the load) and cached in /tmp.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { defaultMigrationsFolder, openDb } from '../db/open';
import { makeRng, mobile, personName, pick, SUMMARIES } from '../core/calls/demo-data';
import { REASONS } from '../core/calls/schemas';
import { pinyinKeys } from '../core/staff/pinyin';

export const RESIDENTS = 100_000;
export const CALLS = 1_000_000;
/** A cached fixture is only good for the schema it was built with: the name carries the migrations' hash. */
const schemaHash = createHash('sha256').update(readFileSync(join(defaultMigrationsFolder(), 'meta', '_journal.json'))).digest('hex').slice(0, 10);
export const FIXTURE_PATH = `/tmp/frontdesk-bench/calls-${RESIDENTS}-${CALLS}-${schemaHash}.db`;

export interface Fixture {
  path: string;
  residentPhones: string[];
  externalPhones: string[];
}

/** Phones are drawn from the same seeded generator on every run, so samples need no read of the db. */
function phones(): { residentPhones: string[]; externalPhones: string[] } {
  const rng = makeRng(7);
  const residentPhones = Array.from({ length: RESIDENTS }, () => mobile(rng));
  const externalPhones = Array.from({ length: 150_000 }, () => (rng() < 0.8 ? mobile(rng) : `0571${String(Math.floor(rng() * 1e8)).padStart(8, '0')}`));
  return { residentPhones, externalPhones };
}

export function ensureFixture(log: (s: string) => void = () => {}): Fixture {
  const p = phones();
  if (existsSync(FIXTURE_PATH)) return { path: FIXTURE_PATH, ...p };
  mkdirSync(dirname(FIXTURE_PATH), { recursive: true });
  const building = `${FIXTURE_PATH}.building`;
  rmSync(building, { force: true });
  const started = Date.now();
  const db = openDb(building, { site: { code: 'BENCH', name: '基准' } });
  const sqlite = db.sqlite;
  sqlite.pragma('synchronous = OFF');
  const indexes = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('residents', 'calls') AND sql IS NOT NULL")
    .all() as { name: string; sql: string }[];
  for (const i of indexes) sqlite.exec(`DROP INDEX "${i.name}"`);

  const rng = makeRng(11);
  const pinyinOf = new Map<string, string>();
  const py = (name: string) => pinyinOf.get(name) ?? (pinyinOf.set(name, pinyinKeys(name)), pinyinOf.get(name)!);
  const insResident = sqlite.prepare(
    'INSERT INTO residents (id, name, pinyin, building, unit, room, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insCall = sqlite.prepare(
    `INSERT INTO calls (id, received_at, rings, late_answer, caller_name, caller_pinyin, caller_phone, caller_company, resident_id,
                        reason, summary, outcome, taken_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = Date.now();
  const residents: { id: string; name: string }[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < RESIDENTS; i++) {
      const id = uuidv7();
      const name = personName(rng);
      residents.push({ id, name });
      insResident.run(id, name, py(name), `${1 + (i % 80)}栋`, `${1 + (i % 4)}单元`, String(101 + (i % 3000)), p.residentPhones[i], now, now);
    }
    const fiveYears = 5 * 365 * 86_400_000;
    for (let i = 0; i < CALLS; i++) {
      const fromResident = rng() < 0.6;
      const r = fromResident ? Math.floor(rng() * RESIDENTS) : -1;
      const name = fromResident ? residents[r].name : '刘师傅';
      const reason = pick(rng, REASONS);
      const rings = 1 + Math.floor(rng() * 5);
      const at = now - Math.floor(rng() * fiveYears);
      insCall.run(uuidv7(), at - (at % 60_000), rings, rings > 3 ? 1 : 0, name, py(name), fromResident ? p.residentPhones[r] : pick(rng, p.externalPhones),
        fromResident ? null : '顺丰速运', fromResident ? residents[r].id : null, reason, pick(rng, SUMMARIES[reason]), 'answered', 'bench', at);
    }
  }).immediate();
  for (const i of indexes) sqlite.exec(i.sql);
  sqlite.exec('ANALYZE');
  db.close();
  renameSync(building, FIXTURE_PATH);
  log(`built ${FIXTURE_PATH} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { path: FIXTURE_PATH, ...p };
}
