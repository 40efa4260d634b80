import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { KIOSK_LANDSCAPE, KIOSK_PORTRAIT, launchBrowser, openPage } from './support/browser';
import { checkScreen } from './support/screen';
import { seedSite, startServer, type TestServer } from './support/server';
import { DeskShell } from './pages/DeskShell';
import { KioskPage } from './pages/KioskPage';
import { SettingsPage } from './pages/SettingsPage';
import { SignInPage } from './pages/SignInPage';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  await seedSite(server);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('kiosk', () => {
  test('an unpaired kiosk says so and sends the visitor to the desk', async () => {
    const { page } = await openPage(browser, KIOSK_LANDSCAPE);
    await page.goto(`${server.url}/kiosk`);
    const kiosk = new KioskPage(page);
    await kiosk.notPaired().waitFor();
    await checkScreen(page, 'kiosk-not-paired');
  });

  test('paired from the desk settings, the kiosk shows its welcome in landscape and portrait', async () => {
    const desk = await openPage(browser);
    await new SignInPage(desk.page).open(server.url);
    await new SignInPage(desk.page).signIn('wzg', '1234');
    await new DeskShell(desk.page).go('设置');
    const { code, url } = await new SettingsPage(desk.page).pairKiosk();
    expect(code).toMatch(/^\d{6}$/);
    expect(url).toBe(`${server.url}/kiosk?pair=${code}`);
    await checkScreen(desk.page, 'desk-settings-kiosk-pairing');

    // The kiosk is another device: its own browser context (own storage).
    const { page, errors } = await openPage(browser, KIOSK_LANDSCAPE);
    await page.goto(url);
    const kiosk = new KioskPage(page);
    await kiosk.welcome().waitFor();
    await page.getByText('翠苑物业服务中心').waitFor();
    expect(new URL(page.url()).search).toBe(''); // the spent code leaves the address bar
    await checkScreen(page, 'kiosk-welcome-1920x1080');

    // The touch targets are kiosk-sized.
    const box = await kiosk.checkIn().boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(64);

    // The token is kept: a reload stays paired; the code cannot be used twice.
    await page.reload();
    await kiosk.welcome().waitFor();
    const again = await openPage(browser, KIOSK_LANDSCAPE);
    await again.page.goto(url);
    await again.page.getByText('配对码无效或已过期').waitFor();

    await page.setViewportSize(KIOSK_PORTRAIT);
    await checkScreen(page, 'kiosk-welcome-1080x1920');

    await kiosk.checkIn().click();
    await kiosk.phoneStep().waitFor();
    await checkScreen(page, 'kiosk-check-in-phone-portrait');
    await kiosk.home().click();
    await kiosk.welcome().waitFor();
    expect(errors).toEqual([]);
  });

  test('after 60 s without a touch the kiosk goes back to the welcome screen', async () => {
    const code = (await server.call<{ code: string }>('kiosk.pair', {}, { token: await supervisorToken() })).code;
    const { page } = await openPage(browser, KIOSK_LANDSCAPE);
    await page.clock.install();
    await page.goto(`${server.url}/kiosk?pair=${code}`);
    const kiosk = new KioskPage(page);
    await kiosk.checkOut().click();
    await kiosk.signOutStep().waitFor();

    await page.clock.runFor(50_000);
    expect(await kiosk.signOutStep().isVisible()).toBe(true);
    await page.mouse.click(10, 500); // a touch starts the wait again
    await page.clock.runFor(50_000);
    expect(await kiosk.signOutStep().isVisible()).toBe(true);
    await page.clock.runFor(11_000);
    await kiosk.welcome().waitFor();
  });
});

async function supervisorToken(): Promise<string> {
  const staff = await server.call<{ id: string; name: string }[]>('staff.list');
  const boss = staff.find((s) => s.name === '王主管')!;
  return (await server.call<{ token: string }>('session.signIn', { staffId: boss.id, pin: '1234' })).token;
}
