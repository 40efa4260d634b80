import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { KIOSK_LANDSCAPE, launchBrowser, openPage } from './support/browser';
import { signedInDesk } from './support/desk';
import { checkScreen } from './support/screen';
import { readQrsFromPdf } from './support/qr';
import { ARTIFACTS_DIR } from './support/shots';
import { seedSite, startServer, type TestServer } from './support/server';
import { DeskShell } from './pages/DeskShell';
import { KioskPage } from './pages/KioskPage';
import { SignInPage } from './pages/SignInPage';
import { VisitsDeskPage } from './pages/VisitsPage';

let browser: Browser;
let server: TestServer;
let token: string;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const { supervisorId } = await seedSite(server);
  token = (await server.call<{ token: string }>('session.signIn', { staffId: supervisorId, pin: '1234' })).token;
  await server.call('staff.upsert', { name: '张伟', role: 'host', extension: '8801', location: '2号楼 8F 招商部' }, { token });
  await server.call('staff.upsert', { name: '刘芳', role: 'host', extension: '8501', location: '2号楼 5F 行政部' }, { token });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A kiosk paired with the desk, in its own browser context; every tap is counted. */
async function pairedKiosk(): Promise<{ page: Page; kiosk: KioskPage; taps: () => Promise<number> }> {
  const { code } = await server.call<{ code: string }>('kiosk.pair', {}, { token });
  const { page } = await openPage(browser, KIOSK_LANDSCAPE);
  await page.goto(`${server.url}/kiosk?pair=${code}`);
  const kiosk = new KioskPage(page);
  await kiosk.welcome().waitFor();
  // Keypad digits are typing, not steps: every other button press is counted (in the page, as a string: no DOM types here).
  await page.evaluate(`window.taps = 0; document.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (b && !b.closest('[aria-label="keypad"]')) window.taps++;
  }, true);`);
  return { page, kiosk, taps: () => page.evaluate<number>('window.taps') };
}

