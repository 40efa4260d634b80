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

  /**
   * Keyboard path: type the filter, Enter picks the first match and moves to the PIN. Enter waits
   * until the list shows a match for what was typed (and `name` among them when given): the staff
   * list loads after the page, and an Enter on the unfiltered or empty list picks no one, or the wrong one.
   */
  async pick(query: string, name?: string) {
    await this.filter().fill(query);
    if (name) await this.options().first().filter({ hasText: name }).waitFor();
    // The filter points at its active option only once the filtered list has one.
    await this.page.locator('input[aria-controls="staff-options"][aria-activedescendant]').waitFor();
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
