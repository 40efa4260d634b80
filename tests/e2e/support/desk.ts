// Shared steps of the desk e2e files: a signed-in desk page, a seeded supervisor's calls, a print
// view saved as PDF (text extracted, first pages rendered to PNG to look at).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DeskShell } from '../pages/DeskShell';
import { SignInPage } from '../pages/SignInPage';
import { openPage } from './browser';
import type { TestServer } from './server';
import { ARTIFACTS_DIR } from './shots';

/** A fresh page signed in by the keyboard path (filter, Enter, PIN). */
export async function signedInDesk(browser: Browser, server: TestServer, filter: string, pin: string, name: string) {
  const opened = await openPage(browser);
  const signIn = new SignInPage(opened.page);
  await signIn.open(server.url);
  await signIn.signIn(filter, pin);
  const shell = new DeskShell(opened.page);
  await shell.statusBar().getByText(`当前值班：${name}`).waitFor();
  return { ...opened, shell };
}

/** Call procedures as a signed-in staff member (for seeding what the test's screens then show). */
export async function callsAs(server: TestServer, staffId: string, pin: string) {
  const { token } = await server.call<{ token: string }>('session.signIn', { staffId, pin });
  return {
    call: <T = any>(name: string, input: unknown) => server.call<T>(name, input, { token }),
    signOut: () => server.call('session.signOut', {}, { token }),
  };
}

/** Save a ready print view as artifacts/print/<name>.pdf and PNGs of its pages; returns the PDF's text. */
export async function savePrintPdf(print: Page, name: string): Promise<string> {
  await print.locator('body[data-print-ready="true"]').waitFor();
  const dir = `${ARTIFACTS_DIR}/print`;
  mkdirSync(dir, { recursive: true });
  const pdf = `${dir}/${name}.pdf`;
  writeFileSync(pdf, await print.pdf({ preferCSSPageSize: true, printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, `${dir}/${name}`]);
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}
