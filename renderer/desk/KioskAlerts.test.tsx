import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../i18n';
import { AppProviders } from '../components/AppProviders';
import { installFakeDesk, ok } from '../testing/fakeDesk';
import { deskTheme } from '../theme';
import { KioskAlerts } from './KioskAlerts';

const VISIT = '0190a0b0-0000-7000-8000-00000000000a';
const checkedIn = { kind: 'checked-in', visitId: VISIT, badgeNo: 'HZ01-261206-A007', name: '张三' };

function renderAlerts() {
  render(
    <AppProviders theme={deskTheme}>
      <KioskAlerts />
    </AppProviders>,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('kiosk alerts at the desk', () => {
  test('in the desktop app a kiosk check-in prints the badge at once on the badge printer', async () => {
    const desk = installFakeDesk({});
    const print = vi.fn(async () => ok({ printed: true }));
    Object.assign(desk, { print });
    renderAlerts();
    act(() => desk.emit('kiosk-alert', checkedIn));
    await screen.findByText('自助机登记：张三，访客证 HZ01-261206-A007');
    expect(print).toHaveBeenCalledWith({ view: 'badge', query: { id: VISIT, lang: 'zh-CN' }, template: 'badge', pdf: undefined, dialog: undefined });
  });

  test('in a browser tab the desk offers the badge to print with one click', async () => {
    const desk = installFakeDesk({});
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    renderAlerts();
    act(() => desk.emit('kiosk-alert', checkedIn));
    await screen.findByText('访客会到前台领取访客证。');
    expect(open).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: '打印访客证' }));
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/^\/print\?.*view=badge/), '_blank');
    expect(String(open.mock.calls[0][0])).toContain(`id=${VISIT}`);
  });

  test('a blocklisted visitor sent from the kiosk is announced on any page', async () => {
    const desk = installFakeDesk({});
    renderAlerts();
    act(() => desk.emit('kiosk-alert', { kind: 'blocklisted', name: '李四' }));
    await screen.findByText('黑名单人员 李四 正在自助机登记，已引导至前台');
  });
});
