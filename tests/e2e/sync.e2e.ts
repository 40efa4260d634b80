import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { createEnrolment } from '../../hub/devices';
import { openTestStore, startTestHub } from '../../hub/testing';
import { launchBrowser, openPage } from './support/browser';
import { checkScreen } from './support/screen';
import { seedSite, startServer, type TestServer } from './support/server';
import { DeskShell } from './pages/DeskShell';
import { SettingsPage } from './pages/SettingsPage';
import { SignInPage } from './pages/SignInPage';

let browser: Browser;
let store: Awaited<ReturnType<typeof openTestStore>>;
let hub: Awaited<ReturnType<typeof startTestHub>>;
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  store = await openTestStore('pglite');
  hub = await startTestHub(store);
  [a, b] = await Promise.all([startServer(), startServer()]);
  await seedSite(a);
  await seedSite(b);
});
afterAll(async () => {
  await browser?.close();
  await a?.close();
  await b?.close();
  await hub?.close();
  await store?.drop();
});

async function until(check: () => Promise<boolean>, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('two desks of a site through the hub', () => {
  test('the supervisor enrols a desk in Settings 同步; a staff member added on one desk appears on the other', async () => {
    const { page, errors } = await openPage(browser);
    await new SignInPage(page).open(a.url);
    await new SignInPage(page).signIn('王主管', '1234');
    const shell = new DeskShell(page);
    await shell.go('设置');
    const settings = new SettingsPage(page);
    await settings.tab('同步');
    await page.getByText('本机尚未连接同步中心').waitFor();
    await checkScreen(page, 'settings-sync-empty');

    await settings.connectHub(hub.url, 'ABCDEFGH23');
    await page.getByText('登记码无效、已使用或已过期').first().waitFor();
    await checkScreen(page, 'settings-sync-bad-code');

    await page.getByLabel('登记码').fill((await createEnrolment(store, 'E2E')).code);
    await page.getByRole('button', { name: '连接' }).click();
    await settings.syncState().getByText('在线').waitFor({ timeout: 20_000 });
    await shell.statusBar().getByText('已全部同步').waitFor({ timeout: 20_000 });
    await checkScreen(page, 'settings-sync-online');

    await b.call('sync.connect', { hubUrl: hub.url, code: (await createEnrolment(store, 'E2E')).code }, { token: await tokenOf(b) });
    await a.call('staff.upsert', { name: '钱保安', role: 'worker', phone: '13900139000' }, { token: await tokenOf(a) });
    // B would see it on its next 30 s pass; "sync now" (the Settings button) asks at once.
    const bToken = await tokenOf(b);
    await until(async () => JSON.stringify(await b.call('staff.list')).includes('钱保安') || ((await b.call('sync.now', {}, { token: bToken })) && false));
    expect(errors).toEqual([]);
  });
});

async function tokenOf(s: TestServer): Promise<string> {
  const list = await s.call<{ id: string; name: string }[]>('staff.list');
  return (await s.call<{ token: string }>('session.signIn', { staffId: list.find((x) => x.name === '王主管')!.id, pin: '1234' })).token;
}
