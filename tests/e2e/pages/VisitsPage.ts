import type { Page } from 'playwright-core';

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
}
