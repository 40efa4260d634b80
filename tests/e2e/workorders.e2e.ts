import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser';
import { seedSite, startServer, type TestServer } from './support/server';
import { readQrsFromPdf } from './support/qr';
import { ARTIFACTS_DIR } from './support/shots';
import { SignInPage } from './pages/SignInPage';
import { WorkOrdersPage } from './pages/WorkOrdersPage';
import { checkScreen } from './support/screen';

const PDF_DIR = `${ARTIFACTS_DIR}/print/workorders`;
const LONG = '厨房水槽下方的进水软管接头处持续滴水，地面已经积水，住户担心渗到楼下；另外卫生间淋浴龙头关不紧，夜里一直滴答作响，麻烦师傅一并看看。';

let browser: Browser;
let server: TestServer;
let token: string;
let workerId: string;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const { receptionId } = await seedSite(server);
  token = (await server.call<{ token: string }>('session.signIn', { staffId: receptionId, pin: '2468' })).token;
  workerId = (await server.call<{ id: string; name: string }[]>('workers.list', {}, { token }))[0].id;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const as = <T = any>(name: string, input?: unknown) => server.call<T>(name, input, { token });

async function signedInPage(): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(browser);
  const signIn = new SignInPage(page);
  await signIn.open(server.url);
  await signIn.signIn('李', '2468');
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  return { page, errors };
}

/** Render a print view of this tab (signed in) to PDF, then to PNG pages; returns the PDF's text. */
async function printToPdf(page: Page, view: string, id: string, name: string): Promise<{ text: string; qrs: string[] }> {
  await page.goto(`${server.url}/print?view=${view}&id=${encodeURIComponent(id)}`);
  await page.locator('body[data-print-ready="true"]').waitFor();
  mkdirSync(PDF_DIR, { recursive: true });
  const pdf = `${PDF_DIR}/${name}.pdf`;
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '90', pdf, `${PDF_DIR}/${name}`]);
  return { text: execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }), qrs: readQrsFromPdf(pdf) };
}

describe('dispatch slips', () => {
  test('every template prints the number, place, worker and blanks; a reprint says 补打', async () => {
    const order = await as<{ id: string; number: string }>('workOrders.create', {
      source: 'call',
      reporterName: '陈女士',
      reporterPhone: '13912345678',
      address: { building: '3栋', unit: '2单元', room: '1502' },
      category: '管道',
      description: LONG,
      priority: 'urgent',
      appointmentAt: Date.now() + 3_600_000,
    });
    await as('workOrders.dispatch', { id: order.id, workerId });
    await as('workOrders.print', { id: order.id, template: 'a4' });
    const { page, errors } = await signedInPage();
    for (const view of ['slip-a4', 'slip-a5', 'slip-thermal80', 'slip-dotmatrix']) {
      const printed = await printToPdf(page, view, order.id, view);
      // The worker's phone or the desk's scanner reads every copy's QR back as the slip's number.
      expect(printed.qrs.length, view).toBeGreaterThan(0);
      expect(new Set(printed.qrs), view).toEqual(new Set([order.number]));
      const text = printed.text.replace(/\s+/g, '');
      expect(text, view).toContain(order.number);
      expect(text, view).toContain('3栋2单元1502');
      expect(text, view).toContain('赵师傅');
      expect(text, view).toContain('住户签字');
      expect(text, view).toContain('基本满意');
      expect(text, view).toContain('麻烦师傅一并看看');
      expect(text, view).not.toContain('补打');
    }
    await as('workOrders.print', { id: order.id, template: 'a4' });
    expect((await printToPdf(page, 'slip-a4', order.id, 'slip-a4-reprint')).text).toContain('补打');
    expect(errors).toEqual([]);
  });
});

