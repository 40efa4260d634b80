import type { Page } from 'playwright-core';

export const SECTIONS = [
  { key: 'visits', label: '访客' },
  { key: 'calls', label: '来电' },
  { key: 'workorders', label: '派工' },
  { key: 'parcels', label: '快递与借用' },
  { key: 'handover', label: '交接班' },
  { key: 'reports', label: '报表' },
  { key: 'settings', label: '设置' },
] as const;

export class DeskShell {
  constructor(readonly page: Page) {}

  nav() {
    return this.page.getByRole('navigation', { name: '主导航' });
  }

  async go(label: string) {
    await this.nav().getByRole('menuitem', { name: label }).click();
    await this.pageTitle(label).waitFor();
  }

  /** A page's title begins with its nav label (访客 -> 访客登记). */
  pageTitle(label: string) {
    return this.page.getByRole('heading', { level: 1, name: new RegExp(`^${label}`) });
  }

  statusBar() {
    return this.page.getByRole('contentinfo', { name: '状态栏' });
  }

  async signOut() {
    await this.statusBar().getByRole('button', { name: '退出登录' }).click();
  }
}
