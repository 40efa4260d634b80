// The one write path's cost: a duty-log entry written through mutate (row + per-field HLC clocks +
// outbox, one IMMEDIATE transaction) against the same row in the same table written by a bare
// INSERT in its own transaction, both on a real file with WAL and synchronous=FULL, interleaved
// write by write so both see the same disk and the same neighbours on a shared machine.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { mutate } from '../db/mutate';
import { applyPragmas, openDb } from '../db/open';
import { dutyEntries } from '../db/schema';
import type { BenchRow } from './runner';

const WRITES = Number(process.env.BENCH_MUTATE_WRITES ?? 400);
const WARMUP = 20;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const round = (x: number) => Math.round(x * 1000) / 1000;

function entry(i: number) {
  return { id: uuidv7(), at: Date.now(), staffId: 'bench', category: '巡查', text: `第${i}次巡查：大堂、电梯厅、消防通道正常` };
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-mutate-'));
  try {
    const db = openDb(join(dir, 'desk.db'));
    // The baseline table is the desk's own table, created from the same DDL, in a file with the same pragmas.
    const bare = new Database(join(dir, 'bare.db'));
    applyPragmas(bare);
    for (const { sql } of db.sqlite.prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'duty_entries' AND sql IS NOT NULL").all() as { sql: string }[]) {
      bare.exec(sql);
    }
    const insert = bare.prepare('INSERT INTO duty_entries (id, at, staff_id, category, text) VALUES (@id, @at, @staffId, @category, @text)');
    const bareWrite = bare.transaction((row: ReturnType<typeof entry>) => insert.run(row));

    const viaMutate: number[] = [];
    const viaBare: number[] = [];
    for (let i = 0; i < WRITES + WARMUP; i++) {
      const row = entry(i);
      let t = performance.now();
      mutate(db, (tx) => tx.insert(dutyEntries, row));
      const m = performance.now() - t;
      t = performance.now();
      bareWrite.immediate(row);
      const b = performance.now() - t;
      if (i >= WARMUP) {
        viaMutate.push(m);
        viaBare.push(b);
      }
    }
    const outbox = (db.sqlite.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
    db.close();
    bare.close();
    if (outbox < WRITES) throw new Error(`mutate wrote ${outbox} outbox entries for ${WRITES} writes`);

    const rows: BenchRow[] = [];
    for (const p of [50, 95]) {
      const value = percentile(viaMutate, p);
      const baseline = percentile(viaBare, p);
      rows.push({ name: `mutate: one durable write p${p} (vs bare INSERT, WAL + FULL)`, value: round(value), unit: 'ms', baseline: round(baseline), ratio: round(value / baseline) });
    }
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const perSecond = (xs: number[]) => Math.round((xs.length * 1000) / sum(xs));
    rows.push({ name: 'mutate: durable writes per second (vs bare INSERT)', value: perSecond(viaMutate), unit: 'writes/s', baseline: perSecond(viaBare), ratio: round(perSecond(viaMutate) / perSecond(viaBare)) });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
