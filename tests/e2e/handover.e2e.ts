import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { callsAs, savePrintPdf, signedInDesk } from './support/desk';
import { checkScreen } from './support/screen';
import { seedSite, startServer, type TestServer } from './support/server';
import { HandoverPage } from './pages/HandoverPage';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const { supervisorId, receptionId } = await seedSite(server);
  // Open matters from two books: a message not yet called back and a work order not yet done.
  const { call, signOut } = await callsAs(server, supervisorId, '1234');
  await call('calls.log', {
    callerName: '周女士',
    callerPhone: '13912345678',
    reason: 'message',
    summary: '物业费发票',
    outcome: { kind: 'message', forStaffId: receptionId, text: '请回电说明发票开具' },
  });
  await call('workOrders.create', { source: 'call', reporterName: '陈先生', reporterPhone: '13800001111', publicLocation: '3栋电梯厅', category: '电', description: '走廊灯不亮' });
  await signOut();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the outgoing shift drafts, counts and submits the handover; another staff member signs with their PIN; it prints', async () => {
  const { page, context, errors, shell } = await signedInDesk(browser, server, 'wzg', '1234', '王主管');
  await shell.go('交接班');
  const h = new HandoverPage(page);

  await h.tab('值班记录');
  await h.logDuty('设备', '2号电梯异响，已报工程部');
  await page.getByRole('cell', { name: '2号电梯异响，已报工程部' }).waitFor();
  await checkScreen(page, 'handover-duty');

  await h.tab('本班交接');
  await h.kind('未回电的留言').getByText('周女士').waitFor();
  await h.kind('未完结的派工单').getByText('3栋电梯厅').waitFor();
  await h.noteOn(/周女士/, '已转告李前台，明早回电');
  for (const [item, n] of [['访客证', 48], ['公共钥匙', 30], ['雨伞', 10], ['对讲机', 4]] as const) await h.count(item, n);
  await expect.poll(() => h.differingRows().allTextContents()).toEqual([expect.stringContaining('-2')]);
  await checkScreen(page, 'handover-draft');

  await page.getByRole('spinbutton', { name: '对讲机 实点数量' }).focus();
  await page.keyboard.press('Control+Enter');
  await h.banner().getByText('王主管').waitFor();
  await checkScreen(page, 'handover-pending');

  await h.acknowledge('李前台', '0000');
  await h.dialog().getByText(/PIN 码不正确/).waitFor();
  await h.dialog().getByLabel('接班人 PIN 码').fill('2468');
  await h.dialog().getByLabel('异议（可选）').fill('访客证实点 48，差 2 张');
  await checkScreen(page, 'handover-acknowledge');
  await h.dialog().locator('.ant-btn-primary').click();
  await page.getByText('李前台 已签收交接班').waitFor();
  await h.banner().waitFor({ state: 'detached' });

  await h.tab('历史交接');
  const row = page.getByRole('row').filter({ hasText: '访客证 -2' });
  await row.getByText('李前台').waitFor();
  await checkScreen(page, 'handover-history');

  const [print] = await Promise.all([context.waitForEvent('page'), row.getByRole('button', { name: '打印' }).click()]);
  const text = await savePrintPdf(print, 'handover');
  for (const s of ['交接班记录', '翠苑物业服务中心', '已转告李前台，明早回电', '2号电梯异响', '访客证实点 48，差 2 张', '李前台']) expect(text).toContain(s);
  expect(errors).toEqual([]);
});
