// Parcels at the desk's pace of a courier drop (dozens scanned in a row): parcels.receive through the
// real procedure table (validation, recipient look-up, a fresh pick-up code, mutate with clocks and
// outbox, the audit entry) against a bare durable INSERT of the same row in a file with the same
// pragmas, interleaved write by write. Then the waiting list read with 2,000 parcels on the shelf.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { createCore } from '../core/core';
import { applyPragmas, openDb } from '../db/open';
import type { BenchRow } from './runner';

const WRITES = Number(process.env.BENCH_PARCELS_WRITES ?? 300);
const SHELF = 2000;
const WARMUP = 20;
const READS = 50;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const round = (x: number) => Math.round(x * 1000) / 1000;

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-parcels-'));
  try {
    const db = openDb(join(dir, 'desk.db'), { site: { code: 'HZ01', name: '基准站点' }, deviceLetter: 'A' });
    const core = createCore({ db, dataDir: dir });
    const init = await core.call('setup.init', { siteName: '基准站点', name: '王主管', pin: '1234' }, { window: 'desk' });
    if (!init.ok) throw new Error(init.error.message);
    const caller = { window: 'desk' as const, token: (init.value as { token: string }).token };
    const resident = await core.call('residents.upsert', { name: '李明', building: '3栋', unit: '2单元', room: '301', phone: '13800000001' }, caller);
    if (!resident.ok) throw new Error(resident.error.message);
    const residentId = (resident.value as { id: string }).id;

    const bare = new Database(join(dir, 'bare.db'));
    applyPragmas(bare);
    for (const { sql } of db.sqlite.prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'parcels' AND sql IS NOT NULL").all() as { sql: string }[]) bare.exec(sql);
    const insert = bare.prepare(
      `INSERT INTO parcels (id, tracking_no, courier, recipient_kind, recipient_id, recipient_name, recipient_pinyin, recipient_phone, shelf, code, received_at, received_by)
       VALUES (?, ?, 'sf', 'resident', ?, '李明', 'lm liming', '13800000001', 'A-1', ?, ?, 'bench')`,
    );
    const bareWrite = bare.transaction((no: string) => insert.run(uuidv7(), no, residentId, String(Math.floor(Math.random() * 1e6)).padStart(6, '0'), Date.now()));

    const viaProc: number[] = [];
    const viaBare: number[] = [];
    for (let i = 0; i < WRITES + WARMUP; i++) {
      const no = `SF${String(1_000_000_000 + i)}`;
      let t = performance.now();
      const a = await core.call('parcels.receive', { trackingNo: no, courier: 'sf', recipient: { kind: 'resident', id: residentId }, shelf: 'A-1' }, caller);
      const p = performance.now() - t;
      if (!a.ok) throw new Error(a.error.message);
      t = performance.now();
      bareWrite.immediate(no);
      const b = performance.now() - t;
      if (i >= WARMUP) {
        viaProc.push(p);
        viaBare.push(b);
      }
    }
    bare.close();

    // Fill the shelf to a bad week's size, then time the waiting list the desk reloads on every change.
    db.sqlite.pragma('synchronous = OFF');
    for (let i = WRITES + WARMUP; i < SHELF; i++) {
      await core.call('parcels.receive', { trackingNo: `ZT${String(1_000_000_000 + i)}`, courier: 'zto', recipient: { kind: 'resident', id: residentId } }, caller);
    }
    const reads: number[] = [];
    for (let i = 0; i < READS; i++) {
      const t = performance.now();
      const a = await core.call('parcels.list', {}, caller);
      reads.push(performance.now() - t);
      if (!a.ok || (a.value as unknown[]).length !== 200) throw new Error('parcels.list did not answer 200 rows');
    }
    db.close();

    const rows: BenchRow[] = [];
    for (const p of [50, 95]) {
      const value = percentile(viaProc, p);
      const baseline = percentile(viaBare, p);
      rows.push({ name: `parcels.receive p${p} (vs bare durable INSERT)`, value: round(value), unit: 'ms', baseline: round(baseline), ratio: round(value / baseline), ...(p === 95 ? { aim: 50 } : {}) });
    }
    rows.push({ name: `parcels.list waiting p95 (${SHELF} on the shelf, first 200)`, value: round(percentile(reads, 95)), unit: 'ms', aim: 100 });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
