import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { systemContext } from '../../core/demo/context';
import { demoSeeders } from '../../core/demo';
import { launchBrowser, openPage } from './support/browser';
import { checkScreen } from './support/screen';
import { readQrsFromPdf } from './support/qr';
import { ARTIFACTS_DIR } from './support/shots';
import { startServer, type TestServer } from './support/server';
import { DeskShell } from './pages/DeskShell';
import { ParcelsPage } from './pages/ParcelsPage';
import { SignInPage } from './pages/SignInPage';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  // The demo desk: residents, two weeks of parcels, the key board with items out and overdue.
  for (const { seed } of demoSeeders) await seed(systemContext(server.core));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A session for calls the test makes beside the browser (李静, like the page). */
async function deskToken(): Promise<string> {
  const staff = await server.call<{ id: string; name: string }[]>('staff.list');
  const li = staff.find((s) => s.name === '李静')!;
  return (await server.call<{ token: string }>('session.signIn', { staffId: li.id, pin: '1234' })).token;
}

async function openParcels(): Promise<{ page: Page; parcels: ParcelsPage; errors: string[] }> {
  const { page, errors } = await openPage(browser);
  await new SignInPage(page).open(server.url);
  await new SignInPage(page).signIn('lj', '1234');
  const shell = new DeskShell(page);
  await shell.statusBar().getByText('当前值班：李静').waitFor();
  // F6 is the parcel book's key: it opens the section with the scanner field focused.
  await page.keyboard.press('F6');
  await shell.pageTitle('快递与借用').waitFor();
  return { page, parcels: new ParcelsPage(page), errors };
}

describe('parcels', () => {
  test('a parcel is received by scanner input, and picked up with its code', async () => {
    const token = await deskToken();
    await server.call('residents.upsert', { name: '欧阳娜娜', building: '9栋', unit: '1单元', room: '1808', phone: '13612345678' }, { token });
    const { page, parcels, errors } = await openParcels();
    await checkScreen(page, 'parcels-desk');

    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toContain('trackingNo');
    await parcels.scan('SF1400123456789');
    // The scanner's Enter moved on to the recipient (it did not save), and the courier was guessed.
    expect(await page.getByRole('radio', { name: '顺丰' }).isChecked()).toBe(true);
    await parcels.chooseRecipient('oynn', '欧阳娜娜');
    await page.getByLabel('货架位置').fill('B-2');
    await parcels.submitReceive();
    const code = await parcels.receivedCode();
    await parcels.waitingRow('SF1400123456789').getByText('欧阳娜娜').waitFor();
    // Ready for the next scan at once.
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toContain('trackingNo');
    await checkScreen(page, 'parcels-received');

    await parcels.pickUpWithCode(code);
    await page.getByText('欧阳娜娜 已签收').waitFor();
    await parcels.waitingRow('SF1400123456789').waitFor({ state: 'detached' });
    const [picked] = await server.call('parcels.search', { q: 'SF1400123456789' }, { token });
    expect(picked).toMatchObject({ status: 'picked_up', pickedUpBy: '欧阳娜娜', pickedUpCheck: 'code' });
    expect(errors.filter((e) => !/print/.test(e))).toEqual([]);
  });

  test('the waiting list shows the demo parcels due for return first, in red, and those to remind in amber', async () => {
    const { page, parcels } = await openParcels();
    const rows = parcels.waiting().locator('tbody tr.row-overdue');
    // count() does not wait: the list loads after the page title shows, so wait for its first red row.
    await rows.first().getByText(/已满 7 天，应退回/).waitFor();
    expect(await parcels.waiting().locator('tbody tr.row-due-soon').count()).toBeGreaterThan(0);
    // Overdue rows come before the rest.
    const classes = await parcels.waiting().locator('tbody tr.ant-table-row').evaluateAll((trs) => trs.map((tr) => tr.className));
    const firstPlain = classes.findIndex((c) => !c.includes('row-overdue'));
    expect(classes.slice(firstPlain).some((c) => c.includes('row-overdue'))).toBe(false);
    await checkScreen(page, 'parcels-waiting-demo');
  });

  test('the parcel slip prints on 80 mm with its code and QR', async () => {
    const { page } = await openParcels();
    const [p] = await server.call<{ id: string; code: string }[]>('parcels.list', {}, { token: await deskToken() });
    await page.goto(`${server.url}/print?view=parcel-slip&id=${p.id}`);
    await page.locator('body[data-print-ready="true"]').waitFor();
    const dir = `${ARTIFACTS_DIR}/print`;
    mkdirSync(dir, { recursive: true });
    const pdf = `${dir}/parcel-slip.pdf`;
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('快递取件单');
    expect(text).toContain(p.code);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    // 80 mm wide is 226.8 pt (Chromium rounds to whole CSS pixels).
    expect(info).toMatch(/Page size:\s+22[67]\.\d+ x/);
    expect(info).toMatch(/Pages:\s+1\b/);
    execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdf, `${dir}/parcel-slip`]);
    // The QR is what the desk scans at pick-up: it must read back as the code.
    expect(readQrsFromPdf(pdf)).toEqual([p.code]);
  });
});

describe('keys and lent items', () => {
  test('the demo key board shows the overdue loans first; a key is lent and returned', async () => {
    const { page, parcels, errors } = await openParcels();
    await parcels.tab('钥匙与物品');
    const overdue = parcels.lending().locator('tbody tr.row-overdue');
    await overdue.first().waitFor();
    expect((await overdue.allTextContents()).map((t) => (t.includes('1201') ? '1201' : t.includes('手推车') ? '手推车' : t)).sort()).toEqual(['1201', '手推车']);
    await checkScreen(page, 'parcels-keys-demo');

    await parcels.lend('天台门钥匙', { borrower: '钱师傅', phone: '13712345678', purpose: '天台防水检查' });
    const row = parcels.itemRow('天台门钥匙');
    await row.getByText(/借出：钱师傅/).waitFor();
    // Out: it cannot be lent again until it is back.
    expect(await row.getByRole('button', { name: '借出' }).isDisabled()).toBe(true);
    await checkScreen(page, 'parcels-key-lent');
    // While out it cannot be removed either; the remove button is offered only for what is all on the board.
    expect(await row.getByRole('button', { name: /^删除/ }).count()).toBe(0);
    await row.getByRole('button', { name: '归还' }).click();
    await row.getByText('在位 1').waitFor();
    expect(await row.getByRole('button', { name: '借出' }).isDisabled()).toBe(false);

    // The ladder is lost: it leaves the register, and the list says so.
    await parcels.removeItem('梯子');
    await page.getByText('已移除“梯子”').waitFor();
    await parcels.itemRow('梯子').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
