import { describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../../i18n';
import { AppProviders } from '../../../components/AppProviders';
import { installFakeDesk, ok } from '../../../testing/fakeDesk';
import { deskTheme } from '../../../theme';
import { PrinterSettings } from './PrinterSettings';

const SETTINGS = {
  locale: 'zh-CN',
  'printer.badge': '',
  'printer.parcel': 'Old-Thermal',
  'printer.slip-a4': 'HP_LaserJet',
  'printer.slip-a5': '',
  'printer.slip-thermal80': '',
  'printer.slip-dotmatrix': '',
  'printer.report': '',
};

function renderPage() {
  render(
    <AppProviders theme={deskTheme}>
      <PrinterSettings />
    </AppProviders>,
  );
}

const row = (label: string) => screen.getByText(label).closest('.printer-row') as HTMLElement;

describe('printer settings', () => {
  test('each document gets its own printer of this PC, saved for this PC, with a test page', async () => {
    const desk = installFakeDesk({ 'settings.get': () => ok(SETTINGS), 'settings.set': () => ok({}) });
    const print = vi.fn(async () => ok({ printed: true }));
    Object.assign(desk, {
      printers: async () => ok([
        { name: 'HP_LaserJet', displayName: 'HP LaserJet M404' },
        { name: 'XP-80', displayName: 'Xprinter XP-80C' },
      ]),
      print,
    });
    renderPage();
    await screen.findByText('派工单 80 mm 热敏');
    expect(screen.getAllByRole('combobox')).toHaveLength(7);
    await within(row('派工单 A4')).findByText('HP LaserJet M404');
    // A printer chosen before and no longer installed still shows by its name.
    expect(within(row('快递取件单（80 mm）')).getByText('Old-Thermal')).toBeTruthy();

    fireEvent.mouseDown(within(row('派工单 80 mm 热敏')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('Xprinter XP-80C'));
    await vi.waitFor(() => expect(desk.calls.at(-1)).toEqual({ name: 'settings.set', input: { key: 'printer.slip-thermal80', value: 'XP-80' } }));
    await screen.findByText('已保存：派工单 80 mm 热敏 → Xprinter XP-80C');

    await userEvent.click(screen.getByRole('button', { name: '打印测试页: 派工单 A4' }));
    expect(print).toHaveBeenCalledWith({ view: 'test', template: 'slip-a4' });
  });

  test('in browser mode the printer is the print dialog\'s, and the pickers say so', async () => {
    installFakeDesk({ 'settings.get': () => ok(SETTINGS) });
    renderPage();
    await screen.findByText(/浏览器模式下，打印时在浏览器的打印对话框中选择打印机/);
    await screen.findByText('报表、交接班记录、疏散名单（A4）');
    const pickers = screen.getAllByRole('combobox');
    expect(pickers.every((p) => p.hasAttribute('disabled'))).toBe(true);
    expect(screen.queryByRole('button', { name: /打印测试页/ })).toBeNull();
  });
});
