import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser';
import { seedSite, startServer, type TestServer } from './support/server';
import { ARTIFACTS_DIR } from './support/shots';
import { SignInPage } from './pages/SignInPage';

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
async function printToPdf(page: Page, view: string, id: string, name: string): Promise<string> {
  await page.goto(`${server.url}/print?view=${view}&id=${encodeURIComponent(id)}`);
  await page.locator('body[data-print-ready="true"]').waitFor();
  mkdirSync(PDF_DIR, { recursive: true });
  const pdf = `${PDF_DIR}/${name}.pdf`;
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '90', pdf, `${PDF_DIR}/${name}`]);
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
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
      const text = (await printToPdf(page, view, order.id, view)).replace(/\s+/g, '');
      expect(text, view).toContain(order.number);
      expect(text, view).toContain('3栋2单元1502');
      expect(text, view).toContain('赵师傅');
      expect(text, view).toContain('住户签字');
      expect(text, view).toContain('基本满意');
      expect(text, view).toContain('麻烦师傅一并看看');
      expect(text, view).not.toContain('补打');
    }
    await as('workOrders.print', { id: order.id, template: 'a4' });
    expect(await printToPdf(page, 'slip-a4', order.id, 'slip-a4-reprint')).toContain('补打');
    expect(errors).toEqual([]);
  });
});
