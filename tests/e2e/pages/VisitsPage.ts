import type { Download, Page } from 'playwright-core';

/** The desk's visitors page: the quick check-in form and the on-site list. */
export class VisitsDeskPage {
  constructor(readonly page: Page) {}

  form() {
    return this.page.getByRole('form', { name: '快速登记' });
  }

  /** Keyboard only: F3 puts the cursor in the name, Tab moves on, Enter picks the host, Ctrl+Enter saves. */
  async checkInByKeyboard(v: { name: string; phone: string; host: string }) {
    const k = this.page.keyboard;
    await k.press('F3');
    await k.type(v.name);
    await k.press('Tab');
    await k.type(v.phone);
    await k.press('Tab');
    await k.type(v.host);
    await this.page.locator('.ant-select-item-option').first().waitFor();
    await k.press('Enter');
    // Purpose and party keep their defaults: Ctrl+Enter saves from the host picker.
    await k.press('Control+Enter');
  }

  onSiteRow(name: string) {
    return this.page.locator('tr', { hasText: name });
  }

  signOut(name: string) {
    return this.page.getByRole('button', { name: `签退 ${name}` });
  }

  /** Opens the incident modal and fills it; the caller saves (Enter in the name field does). */
  async recordRefusal(v: { kind: '拒绝登记' | '强行进入'; name: string; description: string }) {
    await this.page.getByRole('button', { name: '记录拒绝登记 / 强闯' }).click();
    const dialog = this.page.getByRole('dialog', { name: '记录拒绝登记 / 强闯' });
    await dialog.getByText(v.kind).click();
    await dialog.getByLabel('姓名（如知道）').fill(v.name);
    await dialog.getByLabel('经过').fill(v.description);
    return dialog;
  }

  /** 导出登记表 for today (the default range): both files arrive. */
  async exportToday(): Promise<Download[]> {
    await this.page.getByRole('button', { name: '导出登记表' }).click();
    // XLSX and CSV come as two downloads from the one click.
    const both = new Promise<Download[]>((resolve) => {
      const got: Download[] = [];
      const take = (d: Download) => {
        got.push(d);
        if (got.length < 2) return;
        this.page.off('download', take);
        resolve(got);
      };
      this.page.on('download', take);
    });
    await this.page.getByRole('button', { name: '下载 XLSX 和 CSV' }).click();
    return both;
  }
}
