import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const ARTIFACTS_DIR = fileURLToPath(new URL('../../../artifacts', import.meta.url));
const SHOTS = `${ARTIFACTS_DIR}/screenshots`;

/** Save the page as artifacts/screenshots/<name>.png, after fonts have loaded (or Chinese shows as boxes). */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate('document.fonts.ready.then(() => true)');
  const path = `${SHOTS}/${name}.png`;
  await page.screenshot({ path, animations: 'disabled' });
  return path;
}
