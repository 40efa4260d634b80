import type { Page } from 'playwright-core';
import { expectAccessible } from './axe';
import { shot } from './shots';

/** Every screen the tests reach: a screenshot (taken first, so a failing check still leaves one) and axe. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await shot(page, name);
  await expectAccessible(page, name);
}
