import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser';
import { startServer, type TestServer } from './support/server';
import { ARTIFACTS_DIR } from './support/shots';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('a print view becomes a PDF whose Chinese text is real text in the bundled font', async () => {
  const { page } = await openPage(browser);
  await page.goto(`${server.url}/print?view=test`);
  await page.locator('body[data-print-ready="true"]').waitFor();
  const dir = `${ARTIFACTS_DIR}/print`;
  mkdirSync(dir, { recursive: true });
  const pdf = `${dir}/test.pdf`;
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('打印测试样张');
  expect(text).toContain('张三 拜访 物业服务中心');
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  expect(fonts).toMatch(/NotoSansSC/i);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, `${dir}/test`]);
});

test('an unknown print view says so instead of printing a blank page', async () => {
  const { page } = await openPage(browser);
  await page.goto(`${server.url}/print?view=nope`);
  await page.getByRole('alert').getByText('没有名为“nope”的打印模板').waitFor();
});
