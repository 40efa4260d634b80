import type { Page } from 'playwright-core';

/** The 快递与借用 section: receive by scanner, pick up by code, the key board. */
export class ParcelsPage {
  constructor(readonly page: Page) {}

  async tab(name: '快递' | '钥匙与物品') {
    await this.page.getByRole('tab', { name }).click();
  }

  scanField() {
    return this.page.getByLabel('快递单号');
  }

  /** A USB scanner is a keyboard: it types the number into the focused field and presses Enter. */
  async scan(trackingNo: string) {
    await this.page.keyboard.type(trackingNo, { delay: 5 });
    await this.page.keyboard.press('Enter');
  }

  async chooseRecipient(query: string, option: string) {
    await this.page.keyboard.type(query);
    await this.page.locator('.ant-select-item-option', { hasText: option }).first().click();
  }

  async submitReceive() {
    await this.page.getByRole('button', { name: '登记并打印取件单' }).click();
  }

  async receivedCode(): Promise<string> {
    const text = await this.page.getByTestId('parcel-code').textContent();
    return /(\d{6})/.exec(text ?? '')![1];
  }

  waiting() {
    return this.page.getByRole('region', { name: /待取快递/ });
  }

  waitingRow(text: string) {
    return this.waiting().getByRole('row').filter({ hasText: text });
  }

  async pickUpWithCode(code: string) {
    await this.page.getByLabel('取件码', { exact: true }).fill(code);
    await this.page.getByRole('button', { name: '查找' }).click();
    await this.page.getByRole('button', { name: '确认签收' }).click();
  }

  lending() {
    return this.page.getByRole('region', { name: '钥匙与物品' });
  }

  itemRow(label: string) {
    return this.lending().getByRole('row').filter({ hasText: label });
  }

  async lend(label: string, v: { borrower: string; phone: string; purpose: string }) {
    await this.itemRow(label).getByRole('button', { name: '借出' }).click();
    const d = this.page.getByRole('dialog');
    await d.getByLabel('借用人').fill(v.borrower);
    await d.getByLabel('电话').fill(v.phone);
    await d.getByLabel('用途').fill(v.purpose);
    await d.getByRole('button', { name: '借出' }).click();
    await d.waitFor({ state: 'hidden' });
  }

  /** Remove an item from the register, through its confirmation. */
  async removeItem(label: string) {
    await this.itemRow(label).getByRole('button', { name: `删除 ${label}` }).click();
    const confirm = this.page.getByRole('tooltip').filter({ hasText: `移除“${label}”` });
    await confirm.getByRole('button', { name: '删除' }).click();
  }
}
