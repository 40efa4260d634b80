// Time from "print" to a finished dispatch-slip PDF, the way the desk does it: load the print view
// in Chromium, fetch the order, wait for the bundled font, render the page to PDF. Baseline: the
// static test sheet (no data, same font and page), so the ratio shows what the slip itself costs.
// Needs Debian's chromium and a renderer build (node scripts/build-renderer.mjs); without them it
// says so and reports nothing rather than failing the whole bench run.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Answer } from '../core/errors';
import { startHost } from '../core/host';
import { createHttpServer } from '../core/http';
import type { BenchRow } from './runner';

const RENDERER = fileURLToPath(new URL('../out/renderer', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 12;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (v: number) => Math.round(v * 10) / 10;

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(`${RENDERER}/index.html`) || !existsSync(CHROMIUM)) {
    console.error('[bench workorders-slip] skipped: needs out/renderer (node scripts/build-renderer.mjs) and Chromium');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-bench-slip-'));
  const host = startHost({ dbPath: join(dir, 'desk.db'), runJobs: false, site: { code: 'BEN', name: '基准站点' } });
  const server = createHttpServer({ core: host.core, staticDir: RENDERER });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const call = async <T>(name: string, input: unknown, token?: string): Promise<T> => {
      const a: Answer = await host.core.call(name, input, { window: 'desk', ...(token ? { token } : {}) });
      if (!a.ok) throw new Error(`${name}: ${a.error.message}`);
      return a.value as T;
    };
    const { token } = await call<{ token: string }>('setup.init', { siteName: '翠苑物业服务中心', name: '王主管', pin: '1234' });
    const worker = await call<{ id: string }>('staff.upsert', { name: '赵师傅', role: 'worker', phone: '13800138000' }, token);
    const order = await call<{ id: string }>(
      'workOrders.create',
      {
        source: 'call',
        reporterName: '陈女士',
        reporterPhone: '13912345678',
        address: { building: '3栋', unit: '2单元', room: '1502' },
        category: '管道',
        description: '厨房水槽下方进水软管接头持续滴水，地面积水，担心渗到楼下。',
        priority: 'urgent',
      },
      token,
    );
    await call('workOrders.dispatch', { id: order.id, workerId: worker.id }, token);

    // The data a slip needs, through the procedure table as the print view asks for it.
    const dataMs: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await call('workOrders.get', { id: order.id }, token);
      await call('settings.get', {}, token);
      dataMs.push(performance.now() - t);
    }

    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    // The print tab takes the desk's session from sessionStorage, as a same-origin window.open copies it.
    await page.goto(`${url}/print?view=test`);
    await page.evaluate(`sessionStorage.setItem('frontdesk.token', ${JSON.stringify(token)})`);
    const render = async (query: string) => {
      const ms: number[] = [];
      for (let i = 0; i < RUNS + 2; i++) {
        const t = performance.now();
        await page.goto(`${url}/print?${query}`);
        await page.locator('body[data-print-ready="true"]').waitFor();
        await page.pdf({ preferCSSPageSize: true, printBackground: true });
        if (i >= 2) ms.push(performance.now() - t); // the first two warm the cache and the font
      }
      return ms;
    };
    const baseline = pct(await render('view=test'), 50);
    const rows: BenchRow[] = [
      { name: 'workorders slip: data (get + settings) p95', value: round(pct(dataMs, 95)), unit: 'ms', aim: 20 },
    ];
    for (const view of ['slip-a4', 'slip-thermal80']) {
      const ms = await render(`view=${view}&id=${order.id}`);
      const p50 = pct(ms, 50);
      rows.push(
        {
          name: `workorders slip: ${view} to PDF p50 (vs static test sheet)`,
          value: Math.round(p50),
          unit: 'ms',
          baseline: Math.round(baseline),
          ratio: Math.round((p50 / baseline) * 100) / 100,
        },
        { name: `workorders slip: ${view} to PDF p95`, value: Math.round(pct(ms, 95)), unit: 'ms', aim: 1500 },
      );
    }
    return rows;
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
