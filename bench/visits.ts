// The visitor register: a desk check-in (validation, blocklist look-up, badge number, sealed phone,
// blind index, audit, outbox: the whole procedure) against a bare durable INSERT of the same row,
// both on a real file with WAL + synchronous=FULL, interleaved; and the desk's search on a large
// register (BENCH_VISITS rows, default 1M, written straight into the table for speed).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { applyPragmas, openDb } from '../db/open';
import { createCore } from '../core/core';
import { makeRng, mobile, personName, pick } from '../core/calls/demo-data';
import { pinyinKeys } from '../core/staff/pinyin';
import { maskPhone } from '../core/visits/privacy';
import type { BenchRow } from './runner';

const WRITES = Number(process.env.BENCH_VISITS_WRITES ?? 300);
const ROWS = Number(process.env.BENCH_VISITS ?? 1_000_000);
const QUERIES = 200;
const DAY = 86_400_000;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const round = (x: number) => Math.round(x * 1000) / 1000;

async function deskCore(dir: string) {
  const db = openDb(join(dir, 'desk.db'), { site: { code: 'BN01', name: '基准' }, deviceLetter: 'A' });
  const core = createCore({ db });
  const must = async <T>(name: string, input: unknown, token?: string): Promise<T> => {
    const a = await core.call(name, input, { window: 'desk', token });
    if (!a.ok) throw new Error(`${name}: ${JSON.stringify(a.error)}`);
    return a.value as T;
  };
  const { token } = await must<{ token: string }>('setup.init', { siteName: '基准', name: '王主管', pin: '1234' });
  const { id: hostId } = await must<{ id: string }>('staff.upsert', { name: '张伟', role: 'host' }, token);
  return { db, core, token, hostId, must };
}

/** The register's rows written directly (not through mutate): a fixture, not the thing measured. */
function fill(db: Database.Database, blindIndex: (s: string) => string, hostId: string) {
  const rng = makeRng(7);
  const names = Array.from({ length: 3000 }, () => personName(rng)).map((n) => [n, pinyinKeys(n)] as const);
  const ins = db.prepare(
    `INSERT INTO visits (id, badge_no, visitor_name, visitor_pinyin, phone_masked, phone_sealed, phone_index, host_id, host_name, purpose, party_size, channel, arrived_at, departed_at)
     VALUES (?, ?, ?, ?, ?, 'x', ?, ?, '张伟', 'business', 1, 'desk', ?, ?)`,
  );
  const start = Date.now() - 365 * DAY;
  const phones: string[] = [];
  const tx = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const [name, py] = pick(rng, names);
      const phone = mobile(rng);
      if (i % 5000 === 0) phones.push(phone);
      const at = start + Math.floor((i / ROWS) * 365 * DAY);
      ins.run(uuidv7(), `BN01-000000-A${i}`, name, py, maskPhone(phone), blindIndex(`phone:${phone}`), hostId, at, at + 3_600_000);
    }
  });
  for (let i = 0; i < ROWS; i += 50_000) tx(i, Math.min(ROWS, i + 50_000));
  db.exec('ANALYZE');
  const keys = names.slice(0, 200).map(([, py]) => py.split(' '));
  return { phones, initials: keys.map(([i]) => i!), fulls: keys.map(([, f]) => f!) };
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-visits-'));
  try {
    const { db, core, token, hostId, must } = await deskCore(dir);
    const bare = new Database(join(dir, 'bare.db'));
    applyPragmas(bare);
    for (const { sql } of db.sqlite.prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'visits' AND sql IS NOT NULL").all() as { sql: string }[]) bare.exec(sql);
    const bareInsert = bare.prepare(
      `INSERT INTO visits (id, badge_no, visitor_name, visitor_pinyin, phone_masked, phone_sealed, phone_index, host_id, host_name, purpose, party_size, channel, arrived_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, '张伟', 'business', 1, 'desk', ?)`,
    );
    const bareWrite = bare.transaction((i: number) => bareInsert.run(uuidv7(), `B-${i}`, '张三', 'zs zhangsan', '138****5678', 'sealed', 'index', hostId, Date.now()));

    const viaCheckIn: number[] = [];
    const viaBare: number[] = [];
    for (let i = 0; i < WRITES + 20; i++) {
      let t = performance.now();
      await must('visits.checkIn', { visitorName: '张三', phone: `138${String(i).padStart(8, '0')}`, hostId, purpose: 'business', partySize: 1 }, token);
      const c = performance.now() - t;
      t = performance.now();
      bareWrite.immediate(i);
      const b = performance.now() - t;
      if (i >= 20) {
        viaCheckIn.push(c);
        viaBare.push(b);
      }
    }
    bare.close();

    const { phones, initials, fulls } = fill(db.sqlite, (s) => core.services.secrets.blindIndex(s), hostId);
    const time = async (qs: string[]) => {
      const out: number[] = [];
      for (let i = 0; i < QUERIES; i++) {
        const t = performance.now();
        await must('visits.search', { q: qs[i % qs.length], pageSize: 50 }, token);
        out.push(performance.now() - t);
      }
      return out;
    };
    const byPinyin = await time(initials);
    const byFull = await time(fulls);
    const byPrefix = await time(['138', '139', '186', '150', '177']);
    const byPhone = await time(phones);
    db.close();

    const n = `${Math.round(ROWS / 1000)}k visits`;
    const p99 = percentile(viaCheckIn, 99);
    const b99 = percentile(viaBare, 99);
    return [
      { name: 'visits.checkIn p50 (whole procedure vs bare durable INSERT)', value: round(percentile(viaCheckIn, 50)), unit: 'ms', baseline: round(percentile(viaBare, 50)), ratio: round(percentile(viaCheckIn, 50) / percentile(viaBare, 50)) },
      { name: 'visits.checkIn p99 (whole procedure vs bare durable INSERT)', value: round(p99), unit: 'ms', baseline: round(b99), ratio: round(p99 / b99) },
      { name: `visits.search pinyin initials p95 (${n})`, value: round(percentile(byPinyin, 95)), unit: 'ms', aim: 5 },
      { name: `visits.search full pinyin p95 (${n})`, value: round(percentile(byFull, 95)), unit: 'ms', aim: 5 },
      { name: `visits.search phone prefix p95 (${n})`, value: round(percentile(byPrefix, 95)), unit: 'ms', aim: 5 },
      { name: `visits.search whole phone p95 (${n})`, value: round(percentile(byPhone, 95)), unit: 'ms', aim: 5 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
