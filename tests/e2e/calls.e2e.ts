import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser';
import { checkScreen } from './support/screen';
import { seedSite, startServer, type TestServer } from './support/server';
import { CallsPage } from './pages/CallsPage';
import { DeskShell } from './pages/DeskShell';
import { SignInPage } from './pages/SignInPage';
import { WorkOrdersPage } from './pages/WorkOrdersPage';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  await seedSite(server);
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

async function signedIn(query: string, name: string, pin: string) {
  const opened = await openPage(browser);
  const signIn = new SignInPage(opened.page);
  await signIn.open(server.url);
  await signIn.pick(query, name);
  await signIn.typePin(pin);
  await new DeskShell(opened.page).statusBar().getByText(`当前值班：${name}`).waitFor();
  return { ...opened, calls: new CallsPage(opened.page), shell: new DeskShell(opened.page) };
}

describe('the phone log', () => {
  test('F2 from another book, a message logged with the keyboard only, then delivered and called back', async () => {
    const { page, calls, shell, errors } = await signedIn('lqt', '李前台', '2468');
    await shell.go('访客');
    await calls.openWithF2();
    await shell.pageTitle('来电').waitFor();

    await calls.type('13900001111');
    await calls.tab();
    await calls.type('陈先生');
    await calls.tab(3); // company, resident: nothing to say
    await page.keyboard.press('Space'); // answered after more than three rings
    await calls.form().getByText('请先致歉').waitFor();
    await calls.tab();
    await calls.arrowRight(4); // 咨询 -> 报修 -> 投诉 -> 预约 -> 留言
    await calls.tab();
    await calls.type('请王主管回电，关于车位续租');
    await calls.tab();
    await calls.arrowRight(2); // 已答复 -> 已转接 -> 留言待转达
    await calls.pickStaffByKeyboard('wzg', '王主管');
    await expect.poll(() => calls.readBack().textContent()).toContain('陈先生，来电号码 13900001111，留言：请王主管回电，关于车位续租，留言待转达 → 王主管');
    await checkScreen(page, 'calls-form-message');
    await calls.saveWithCtrlEnter();

    const msg = calls.message('陈先生');
    await msg.getByText('未转达').waitFor();
    await calls.todayCalls().getByText('超三声').waitFor();
    await checkScreen(page, 'calls-page-open-message');
    const [logged] = (await server.call<{ calls: { callerName: string; lateAnswer: boolean; reason: string; outcome: string }[] }>('calls.list', {}, { token: await tokenOf(page) })).calls;
    expect(logged).toMatchObject({ callerName: '陈先生', lateAnswer: true, reason: 'message', outcome: 'message' });

    await msg.getByRole('button', { name: '已转达' }).click();
    await msg.getByText('已转达，待回电').waitFor();
    await msg.getByRole('button', { name: '已回电' }).click();
    await calls.messages().getByText('没有待转达或待回电的留言').waitFor();
    expect(errors).toEqual([]);
  });

  test('the look-up fills the caller from the directory: a full number, or a name in pinyin initials', async () => {
    const { page, calls } = await signedIn('lqt', '李前台', '2468');
    const token = await tokenOf(page);
    await server.call('residents.upsert', { name: '周晓梅', building: '3栋', unit: '2单元', room: '501', phone: '13611112222' }, { token });
    await calls.openWithF2();
    await calls.type('13611112222');
    await expect.poll(() => calls.field('来电人').inputValue()).toBe('周晓梅');
    await calls.form().getByText('周晓梅 · 3栋 2单元 501').first().waitFor();
    await checkScreen(page, 'calls-form-lookup-phone');

    await page.getByRole('button', { name: '清空重填' }).click();
    await calls.field('来电人').fill('zxm');
    await calls.form().getByRole('complementary').getByRole('button', { name: /周晓梅/ }).click();
    expect(await calls.field('来电号码').inputValue()).toBe('13611112222');
    await page.keyboard.press('Escape');
  });

  test('a reload mid-typing keeps the draft, and the form comes back with it', async () => {
    const { page, calls } = await signedIn('lqt', '李前台', '2468');
    await calls.openWithF2();
    await calls.type('0571-88886666');
    await calls.tab();
    await calls.type('顺丰小哥');
    await page.reload();
    await calls.form().waitFor();
    await page.getByText('已恢复上次未保存的来电记录').waitFor();
    expect(await calls.field('来电号码').inputValue()).toBe('0571-88886666');
    expect(await calls.field('来电人').inputValue()).toBe('顺丰小哥');
    await checkScreen(page, 'calls-form-restored');
  });

  test('a 报修 call offers a work order, pre-filled from the call', async () => {
    const { page, calls, shell } = await signedIn('wzg', '王主管', '1234');
    await shell.go('来电');
    await calls.openWithF2();
    await calls.type('13700002222');
    await calls.tab();
    await calls.type('林女士');
    await calls.tab(4);
    await calls.arrowRight(1); // 报修
    await calls.tab();
    await calls.type('厨房水管漏水');
    await calls.saveWithCtrlEnter();
    await page.getByRole('button', { name: '创建派工单' }).click();
    await shell.pageTitle('派工').waitFor();
    // The work-order page takes the hand-off and opens its form filled from the call.
    const form = new WorkOrdersPage(page).form();
    await form.waitFor();
    expect(await form.getByLabel('报修人').inputValue()).toBe('林女士');
    expect(await form.getByLabel('联系电话').inputValue()).toBe('13700002222');
    expect(await form.getByLabel('报修内容').inputValue()).toBe('厨房水管漏水');
  });

  test('a 投诉 call opens a case, which is noted and closed from the page and leaves the open list', async () => {
    const { page, calls, shell, errors } = await signedIn('lqt', '李前台', '2468');
    await shell.go('来电');
    await calls.openWithF2();
    await calls.type('13500003333');
    await calls.tab();
    await calls.type('赵阿姨');
    await calls.tab(4);
    await calls.arrowRight(2); // 咨询 -> 报修 -> 投诉
    await calls.tab();
    await calls.type('楼上装修噪音太大');
    await calls.saveWithCtrlEnter();

    const row = calls.openCase('赵阿姨');
    await row.getByText('楼上装修噪音太大').waitFor();
    await checkScreen(page, 'calls-case-open');
    await row.getByRole('button', { name: '处理' }).click();
    await calls.caseDrawer().getByText('赵阿姨').first().waitFor();
    await calls.caseField('跟进记录').fill('已联系楼上业主，约定晚八点后停工');
    await page.keyboard.press('Enter');
    await calls.caseDrawer().getByText('已联系楼上业主，约定晚八点后停工 · 李前台').waitFor();
    expect(await calls.caseField('跟进记录').inputValue()).toBe('');
    // Esc closes the drawer; 处理 opens it again with the note in the history.
    const openDrawer = page.locator('.case-drawer.ant-drawer-open');
    await openDrawer.waitFor();
    await page.keyboard.press('Escape');
    await openDrawer.waitFor({ state: 'detached' });
    await row.getByRole('button', { name: '处理' }).click();
    await calls.caseDrawer().getByText('已联系楼上业主，约定晚八点后停工 · 李前台').waitFor();

    // No satisfaction chosen: the refusal shows on that field and the typed result stays.
    await calls.caseField('处理结果').fill('楼上已停工，回访确认无噪音');
    await page.keyboard.press('Enter');
    const refusal = calls.caseDrawer().locator('.ant-form-item-explain-error').first();
    await refusal.getByText('请选择投诉人是否满意').waitFor();
    await refusal.scrollIntoViewIfNeeded();
    expect(await calls.caseField('处理结果').inputValue()).toBe('楼上已停工，回访确认无噪音');
    await checkScreen(page, 'calls-case-drawer');

    await calls.caseDrawer().getByText('满意', { exact: true }).click();
    await calls.caseField('处理结果').press('Enter');
    await page.getByText(/投诉 .* 已结案/).waitFor();
    await openDrawer.waitFor({ state: 'detached' });
    await expect.poll(() => calls.openCase('赵阿姨').count()).toBe(0);
    await checkScreen(page, 'calls-case-closed');
    const closed = await server.call<{ complainantName: string; result: string; satisfaction: string }[]>('cases.list', { status: 'closed' }, { token: await tokenOf(page) });
    expect(closed.find((c) => c.complainantName === '赵阿姨')).toMatchObject({ result: '楼上已停工，回访确认无噪音', satisfaction: 'satisfied' });
    expect(errors).toEqual([]);
  });

  test('a residents file with bad rows is refused row by row, and nothing is imported', async () => {
    const { page, shell } = await signedIn('wzg', '王主管', '1234');
    await shell.go('来电');
    const count = async () => (await server.call<{ total: number }>('residents.search', {}, { token: await tokenOf(page) })).total;
    const before = await count();
    const csv = ['姓名,楼栋,房号,电话', '张三,1栋,101,13800001111', ',1栋,102,13800002222', '王五,1栋,103,12345'].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: 'residents.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const report = page.getByTestId('import-report');
    await report.getByText('有 2 行数据有误，未导入任何记录').waitFor();
    await report.getByText('第 3 行').waitFor();
    await report.getByText('第 4 行').waitFor();
    await checkScreen(page, 'calls-residents-import-refused');
    expect(await count()).toBe(before);
  });
});

const tokenOf = async (page: CallsPage['page']) => (await page.evaluate('sessionStorage.getItem("frontdesk.token")')) as string;