describe('the desk page', () => {
  test('F4 form -> dispatch -> print the slip -> scan to open -> arrival, completion, unsatisfied callback, rework, closed', async () => {
    const { page, errors } = await signedInPage();
    const wo = new WorkOrdersPage(page);
    await wo.open();
    await checkScreen(page, 'workorders-board-empty');

    await page.keyboard.press('F4');
    await wo.form().waitFor();
    await wo.save();
    await wo.form().getByText('必填').first().waitFor();
    await checkScreen(page, 'workorders-new-refused');
    await wo.fillNew({ name: '刘先生', phone: '13700001111', building: '5栋', unit: '1单元', room: '302', category: '电', description: '客厅灯不亮，空气开关跳闸后合不上' });
    await checkScreen(page, 'workorders-new-form');
    await wo.save();
    const drawer = wo.drawer();
    await wo.status('待派工').waitFor();
    const number = (await drawer.locator('.ant-drawer-title').innerText()).match(/E2E-\d{6}-[A-Z]\d+/)![0];

    await drawer.getByRole('button', { name: '派工', exact: true }).click();
    await wo.choose('维修人员', '赵师傅');
    // The list closes with an animation; axe caught it once half gone (an empty, unnamed listbox).
    await page.locator('.ant-select-dropdown').last().waitFor({ state: 'hidden' });
    await checkScreen(page, 'workorders-dispatch-picker');
    await wo.confirmStep('派工');
    await wo.status('已派工').waitFor();

    // Browser mode: printing opens the slip in a new tab (signed in by the copied session) that prints itself.
    const [popup] = await Promise.all([page.context().waitForEvent('page'), drawer.getByRole('button', { name: '打印派工单' }).click()]);
    await popup.locator('body[data-print-ready="true"]').waitFor();
    mkdirSync(PDF_DIR, { recursive: true });
    const pdf = `${PDF_DIR}/from-desk.pdf`;
    writeFileSync(pdf, await popup.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(number);
    expect(text).toContain('5栋1单元302');
    expect(text).toContain('赵师傅');
    await popup.close();
    await drawer.getByText('已打印 1 次').waitFor();
    await checkScreen(page, 'workorders-drawer-dispatched');
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    await checkScreen(page, 'workorders-board');

    await wo.scan(number.toLowerCase());
    await wo.status('已派工').waitFor();
    await drawer.getByRole('button', { name: '确认到场' }).click();
    await wo.status('已到场').waitFor();
    await drawer.getByRole('button', { name: '完工登记' }).click();
    await wo.stepModal('完工登记').getByLabel('处理结果').fill('更换空气开关一只');
    await wo.stepModal('完工登记').getByLabel('耗用材料').fill('空气开关 1 个');
    await wo.confirmStep('完工登记');
    await wo.status('已完工').waitFor();

    await drawer.getByRole('button', { name: '回访' }).click();
    await wo.stepModal('回访').getByText('不满意', { exact: true }).click();
    await wo.stepModal('回访').locator('.ant-modal-footer').getByRole('button', { name: '回访' }).click();
    await wo.stepModal('回访').getByRole('alert').or(wo.stepModal('回访').locator('.ant-form-item-explain-error')).first().waitFor();
    await wo.stepModal('回访').getByLabel('回访记录').fill('灯还是时好时坏');
    await wo.confirmStep('回访');
    await wo.status('待返工').waitFor();

    await drawer.getByRole('button', { name: '返工' }).click();
    await wo.choose('维修人员', '赵师傅');
    await wo.stepModal('返工').getByLabel('原因').fill('住户回访不满意，灯时好时坏');
    await wo.confirmStep('返工');
    await wo.status('已派工').waitFor();
    await drawer.getByRole('button', { name: '完工登记' }).click();
    await wo.stepModal('完工登记').getByLabel('处理结果').fill('重新接线，灯具更换');
    await wo.confirmStep('完工登记');
    await drawer.getByRole('button', { name: '回访' }).click();
    await wo.confirmStep('回访');
    await wo.status('已回访').waitFor();
    await drawer.getByText('回访：不满意').waitFor();
    await checkScreen(page, 'workorders-drawer-closed');
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: /今日返工/ }).click();
    await page.getByRole('cell', { name: number }).waitFor();
    await checkScreen(page, 'workorders-rework-today');

    const report = (await printToPdf(page, 'rework-report', '', 'rework-report')).text;
    expect(report.replace(/\s+/g, '')).toContain(number);
    expect(errors).toEqual([]);
  });

  test('a 报修 call left by the calls page opens the form filled in', async () => {
    const { page } = await signedInPage();
    const prefill = { source: 'call', reporterName: '周阿姨', reporterPhone: '13600002222', description: '楼道灯坏了' };
    await page.evaluate(`sessionStorage.setItem('frontdesk.workorders.prefill', ${JSON.stringify(JSON.stringify(prefill))})`);
    const wo = new WorkOrdersPage(page);
    await wo.open();
    await wo.form().waitFor();
    expect(await wo.form().getByLabel('报修人').inputValue()).toBe('周阿姨');
    expect(await wo.form().getByLabel('报修内容').inputValue()).toBe('楼道灯坏了');
    expect(await page.evaluate("sessionStorage.getItem('frontdesk.workorders.prefill')")).toBeNull();
  });

  test('F4 on another page opens this page with the new-order form; the scan box also searches', async () => {
    for (const [reporterName, room] of [['孙先生', '101'], ['钱女士', '202']]) {
      await as('workOrders.create', { source: 'walk-in', reporterName, reporterPhone: '13500003333', address: { building: '8栋', room }, category: '门窗', description: '窗户关不严' });
    }
    const { page } = await signedInPage();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    await page.keyboard.press('F4');
    const wo = new WorkOrdersPage(page);
    await wo.form().waitFor();
    await page.getByRole('heading', { level: 1, name: '派工', exact: true }).waitFor();
    await wo.form().getByRole('button', { name: '取消' }).click();

    // The scan box also finds what a receptionist remembers: several matches are listed, one opens.
    await wo.scan('8栋');
    const results = page.getByRole('region', { name: /找到 \d+ 张派工单/ });
    await results.waitFor();
    expect(await results.getByRole('row').count()).toBeGreaterThan(2);
    await checkScreen(page, 'workorders-search-results');
    await wo.scan('钱女士');
    await wo.drawer().getByText('钱女士').waitFor();
  });

  test("Ctrl+K on any page finds an order by its reporter's name and opens it in its drawer", async () => {
    await as('workOrders.create', { source: 'walk-in', reporterName: '欧阳修', reporterPhone: '13500004444', address: { building: '6栋', room: '606' }, category: '电', description: '插座没电' });
    const { page, errors } = await signedInPage();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '来电' }).click();
    await page.getByRole('heading', { level: 1, name: /^来电/ }).waitFor();
    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: '搜索访客、来电、派工单和快递' });
    await box.waitFor();
    await box.fill('欧阳');
    const hit = page.getByRole('option').filter({ hasText: '欧阳修' });
    await hit.waitFor();
    expect(await page.getByRole('group', { name: '派工单' }).count()).toBe(1);
    await checkScreen(page, 'desk-global-search');
    await page.keyboard.press('Enter');
    const wo = new WorkOrdersPage(page);
    await wo.drawer().getByText('插座没电').waitFor();
    await page.getByRole('heading', { level: 1, name: '派工', exact: true }).waitFor();
    expect(errors).toEqual([]);
  });
});
