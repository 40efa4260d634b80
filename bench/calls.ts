// npm run bench (or: npx tsx bench/calls.ts): the caller look-up at scale and the desk's service figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDb } from '../db/open';
import { createCore, type Core } from '../core/core';
import { deskKpis } from '../core/calls/kpis';
import { makeRng, pick } from '../core/calls/demo-data';
import { demoSeeders } from '../core/demo';
import { systemContext } from '../core/demo/context';
import { CALLS, ensureFixture, RESIDENTS } from './calls-fixture';
import type { BenchRow } from './runner';

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

async function signedInCore(path: string): Promise<{ core: Core; token: string; close(): void }> {
  const db = openDb(path);
  const core = createCore({ db });
  const desk = { window: 'desk' as const };
  const setup = await core.call('setup.init', { siteName: '基准', name: '基准主管', pin: '1234' }, desk);
  if (!setup.ok) {
    const staff = db.sqlite.prepare("SELECT id FROM staff WHERE role = 'supervisor' LIMIT 1").get() as { id: string };
    const a = await core.call('session.signIn', { staffId: staff.id, pin: '1234' }, desk);
    if (!a.ok) throw new Error(a.error.message);
    return { core, token: (a.value as { token: string }).token, close: () => db.close() };
  }
  return { core, token: (setup.value as { token: string }).token, close: () => db.close() };
}

/** What a receptionist types: a full number of a resident or a known caller, or the first 4-8 digits. */
function samples(fx: ReturnType<typeof ensureFixture>, n: number): string[] {
  const rng = makeRng(99);
  return Array.from({ length: n }, () => {
    const full = rng() < 0.6 ? pick(rng, fx.residentPhones) : pick(rng, fx.externalPhones);
    return rng() < 0.5 ? full : full.slice(0, 4 + Math.floor(rng() * 5));
  });
}

/**
 * What a receptionist types when the caller gives a name: pinyin initials of a full name, a surname
 * in Chinese, a full name in Chinese or its full pinyin; timed against a LIKE scan of every row.
 */
async function nameLookup(core: Core, caller: { window: 'desk'; token: string }) {
  const rng = makeRng(5);
  const names = (core.db.sqlite.prepare('SELECT name, pinyin FROM residents WHERE rowid % 997 = 0 LIMIT 400').all() as { name: string; pinyin: string }[]).map(
    ({ name, pinyin }) => {
      const [initials, full] = pinyin.split(' ');
      const r = rng();
      return r < 0.4 ? initials : r < 0.6 ? name.slice(0, 1) : r < 0.8 ? name : full;
    },
  );
  const times: number[] = [];
  for (const [i, name] of names.entries()) {
    const t0 = performance.now();
    const a = await core.call('calls.lookupCaller', { name }, caller);
    if (!a.ok) throw new Error(`${name}: ${a.error.message}`);
    if (i >= 50) times.push(performance.now() - t0);
  }
  const scan = core.db.sqlite.prepare(
    `SELECT (SELECT COUNT(*) FROM residents NOT INDEXED WHERE name LIKE @q || '%' OR pinyin LIKE '%' || @q || '%')
          + (SELECT COUNT(*) FROM calls NOT INDEXED WHERE caller_name LIKE @q || '%' OR caller_pinyin LIKE '%' || @q || '%')`,
  );
  const scanTimes = names.slice(0, 10).map((q) => {
    const t0 = performance.now();
    scan.get({ q });
    return performance.now() - t0;
  });
  return { times, scanTimes };
}

async function lookupBench(): Promise<BenchRow[]> {
  const fx = ensureFixture((s) => console.error(s));
  const { core, token, close } = await signedInCore(fx.path);
  try {
    const caller = { window: 'desk' as const, token };
    const lookup = async (phone: string) => {
      const t0 = performance.now();
      const a = await core.call('calls.lookupCaller', { phone }, caller);
      if (!a.ok) throw new Error(`${phone}: ${a.error.message}`);
      return performance.now() - t0;
    };
    for (const p of samples(fx, 300)) await lookup(p);
    const times: number[] = [];
    for (const p of samples(fx, 3000)) times.push(await lookup(p));
    // The same questions without the indexes: a scan of every row, as a LIKE on unnormalised phones would be.
    const scan = core.db.sqlite.prepare(
      `SELECT (SELECT COUNT(*) FROM residents NOT INDEXED WHERE phone LIKE @p || '%') + (SELECT COUNT(*) FROM calls NOT INDEXED WHERE caller_phone LIKE @p || '%')`,
    );
    const scanTimes = samples(fx, 15).map((p) => {
      const t0 = performance.now();
      scan.get({ p });
      return performance.now() - t0;
    });
    const byName = await nameLookup(core, caller);
    const p95 = percentile(times, 95);
    const scanP95 = percentile(scanTimes, 95);
    const scale = `${RESIDENTS / 1000}k residents, ${CALLS / 1_000_000}M calls`;
    return [
      { name: `calls.lookupCaller p50 (${scale})`, value: round(percentile(times, 50)), unit: 'ms' },
      { name: `calls.lookupCaller p95 (${scale})`, value: round(p95), unit: 'ms', baseline: round(scanP95), ratio: round(scanP95 / p95, 1), aim: 5 },
      { name: `calls.lookupCaller p99 (${scale})`, value: round(percentile(times, 99)), unit: 'ms' },
      { name: `calls.lookupCaller by name p50 (${scale})`, value: round(percentile(byName.times, 50)), unit: 'ms' },
      {
        name: `calls.lookupCaller by name p95 (${scale})`,
        value: round(percentile(byName.times, 95)),
        unit: 'ms',
        baseline: round(percentile(byName.scanTimes, 95)),
        ratio: round(percentile(byName.scanTimes, 95) / percentile(byName.times, 95), 1),
        aim: 5,
      },
    ];
  } finally {
    close();
  }
}

/** The desk's service figures over the demo month, as the supervisor's report would show them. */
async function kpiBench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-kpi-'));
  try {
    const now = Date.UTC(2026, 10, 23, 10, 0);
    const db = openDb(join(dir, 'desk.db'), { clock: () => now });
    const core = createCore({ db });
    for (const { seed } of demoSeeders) await seed(systemContext(core));
    const k = deskKpis(db, now - 30 * 86_400_000, now, now);
    db.close();
    const pct = (x: number | null) => round((x ?? 0) * 100, 1);
    return [
      { name: `demo month: calls answered within 3 rings (${k.withinThreeRings}/${k.calls})`, value: pct(k.withinThreeRingsShare), unit: '%', aim: 98 },
      { name: `demo month: messages delivered before the callback was due (${k.deliveredOnTime}/${k.messagesJudged})`, value: pct(k.deliveredOnTimeShare), unit: '%', aim: 95 },
      { name: `demo month: complaints closed (${k.casesClosed}/${k.complaints}), escalated ${k.casesEscalated}`, value: pct(k.complaints ? k.casesClosed / k.complaints : null), unit: '%' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const bench = {
  name: 'calls',
  async run(): Promise<BenchRow[]> {
    return [...(await lookupBench()), ...(await kpiBench())];
  },
};
export default bench;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await bench.run();
  console.table(results);
}
