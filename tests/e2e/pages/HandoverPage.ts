import type { Page } from 'playwright-core';

export class HandoverPage {
  constructor(readonly page: Page) {}

  async tab(name: '本班交接' | '值班记录' | '历史交接') {
    await this.page.getByRole('tab', { name }).click();
  }

  kind(label: string) {
    return this.page.getByRole('region', { name: label });
  }

  async noteOn(title: string | RegExp, text: string) {
    await this.page.getByRole('textbox', { name: title }).fill(text);
  }

  async count(item: string, n: number) {
    await this.page.getByRole('spinbutton', { name: `${item} 实点数量` }).fill(String(n));
  }

  differingRows() {
    return this.page.locator('tr.count-differs');
  }

  async logDuty(category: '巡查' | '设备' | '安全' | '其他', text: string) {
    await this.page.getByRole('radiogroup').getByText(category, { exact: true }).click();
    await this.page.getByLabel('内容').fill(text);
    await this.page.getByRole('button', { name: '记录' }).click();
  }

  banner() {
    return this.page.getByRole('region', { name: '签收交接班' });
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  async acknowledge(who: string, pin: string, disagreements?: string) {
    await this.banner().getByRole('button', { name: '签收交接' }).click();
    const d = this.dialog();
    await d.getByLabel('接班人', { exact: true }).click();
    await this.page.locator('.ant-select-item-option', { hasText: who }).click();
    await d.getByLabel('接班人 PIN 码').fill(pin);
    if (disagreements) await d.getByLabel('异议（可选）').fill(disagreements);
    await d.getByRole('button', { name: '签 收' }).or(d.getByRole('button', { name: '签收' })).click();
  }
}
