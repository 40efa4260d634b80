import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { callsAs, savePrintPdf, signedInDesk } from './support/desk';
import { checkScreen } from './support/screen';
import { seedSite, startServer, type TestServer } from './support/server';
import { ReportsPage } from './pages/ReportsPage';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const { supervisorId, receptionId } = await seedSite(server);
  const { call, signOut } = await callsAs(server, supervisorId, '1234');
  // Today's calls: 5 answered within three rings, 1 late; reasons and outcomes mixed.
  const calls: [string, boolean, unknown][] = [
    ['consult', false, { kind: 'answered' }],
    ['consult', false, { kind: 'answered' }],
    ['repair', false, { kind: 'answered' }],
    ['complaint', false, { kind: 'transferred', toStaffId: receptionId, connected: true }],
    ['message', true, { kind: 'message', forStaffId: receptionId, text: '请回电' }],
    ['other', false, { kind: 'answered' }],
  ];
  for (const [reason, late, outcome] of calls) {
    await call('calls.log', { callerName: '周女士', callerPhone: '13912345678', reason, summary: '测试来电', moreThanThreeRings: late, outcome });
  }
  const workers = (await call('staff.list', {})) as { id: string; role: string }[];
  const worker = workers.find((w) => w.role === 'worker')!.id;
  for (const [category, satisfaction] of [['电', 'satisfied'], ['水', 'satisfied'], ['电', null]] as const) {
    const { id } = await call('workOrders.create', { source: 'call', reporterName: '陈先生', reporterPhone: '13800001111', publicLocation: '3栋电梯厅', category, description: '需要维修' });
    await call('workOrders.dispatch', { id, workerId: worker });
    if (!satisfaction) continue;
    await call('workOrders.complete', { id, result: '已修好', slipReturned: true, signedByResident: true });
    await call('workOrders.callback', { id, satisfaction });
  }
  // Two visitors and a parcel, so the visitor and parcel sections have something to chart.
  await call('visits.checkIn', { visitorName: '孙先生', phone: '13712345678', hostName: '王经理', purpose: 'business', partySize: 2 });
  await call('visits.checkIn', { visitorName: '吴女士', phone: '13612345678', hostName: '李主任', purpose: 'interview' });
  await call('parcels.receive', { trackingNo: 'SF1234567890', courier: 'sf', recipient: { kind: 'other', name: '赵女士' } });
  await signOut();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the supervisor sees the weekly report with charts and targets, and exports it to Excel', async () => {
  const { page, errors, shell } = await signedInDesk(browser, server, 'wzg', '1234', '王主管');
  await shell.go('报表');
  const reports = new ReportsPage(page);
  await reports.target('三声内接听率').getByText('83.3%').waitFor();
  await checkScreen(page, 'reports-daily');

  await reports.show('周报');
  await page.getByText(/前台周报/).first().waitFor();
  await expect.poll(() => reports.charts().count()).toBeGreaterThanOrEqual(4);
  // ECharts drew real SVG with data in it, not an empty box.
  expect(await reports.charts().first().locator('svg path').count()).toBeGreaterThan(3);
  await reports.target('回访满意率').getByText('100%').waitFor();
  await reports.block('派工').getByRole('columnheader', { name: '已派工' }).first().waitFor();
  await reports.target('登记完整率').getByText('100%').waitFor();
  await reports.block('快递与借用').getByText('各快递公司收件').first().waitFor();
  await page.waitForTimeout(1200); // let the chart animations finish before the screenshot
  await checkScreen(page, 'reports-weekly');
  await page.screenshot({ path: 'artifacts/screenshots/reports-weekly-full.png', fullPage: true });
  // The page scrolls inside its own pane: shoot the visitor and parcel sections one by one.
  await reports.block('访客').getByRole('heading').first().evaluate((h) => h.scrollIntoView());
  await page.screenshot({ path: 'artifacts/screenshots/reports-weekly-visits.png' });
  await reports.block('快递与借用').screenshot({ path: 'artifacts/screenshots/reports-weekly-parcels.png' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^report-weekly-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a zip: an xlsx workbook
  expect(errors).toEqual([]);
});

test('the weekly report prints on A4 with its charts as vector graphics', async () => {
  const { page, context, shell } = await signedInDesk(browser, server, 'wzg', '1234', '王主管');
  await shell.go('报表');
  const reports = new ReportsPage(page);
  await reports.show('周报');
  await page.getByText(/前台周报/).first().waitFor();
  const [print] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: '打印' }).click()]);
  await expect.poll(() => print.locator('.report-chart svg').count()).toBeGreaterThanOrEqual(4);
  const text = await savePrintPdf(print, 'report-weekly');
  for (const s of ['前台周报', '三声内接听率', '回访满意率', '报修类别与状态', '登记完整率', '快递与借用']) expect(text).toContain(s);
});