describe('visitors', () => {
  let visitId = '';

  test('the receptionist checks a visitor in with the keyboard only and signs them out', async () => {
    const { page, errors } = await openPage(browser);
    await new SignInPage(page).open(server.url);
    await new SignInPage(page).signIn('lqt', '2468');
    await new DeskShell(page).go('访客');
    const visits = new VisitsDeskPage(page);
    await checkScreen(page, 'desk-visits-empty');
    await visits.checkInByKeyboard({ name: '陈先生', phone: '13912345678', host: 'zw' });
    await visits.onSiteRow('陈先生').waitFor();
    await checkScreen(page, 'desk-visits-on-site');
    const onSite = await server.call<{ id: string; visitorName: string; hostName: string; badgeNo: string }[]>('visits.onSite', undefined, { token });
    expect(onSite.map((v) => [v.visitorName, v.hostName])).toEqual([['陈先生', '张伟']]);
    visitId = onSite[0].id;

    // A bad phone is named on its field and the typed name stays.
    await visits.checkInByKeyboard({ name: '王五', phone: '12345', host: 'lf' });
    await page.getByText('请输入 11 位手机号，或带区号的座机号').waitFor();
    expect(await page.getByLabel('访客姓名').inputValue()).toBe('王五');
    await checkScreen(page, 'desk-visits-bad-phone');
    await page.keyboard.press('Escape');

    // The badge prints from the same tab (its session), as a PDF whose text is real text.
    await page.goto(`${server.url}/print?view=badge&id=${visitId}`);
    await page.locator('body[data-print-ready="true"]').waitFor();
    const dir = `${ARTIFACTS_DIR}/print`;
    mkdirSync(dir, { recursive: true });
    for (const view of ['badge', 'badge-label', 'roll-call']) {
      await page.goto(`${server.url}/print?view=${view}&id=${visitId}`);
      await page.locator('body[data-print-ready="true"]').waitFor();
      const pdf = `${dir}/${view}.pdf`;
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text, view).toContain('陈先生');
      expect(text, view).toContain('张伟');
      execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdf, `${dir}/${view}`]);
      // The kiosk's sign-out scans the badge: its QR must read back as the badge number.
      if (view !== 'roll-call') expect(readQrsFromPdf(pdf), view).toEqual([onSite[0].badgeNo]);
    }

    await page.goto(`${server.url}/#/visits`);
    await visits.signOut('陈先生').click();
    await page.getByText('现在没有在场的访客').waitFor();
    expect(await server.call('visits.onSite', undefined, { token })).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a new visitor completes the kiosk form; the desk, on another page, prints the badge', async () => {
    // The receptionist is on the calls page when the visitor uses the kiosk.
    const desk = await signedInDesk(browser, server, 'lqt', '2468', '李前台');
    await desk.shell.go('来电');
    const { page, kiosk } = await pairedKiosk();
    await kiosk.checkIn().click();
    await kiosk.phoneStep().waitFor();
    await kiosk.typeDigits('13712345678');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('heading', { name: '请输入您的姓名' }).waitFor();
    await page.getByLabel('请输入您的姓名').fill('林小姐');
    await checkScreen(page, 'kiosk-new-name');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('输入姓名或拼音首字母，如 zw').fill('lf');
    await checkScreen(page, 'kiosk-new-host');
    await page.getByRole('button', { name: /刘芳/ }).click();
    await checkScreen(page, 'kiosk-new-purpose');
    await page.getByRole('button', { name: '面试' }).click();
    await page.getByRole('button', { name: '+' }).click();
    await checkScreen(page, 'kiosk-new-party-consent');
    await page.getByRole('button', { name: '同意并登记' }).click();
    await page.getByRole('heading', { name: '登记成功' }).waitFor();
    await page.getByText('2号楼 5F 行政部', { exact: false }).waitFor();
    await checkScreen(page, 'kiosk-done');
    const onSite = await server.call<{ visitorName: string; partySize: number; purpose: string }[]>('visits.onSite', undefined, { token });
    expect(onSite).toEqual([expect.objectContaining({ visitorName: '林小姐', partySize: 2, purpose: 'interview' })]);

    // The kiosk told the visitor to collect the badge at the desk: the desk hears of it and prints it with a click.
    const told = desk.page.getByRole('alert').filter({ hasText: '自助机登记：林小姐' });
    await told.waitFor();
    await checkScreen(desk.page, 'desk-kiosk-badge-notice');
    const [badge] = await Promise.all([desk.context.waitForEvent('page'), told.getByRole('button', { name: '打印访客证' }).click()]);
    await badge.locator('body[data-print-ready="true"]').waitFor();
    expect(await badge.locator('body').innerText()).toContain('林小姐');
    await told.waitFor({ state: 'detached' });

    // Later the desk looks her up with Ctrl+K: on site, and Enter opens her in the register's search.
    await desk.page.keyboard.press('Control+k');
    await desk.page.getByRole('textbox', { name: '搜索访客、来电、派工单和快递' }).fill('林小姐');
    const hit = desk.page.getByRole('option').filter({ hasText: '林小姐' });
    await hit.getByText('在场').waitFor();
    await desk.page.keyboard.press('Enter');
    await desk.page.locator('tr.row-marked').getByText('林小姐').waitFor();
    expect(await desk.page.getByRole('searchbox', { name: '查询' }).inputValue()).toBe('林小姐');
    await desk.page.locator('.global-search').waitFor({ state: 'hidden' });
    await checkScreen(desk.page, 'desk-visits-found');
    expect(desk.errors).toEqual([]);
  });

  test('a returning visitor checks in at the kiosk in at most 4 touches, seeing only a masked name', async () => {
    const { page, kiosk, taps } = await pairedKiosk();
    await kiosk.checkIn().click();
    await kiosk.typeDigits('13712345678');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('林**，您好').waitFor();
    await checkScreen(page, 'kiosk-returning-confirm');
    expect(await page.getByText('林小姐').count()).toBe(0);
    await page.getByRole('button', { name: '确认登记' }).click();
    await page.getByRole('heading', { name: '登记成功' }).waitFor();
    expect(await taps()).toBeLessThanOrEqual(4);

    // Signing out at the kiosk with the phone.
    await page.getByTestId('kiosk-finish').click();
    await kiosk.checkOut().click();
    await kiosk.signOutStep().waitFor();
    await checkScreen(page, 'kiosk-sign-out');
    await page.getByLabel('访客证号或手机号').fill('13712345678');
    await page.keyboard.press('Enter');
    await page.getByText('感谢来访').waitFor();
  });

  test('the desk records a forced entry for the supervisor and exports today\'s register', async () => {
    const { page, errors, shell } = await signedInDesk(browser, server, 'lqt', '2468', '李前台');
    await shell.go('访客');
    const visits = new VisitsDeskPage(page);
    const dialog = await visits.recordRefusal({ kind: '强行进入', name: '黑衣男子', description: '未登记强行进入 2 号楼电梯厅' });
    await checkScreen(page, 'desk-visits-refused');
    await dialog.getByLabel('姓名（如知道）').press('Enter');
    await page.getByText(/已记录，投诉单 .+ 已升级至主管/).waitFor();
    const cases = await server.call('cases.list', {}, { token });
    expect(JSON.stringify(cases)).toContain('强行进入：未登记强行进入 2 号楼电梯厅');

    const files = await visits.exportToday();
    expect(files.map((d) => d.suggestedFilename()).sort()).toEqual([expect.stringMatching(/^访客登记_\d{8}-\d{8}\.csv$/), expect.stringMatching(/\.xlsx$/)]);
    const read = async (ext: string) => readFileSync(await files.find((d) => d.suggestedFilename().endsWith(ext))!.path());
    const [csv, xlsx] = [await read('.csv'), await read('.xlsx')];
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    expect(csv.toString('utf8')).toContain('证号,姓名,电话'); // today's visitors are in it too
    expect(csv.toString('utf8').split('\r\n').length).toBeGreaterThan(2);
    await checkScreen(page, 'desk-visits-exported');

    // The retention period is a site rule: the receptionist is not offered it, the supervisor is.
    expect(await page.getByRole('button', { name: /^保存期限/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    const boss = await signedInDesk(browser, server, 'wzg', '1234', '王主管');
    await boss.shell.go('访客');
    // Typed and saved with Enter; the purge and the kiosk notice read the same setting.
    await boss.page.getByRole('button', { name: '保存期限 90 天' }).click();
    const days = boss.page.getByRole('dialog').getByLabel('个人信息保存天数');
    await days.fill('30');
    await checkScreen(boss.page, 'desk-visits-retention');
    await days.press('Enter');
    await boss.page.getByRole('button', { name: '保存期限 30 天' }).waitFor();
    expect(await server.call('settings.get', {}, { token })).toMatchObject({ retentionDays: 30 });
    expect(boss.errors).toEqual([]);
  });
});
