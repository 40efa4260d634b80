import type { Page } from 'playwright-core';

export class ReportsPage {
  constructor(readonly page: Page) {}

  async show(kind: '日报' | '周报') {
    await this.page.getByText(kind, { exact: true }).click();
  }

  block(title: '来电' | '派工' | '访客' | '快递与借用') {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  charts() {
    return this.page.getByRole('img', { name: /图表$/ });
  }

  target(label: string) {
    return this.page.locator('.report-target').filter({ hasText: label });
  }
}
