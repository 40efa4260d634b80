import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser';
import { checkScreen } from './support/screen';
import { seedSite, startServer, type TestServer } from './support/server';
import { DeskShell, SECTIONS } from './pages/DeskShell';
import { SettingsPage } from './pages/SettingsPage';
import { SetupPage } from './pages/SetupPage';
import { SignInPage } from './pages/SignInPage';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('first run', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.close();
  });

  test('a new desk asks for the site and its first supervisor, then is signed in', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(server.url);
    const setup = new SetupPage(page);
    await setup.heading().waitFor();
    await checkScreen(page, 'desk-setup');

    await setup.fill({ siteName: '翠苑物业服务中心', name: '王主管', pin: '1234', pinConfirm: '4321' });
    await setup.submit();
    await page.getByText('两次输入的 PIN 不一致').waitFor();

    await page.getByLabel('再次输入 PIN').fill('1234');
    await setup.submit();
    const shell = new DeskShell(page);
    await shell.statusBar().getByText('当前值班：王主管').waitFor();
    // waitFor, not count(): the site's name arrives with the session, maybe after the status bar.
    await page.getByText('翠苑物业服务中心').first().waitFor();
    expect(await server.call('setup.status')).toMatchObject({ needsSetup: false, siteName: '翠苑物业服务中心' });
    expect(errors).toEqual([]);
  });
});

describe('a set-up desk', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    await seedSite(server);
  });
  afterAll(async () => {
    await server.close();
  });

  test('signs in with a PIN: a wrong PIN says how many tries are left, the right one opens the desk', async () => {
    const { page, errors } = await openPage(browser);
    const signIn = new SignInPage(page);
    await signIn.open(server.url);
    // Only people with a PIN are offered: the worker is not.
    await expect.poll(() => signIn.options().allTextContents()).toEqual([expect.stringContaining('李前台'), expect.stringContaining('王主管')]);
    await checkScreen(page, 'desk-signin');

    await signIn.filter().fill('wz');
    expect(await signIn.options().allTextContents()).toEqual([expect.stringContaining('王主管')]);
    await page.keyboard.press('Enter');
    await signIn.typePin('9999');
    await expect.poll(() => signIn.error().textContent()).toContain('PIN 码不正确（还可尝试 4 次）');
    await checkScreen(page, 'desk-signin-wrong-pin');

    await signIn.typePin('1234');
    const shell = new DeskShell(page);
    await shell.statusBar().getByText('当前值班：王主管').waitFor();
    await checkScreen(page, 'desk-shell');
    expect(errors).toEqual([]);
  });

  test('every section opens its book; F-keys lead to their book', async () => {
    const { page } = await openPage(browser);
    await new SignInPage(page).open(server.url);
    await new SignInPage(page).signIn('wang', '1234');
    const shell = new DeskShell(page);
    for (const s of SECTIONS) {
      await shell.go(s.label);
      await checkScreen(page, `desk-section-${s.key}`);
    }
    await page.keyboard.press('F3');
    await shell.pageTitle('访客').waitFor();
    await page.keyboard.press('F2');
    await shell.pageTitle('来电').waitFor();
    // The section survives a reload (it is in the address).
    await page.reload();
    await shell.pageTitle('来电').waitFor();
  });

  test('a supervisor adds a staff member; a refused field is marked and the typed values stay', async () => {
    const { page } = await openPage(browser);
    await new SignInPage(page).open(server.url);
    await new SignInPage(page).signIn('wzg', '1234');
    const shell = new DeskShell(page);
    await shell.go('设置');
    const settings = new SettingsPage(page);
    await settings.openAddStaff();
    await settings.fillStaff({ name: '陈晓', role: '前台', extension: '8002', phone: '13912345678', pin: '12' });
    await settings.saveStaff();
    await settings.dialog().getByText('PIN 必须是 4-8 位数字').waitFor();
    await checkScreen(page, 'desk-staff-form-error');
    expect(await settings.dialog().getByLabel('姓名').inputValue()).toBe('陈晓');
    expect(await settings.dialog().getByLabel('分机').inputValue()).toBe('8002');
    expect(await settings.staffRow('陈晓').count()).toBe(0);

    await settings.fillStaff({ pin: '5678' });
    await settings.saveStaff();
    await settings.dialog().waitFor({ state: 'hidden' });
    await settings.staffRow('陈晓').getByText('13912345678').waitFor();
    await checkScreen(page, 'desk-settings-staff');

    // The new receptionist can sign in with the PIN just set.
    await shell.signOut();
    const signIn = new SignInPage(page);
    await signIn.filter().waitFor();
    await signIn.signIn('cx', '5678');
    await shell.statusBar().getByText('当前值班：陈晓').waitFor();
    // A receptionist sees the staff list but cannot change it.
    await shell.go('设置');
    await page.getByText('只有主管可以管理员工').waitFor();
    expect(await page.getByRole('button', { name: '添加员工' }).count()).toBe(0);
    expect(await settings.staffRow('王主管').getByRole('button').count()).toBe(0);
    await checkScreen(page, 'desk-settings-staff-reception');
  });

  test('the language switch turns the desk to English for the whole site, and back', async () => {
    const { page } = await openPage(browser);
    await new SignInPage(page).open(server.url);
    await new SignInPage(page).signIn('wzg', '1234');
    await new DeskShell(page).go('设置');
    // Printers are this PC's: in browser mode the print dialog chooses, and the tab says so.
    await new SettingsPage(page).tab('打印机');
    await page.getByText('派工单 80 mm 热敏').waitFor();
    await checkScreen(page, 'desk-settings-printers');
    await new SettingsPage(page).tab('界面语言');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('tab', { name: 'Staff' }).click();
    await checkScreen(page, 'desk-settings-staff-en');
    // Saved for the site: a reload (and every other desk) comes back in English.
    await expect.poll(async () => (await server.call('setup.status')).locale).toBe('en');
    await page.reload();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('menuitem', { name: 'Visitors' }).click();
    await page.getByRole('heading', { level: 1, name: /^Visitor/ }).waitFor();
    await checkScreen(page, 'desk-section-visits-en');
    // F2 is the calls book in either language; its one-keystroke form reads in English too.
    await page.keyboard.press('F2');
    await page.getByRole('heading', { level: 1, name: /^Calls/ }).waitFor();
    await checkScreen(page, 'desk-section-calls-en');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await page.getByRole('tab', { name: 'Language' }).click();
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
    await expect.poll(async () => (await server.call('setup.status')).locale).toBe('zh-CN');
  });
});
