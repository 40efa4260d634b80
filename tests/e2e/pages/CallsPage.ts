import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The phone log: the call form (a dialog) and the page's lists. */
export class CallsPage {
  constructor(readonly page: Page) {}

  form() {
    return this.page.getByRole('dialog', { name: /来电登记/ });
  }

  field(label: string) {
    return this.form().getByLabel(label, { exact: true });
  }

  readBack() {
    return this.form().getByRole('status');
  }

  /** F2 from wherever the desk is; the phone field has the focus. */
  async openWithF2() {
    await this.page.keyboard.press('F2');
    await this.form().waitFor();
    await expect.poll(() => this.page.evaluate('document.activeElement?.getAttribute("inputmode")')).toBe('tel');
  }

  async type(text: string) {
    await this.page.keyboard.type(text);
  }

  async tab(times = 1) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press('Tab');
  }

  async arrowRight(times: number) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press('ArrowRight');
  }

  /** The staff picker appears only once the outcome needs a person: wait for it before tabbing in. */
  async pickStaffByKeyboard(query: string, name: string) {
    await this.field('转给谁').waitFor();
    await this.tab();
    await this.type(query);
    await this.page.locator('.ant-select-item-option-active', { hasText: name }).waitFor();
    await this.page.keyboard.press('Enter');
    await this.form().locator('.ant-select-content, .ant-select-selection-item', { hasText: name }).first().waitFor();
  }

  async saveWithCtrlEnter() {
    await this.page.keyboard.press('Control+Enter');
    await this.form().waitFor({ state: 'hidden' });
  }

  messages() {
    return this.page.getByRole('region', { name: '待处理留言' });
  }

  message(caller: string) {
    return this.messages().getByRole('listitem').filter({ hasText: caller });
  }

  todayCalls() {
    return this.page.getByRole('region', { name: '今日来电' });
  }

  cases() {
    return this.page.getByRole('region', { name: '未结投诉' });
  }

  openCase(complainant: string) {
    return this.cases().getByRole('listitem').filter({ hasText: complainant });
  }

  /** The drawer of one complaint, opened with 处理 from the open list. */
  caseDrawer() {
    return this.page.locator('.case-drawer');
  }

  caseField(label: string) {
    return this.caseDrawer().getByLabel(label, { exact: true });
  }
}
