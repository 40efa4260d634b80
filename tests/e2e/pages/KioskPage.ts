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

  comingSoon() {
    return this.page.getByRole('heading', { name: '此功能即将开放' });
  }
}
