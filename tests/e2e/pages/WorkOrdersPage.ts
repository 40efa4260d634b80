import type { Page } from 'playwright-core';

/** The 派工 page: the new-order form, the scan box, the drawer of one order and its step forms. */
export class WorkOrdersPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '派工' }).click();
    await this.page.getByRole('heading', { level: 1, name: '派工', exact: true }).waitFor();
  }

  form() {
    return this.page.locator('.ant-modal').filter({ has: this.page.getByRole('form', { name: '新建派工单' }) });
  }

  /** Pick an option of an antd Select by typing (it filters) and clicking the match. */
  async choose(label: string, text: string, scope = this.page.locator('.ant-modal-wrap:visible')) {
    await scope.getByLabel(label, { exact: true }).click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
  }

  async fillNew(v: { name: string; phone: string; building: string; unit: string; room: string; category: string; description: string }) {
    const f = this.form();
    await f.getByLabel('报修人').fill(v.name);
    await f.getByLabel('联系电话').fill(v.phone);
    await f.getByLabel('楼栋').fill(v.building);
    await f.getByLabel('单元').fill(v.unit);
    await f.getByLabel('房号').fill(v.room);
    await this.choose('类别', v.category, f);
    await f.getByLabel('报修内容').fill(v.description);
  }

  async save() {
    await this.form().getByRole('button', { name: '保存' }).click();
  }

  drawer() {
    return this.page.locator('.wo-drawer');
  }

  stepModal(title: string) {
    return this.page.locator('.ant-modal').filter({ hasText: `${title} ·` });
  }

  /** Press a step's button in the drawer and confirm its form with the same-named button. */
  async confirmStep(title: string) {
    await this.stepModal(title).locator('.ant-modal-footer').getByRole('button', { name: title }).click();
    await this.stepModal(title).waitFor({ state: 'detached' });
  }

  async scan(number: string) {
    const box = this.page.getByLabel('扫码 / 输入单号');
    await box.fill(number);
    await box.press('Enter');
  }

  status(text: string) {
    return this.drawer().locator('.ant-drawer-title .ant-tag').filter({ hasText: text });
  }
}
