// Work-order benchmarks: list and search p95 through the real procedure table over 200k orders
// (1.2M events), the time to fold a whole site's history from scratch, and (bench/workorders-slip.ts) the time to render a dispatch slip to PDF. The 200k fixture is bulk-loaded once and cached in /tmp.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { v7 as uuidv7 } from 'uuid';
import { createCore, type Core } from '../core/core';
import { refreshFolds } from '../core/workorders/projection';
import { defaultMigrationsFolder, openDb, type Db } from '../db/open';
import { formatHlc } from '../sync/hlc';
import type { BenchRow } from './runner';

const ORDERS = Number(process.env.BENCH_WORKORDERS ?? 200_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
/** A slow query stops sampling after this long (with at least 10 samples), so npm run bench stays near two minutes. */
const CASE_BUDGET_MS = Number(process.env.BENCH_CASE_MS ?? 4000);
const WARMUP = 3;
const PIN = '1234';
const DAY = 86_400_000;
// The fixture ends at a fixed instant so every run queries the same data.
const END = Date.UTC(2026, 10, 23, 10);

/** A cached fixture is reused only for the same size and the same migrations. */
function fixturePath(): string {
  const journal = JSON.parse(readFileSync(join(defaultMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const tag = journal.entries[journal.entries.length - 1].tag;
  const dir = join(tmpdir(), 'frontdesk-bench');
  mkdirSync(dir, { recursive: true });
  return join(dir, `workorders-${ORDERS}-${tag}-v2.db`);
}

function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

const NAMES = ['陈先生', '王阿姨', '刘女士', '张先生', '李大爷', '赵女士', '黄先生', '周女士', '吴先生', '徐阿姨'];
const PROBLEMS = ['水龙头滴水', '下水道堵塞', '插座没电', '门锁卡住', '窗户推不动', '天花板渗水', '灯不亮', '马桶漏水', '空开跳闸', '墙面开裂'];
const CATEGORIES = ['水', '电', '门窗', '管道', '公共设施', '其他'];

/** Bulk-load orders and events with plain inserts (a fixture, not a sync history), then fold them all. */
async function build(path: string): Promise<{ foldMs: number }> {
  const tmp = `${path}.tmp`;
  rmSync(tmp, { force: true });
  const db = openDb(tmp, { site: { code: 'HZ01', name: '基准站点' }, deviceLetter: 'A', clock: () => END });
  const core = createCore({ db, clock: () => END });
  await core.call('setup.init', { siteName: '基准站点', name: '王主管', pin: PIN }, { window: 'desk' });
  const workers = Array.from({ length: 12 }, (_, i) => {
    const id = uuidv7();
    db.sqlite.prepare("INSERT INTO staff (id, name, role, pinyin, active, created_at) VALUES (?, ?, 'worker', '', 1, ?)").run(id, `维修工${i + 1}`, END);
    return id;
  });
  const r = rng(7);
  const insOrder = db.sqlite.prepare(
    `INSERT INTO work_orders (id, number, source, reporter_name, reporter_phone, building, unit, room, public_location, category, description, priority, created_at)
     VALUES (?, ?, 'call', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insEvent = db.sqlite.prepare('INSERT INTO work_order_events (id, work_order_id, type, hlc, at, staff_id, data) VALUES (?, ?, ?, ?, ?, NULL, ?)');
  const perDay = 275;
  const seqByDay = new Map<string, number>();
  db.sqlite.transaction(() => {
    for (let i = 0; i < ORDERS; i++) {
      // Oldest first, ~275 a day, ending at END: the last days hold the open work.
      const at = END - Math.floor(((ORDERS - i) / perDay) * DAY) + r.int(0, 3_600_000);
      const day = new Date(at + 8 * 3_600_000).toISOString().slice(2, 10).replaceAll('-', ''); // Shanghai has no DST
      const seq = (seqByDay.get(day) ?? 0) + 1;
      seqByDay.set(day, seq);
      const id = uuidv7();
      const isPublic = r.next() < 0.15;
      insOrder.run(
        id, `HZ01-${day}-A${String(seq).padStart(3, '0')}`, r.pick(NAMES), `13${r.int(5, 9)}${String(r.int(0, 99_999_999)).padStart(8, '0')}`,
        isPublic ? null : `${r.int(1, 30)}栋`, isPublic ? null : `${r.int(1, 4)}单元`, isPublic ? null : `${r.int(1, 30)}0${r.int(1, 4)}`,
        isPublic ? `${r.int(1, 30)}栋电梯厅` : null, r.pick(CATEGORIES), `${r.pick(PROBLEMS)}，请尽快处理`, r.next() < 0.1 ? 'urgent' : 'normal', at,
      );
      const age = END - at;
      const worker = r.pick(workers);
      const steps: [string, number, Record<string, unknown>][] = [['created', 0, { source: 'call' }]];
      if (age > 20 * 60_000) steps.push(['dispatched', 10 * 60_000, { workerId: worker }], ['printed', 11 * 60_000, { template: 'a4' }]);
      if (age > 2 * 3_600_000) {
        // Most slips come back with the completion, the rest within the day, a very few never.
        const back = r.next();
        steps.push(['arrived', 50 * 60_000, {}], ['completed', 2 * 3_600_000, { result: '已修好', slipReturned: back < 0.8 }]);
        if (back >= 0.8 && back < 0.999 && age > 6 * 3_600_000) steps.push(['slip_returned', 6 * 3_600_000, {}]);
      }
      if (age > DAY) steps.push(['called_back', 8 * 3_600_000, { satisfaction: r.next() < 0.95 ? 'satisfied' : 'fair' }]);
      steps.forEach(([type, offset, data], k) =>
        insEvent.run(uuidv7(), id, type, formatHlc({ wall: at + offset, counter: k, node: db.device.clientId }), at + offset, JSON.stringify(data)),
      );
    }
  })();
  const started = performance.now();
  refreshFolds(db);
  const foldMs = performance.now() - started;
  db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  db.sqlite.exec('ANALYZE');
  db.close();
  renameSync(tmp, path);
  return { foldMs };
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * 0.95) - 1];
}

async function timeCalls(core: Core, token: string, name: string, inputs: () => unknown): Promise<number> {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < RUNS + WARMUP && (samples.length < 10 || performance.now() - started < CASE_BUDGET_MS); i++) {
    const input = inputs();
    const t = performance.now();
    const a = await core.call(name, input, { window: 'desk', token });
    const ms = performance.now() - t;
    if (!a.ok) throw new Error(`${name} failed in the bench: ${JSON.stringify(a.error)}`);
    if (i >= WARMUP) samples.push(ms); // the first calls warm the statement cache and the page cache
  }
  return p95(samples);
}

export const name = 'workorders';

export async function run(): Promise<BenchRow[]> {
  const path = fixturePath();
  const results: BenchRow[] = [];
  if (!existsSync(path)) {
    const t = performance.now();
    const { foldMs } = await build(path);
    console.log(`[bench workorders] built ${ORDERS} orders in ${Math.round(performance.now() - t)} ms: ${path}`);
    results.push({ name: `workorders: fold ${ORDERS} orders from scratch`, value: Math.round(foldMs), unit: 'ms' });
  }
  const db: Db = openDb(path, { clock: () => END });
  try {
    const core = createCore({ db, clock: () => END });
    const supervisor = db.sqlite.prepare("SELECT id FROM staff WHERE role = 'supervisor'").get() as { id: string };
    const signIn = await core.call('session.signIn', { staffId: supervisor.id, pin: PIN }, { window: 'desk' });
    if (!signIn.ok) throw new Error('bench sign-in failed');
    const token = (signIn.value as { token: string }).token;
    const r = rng(11);
    const numbers = db.sqlite.prepare('SELECT number, reporter_phone AS phone FROM work_orders ORDER BY random() LIMIT 500').all() as { number: string; phone: string }[];
    const workers = (db.sqlite.prepare("SELECT id FROM staff WHERE role = 'worker'").all() as { id: string }[]).map((w) => w.id);
    const ids = (db.sqlite.prepare('SELECT id FROM work_orders ORDER BY random() LIMIT 500').all() as { id: string }[]).map((o) => o.id);

    const cases: [string, string, () => unknown, number][] = [
      ['list newest 50', 'workOrders.list', () => ({}), 50],
      ['list open', 'workOrders.list', () => ({ status: 'open' }), 50],
      ['list closed, page 3', 'workOrders.list', () => ({ status: 'closed', before: { createdAt: END - 3 * DAY, id: 'ffffffff-ffff-7fff-bfff-ffffffffffff' } }), 50],
      ['list by worker', 'workOrders.list', () => ({ workerId: r.pick(workers) }), 50],
      ['get detail', 'workOrders.get', () => ({ id: r.pick(ids) }), 50],
      ['scan slip number', 'workOrders.scan', () => ({ number: r.pick(numbers).number }), 50],
      ['search phone tail', 'workOrders.search', () => ({ q: r.pick(numbers).phone.slice(-4) }), 150],
      ['search reporter', 'workOrders.search', () => ({ q: r.pick(NAMES) }), 150],
      ['search flat', 'workOrders.search', () => ({ q: `${r.int(1, 30)}栋 ${r.int(1, 30)}0${r.int(1, 4)}` }), 150],
      ['search with no match (full scan)', 'workOrders.search', () => ({ q: '不存在的内容' }), 300],
      ['follow-up lists', 'workOrders.followUps', () => ({}), 100],
    ];
    for (const [label, proc, input, aim] of cases) {
      results.push({ name: `workorders: ${label} p95 (${ORDERS / 1000}k)`, value: round(await timeCalls(core, token, proc, input)), unit: 'ms', aim });
    }
  } finally {
    db.close();
  }
  return results;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export default { name, run };

// `npx tsx bench/workorders.ts` runs this file alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(`${r.name.padEnd(60)} ${String(r.value).padStart(10)} ${r.unit}${r.aim ? `  (aim ≤ ${r.aim})` : ''}`);
}
