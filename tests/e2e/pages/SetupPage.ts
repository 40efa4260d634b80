import type { Page } from 'playwright-core';

export class SetupPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: '欢迎使用前台助手' });
  }

  async fill(v: { siteName: string; name: string; pin: string; pinConfirm?: string }) {
    await this.page.getByLabel('站点名称').fill(v.siteName);
    await this.page.getByLabel('主管姓名').fill(v.name);
    await this.page.getByLabel('登录 PIN', { exact: true }).fill(v.pin);
    await this.page.getByLabel('再次输入 PIN').fill(v.pinConfirm ?? v.pin);
  }

  async submit() {
    await this.page.getByRole('button', { name: '完成设置并登录' }).click();
  }
}
