import type { Page } from 'playwright-core';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async tab(name: '员工' | '自助机配对' | '同步' | '打印机' | '界面语言') {
    await this.page.getByRole('tab', { name }).click();
  }

  staffRow(name: string) {
    return this.page.getByRole('row').filter({ hasText: name });
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  async openAddStaff() {
    await this.page.getByRole('button', { name: '添加员工' }).click();
    await this.dialog().getByLabel('姓名').waitFor();
  }

  async fillStaff(v: { name?: string; role?: string; extension?: string; phone?: string; pin?: string }) {
    const d = this.dialog();
    if (v.name !== undefined) await d.getByLabel('姓名').fill(v.name);
    if (v.role) {
      await d.getByLabel('角色').click();
      await this.page.locator('.ant-select-item-option', { hasText: v.role }).click();
    }
    if (v.extension !== undefined) await d.getByLabel('分机').fill(v.extension);
    if (v.phone !== undefined) await d.getByLabel('电话').fill(v.phone);
    if (v.pin !== undefined) await d.getByLabel('登录 PIN').fill(v.pin);
  }

  async saveStaff() {
    await this.dialog().getByRole('button', { name: '保存' }).click();
  }

  async pairKiosk(): Promise<{ code: string; url: string }> {
    await this.tab('自助机配对');
    await this.page.getByRole('button', { name: '生成配对码' }).click();
    const code = (await this.page.getByTestId('pairing-code').textContent())!.trim();
    const url = (await this.page.getByTestId('pairing-url').textContent())!.trim();
    return { code, url };
  }

  /** The 同步 tab: enter the hub address and the enrolment code. */
  async connectHub(hubUrl: string, code: string) {
    await this.tab('同步');
    await this.page.getByLabel('同步中心地址').fill(hubUrl);
    await this.page.getByLabel('登记码').fill(code);
    await this.page.getByRole('button', { name: '连接' }).click();
  }

  syncState() {
    return this.page.getByTestId('sync-online');
  }
}
