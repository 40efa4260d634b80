import type { Page } from 'playwright-core';

export class SignInPage {
  constructor(readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
    await this.filter().waitFor();
  }

  filter() {
    return this.page.getByLabel('输入姓名或拼音首字母筛选');
  }

  options() {
    return this.page.getByRole('option');
  }

  /** Keyboard path: type the filter, Enter picks the first match and moves to the PIN. */
  async pick(query: string) {
    await this.filter().fill(query);
    await this.page.keyboard.press('Enter');
  }

  async typePin(pin: string) {
    await this.page.getByLabel('PIN 码', { exact: true }).fill(pin);
    await this.page.keyboard.press('Enter');
  }

  error() {
    return this.page.getByTestId('signin-error');
  }

  async signIn(query: string, pin: string) {
    await this.pick(query);
    await this.typePin(pin);
  }
}
