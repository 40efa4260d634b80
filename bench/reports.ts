// Reports benchmark: the weekly (and daily) report over a year of one site's books: ~150 calls,
// ~15 messages, a complaint, ~25 work orders (6 events each), 40 visits, 30 parcels and 5 loans a day. Built fresh each run in a
// temp folder (a few seconds), from the same raw-row helpers as the report tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '../core/core';
import { makeRng, pick } from '../core/calls/demo-data';
import { OUTCOMES, REASONS } from '../core/calls/schemas';
import { insertCall, insertCase, insertLoan, insertMessage, insertOrder, insertParcel, insertVisit } from '../core/reports/fixture.test-support';
import { PURPOSES } from '../core/visits/schemas';
import { refreshFolds } from '../core/workorders/projection';
import { openDb, type Db } from '../db/open';
import type { BenchRow } from './runner';

const DAYS = 365;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const DAY = 86_400_000;
const HOUR = 3_600_000;
// Monday 2026-11-23 00:00 in Shanghai: the year of data ends at the end of that week.
const WEEK = Date.UTC(2026, 10, 22, 16);
const END = WEEK + 7 * DAY;
const CATEGORIES = ['水', '电', '门窗', '管道', '公共设施', '其他'];

export function fill(db: Db, staffId: string): void {
  const rng = makeRng(11);
  db.sqlite.transaction(() => {
    for (let d = 0; d < DAYS; d++) {
      const day = END - (DAYS - d) * DAY;
      const date = new Date(day + 8 * HOUR).toISOString().slice(2, 10).replaceAll('-', '');
      for (let i = 0; i < 150; i++) {
        const at = day + 7 * HOUR + Math.floor(rng() * 14 * HOUR);
        const outcome = pick(rng, OUTCOMES);
        const callId = insertCall(db, { at, reason: pick(rng, REASONS), outcome, late: rng() < 0.03, takenBy: staffId });
        if (outcome === 'message') {
          const due = at + 2 * HOUR;
          insertMessage(db, { callId, forStaffId: staffId, at, due, delivered: at + Math.floor(rng() * 3 * HOUR), callback: rng() < 0.9 ? at + Math.floor(rng() * 4 * HOUR) : undefined });
        }
      }
      // The visitor register, the parcel shelf and the key board: 40 visits, 30 parcels and 5 loans a day.
      for (let i = 0; i < 40; i++) {
        const at = day + 8 * HOUR + Math.floor(rng() * 10 * HOUR);
        insertVisit(db, { at, purpose: pick(rng, PURPOSES), party: 1 + Math.floor(rng() * 3), channel: rng() < 0.4 ? 'kiosk' : 'desk', departed: at + HOUR });
      }
      for (let i = 0; i < 30; i++) {
        const at = day + 9 * HOUR + Math.floor(rng() * 8 * HOUR);
        insertParcel(db, { courier: pick(rng, ['sf', 'zto', 'yto']), at, picked: rng() < 0.95 ? at + Math.floor(rng() * 48 * HOUR) : undefined, receivedBy: staffId });
      }
      for (let i = 0; i < 5; i++) {
        const at = day + 9 * HOUR + i * HOUR;
        insertLoan(db, { kind: i < 3 ? 'key' : 'umbrella', at, due: at + 2 * HOUR, back: at + Math.floor(rng() * 3 * HOUR), lentBy: staffId });
      }
      insertCase(db, { number: `HZ01-${date}-K1`, ownerId: staffId, at: day + 10 * HOUR, closed: rng() < 0.9 ? day + 30 * HOUR : undefined, satisfaction: 'satisfied' });
      for (let i = 0; i < 25; i++) {
        const at = day + 8 * HOUR + Math.floor(rng() * 10 * HOUR);
        const unhappy = rng() < 0.05;
        insertOrder(db, {
          number: `HZ01-${date}-A${String(i + 1).padStart(3, '0')}`,
          at,
          category: pick(rng, CATEGORIES),
          steps: [
            ['dispatched', 10 * 60_000, { workerId: staffId }],
            ['printed', 11 * 60_000, { template: 'a4' }],
            ['arrived', 50 * 60_000, {}],
            ['completed', 2 * HOUR + Math.floor(rng() * 4 * HOUR), { slipReturned: true }],
            ['called_back', 26 * HOUR, { satisfaction: unhappy ? 'unsatisfied' : rng() < 0.95 ? 'satisfied' : 'fair', notes: '回访' }],
          ],
        });
      }
    }
  })();
  refreshFolds(db);
  db.sqlite.exec('ANALYZE');
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1];
}

async function time(core: Core, token: string, name: string, input: unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t = performance.now();
    const a = await core.call(name, input, { window: 'desk', token });
    const ms = performance.now() - t;
    if (!a.ok) throw new Error(`${name} failed in the bench: ${JSON.stringify(a.error)}`);
    if (i >= 2) samples.push(ms); // the first calls warm the statement cache
  }
  return p95(samples);
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-reports-'));
  try {
    const clock = () => END + HOUR;
    const db = openDb(join(dir, 'desk.db'), { site: { code: 'HZ01', name: '基准站点' }, deviceLetter: 'A', clock });
    const core = createCore({ db, clock });
    const init = (await core.call('setup.init', { siteName: '基准站点', name: '王主管', pin: '1234' }, { window: 'desk' })) as {
      ok: true;
      value: { token: string; staff: { id: string } };
    };
    fill(db, init.value.staff.id);
    const token = init.value.token;
    const rows: BenchRow[] = [
      { name: 'reports.weekly p95 (1 year of one site)', value: await time(core, token, 'reports.weekly', { weekStart: '2026-11-23' }), unit: 'ms', aim: 200 },
      { name: 'reports.daily p95', value: await time(core, token, 'reports.daily', { date: '2026-11-25' }), unit: 'ms' },
      { name: 'reports.export weekly XLSX p95', value: await time(core, token, 'reports.export', { kind: 'weekly', weekStart: '2026-11-23' }), unit: 'ms' },
    ];
    db.close();
    return rows.map((r) => ({ ...r, value: Math.round(r.value * 10) / 10 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
