import { onTestFailed } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { shot } from './shots';

/** Debian's Chromium, as found by tests/e2e/vitest.config.ts. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESK_VIEWPORT = { width: 1366, height: 768 };
export const KIOSK_LANDSCAPE = { width: 1920, height: 1080 };
export const KIOSK_PORTRAIT = { width: 1080, height: 1920 };

/**
 * A fresh context (own storage) and page. `errors` collects page errors and console errors; refused
 * calls (HTTP 4xx answers) are normal traffic, not errors. A failing test leaves a screenshot.
 */
export async function openPage(browser: Browser, viewport = DESK_VIEWPORT): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(m.text());
  });
  onTestFailed(async ({ task }) => {
    await shot(page, `failed-${task.name.slice(0, 60).replace(/[^\p{L}\p{N}]+/gu, '-')}`).catch(() => {});
  });
  return { context, page, errors };
}
