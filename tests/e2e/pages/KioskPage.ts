import type { Page } from 'playwright-core';

export class KioskPage {
  constructor(readonly page: Page) {}

  welcome() {
    return this.page.getByRole('heading', { name: '欢迎光临' });
  }

  checkIn() {
    return this.page.getByRole('button', { name: /来访登记/ });
  }

  checkOut() {
    return this.page.getByRole('button', { name: /离开签退/ });
  }

  back() {
    return this.page.getByRole('button', { name: /返回首页/ });
  }

  notPaired() {
    return this.page.getByRole('heading', { name: '此自助机尚未配对' });
  }

  phoneStep() {
    return this.page.getByRole('heading', { name: '请输入您的手机号' });
  }

  signOutStep() {
    return this.page.getByRole('heading', { name: '离开签退' });
  }

  /** Type digits on the big keypad, one touch each (not counted as steps by the visits e2e). */
  async typeDigits(digits: string) {
    for (const d of digits) await this.page.getByRole('group', { name: 'keypad' }).getByRole('button', { name: d, exact: true }).click();
  }

  home() {
    return this.page.getByRole('button', { name: /返回首页/ }).first();
  }
}
