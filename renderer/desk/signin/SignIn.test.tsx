import { beforeEach, describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../i18n';
import { AppProviders } from '../../components/AppProviders';
import { installFakeDesk, ok, refuse, STAFF, SYSTEM_STATUS } from '../../testing/fakeDesk';
import { deskTheme } from '../../theme';
import { DeskApp } from '../DeskApp';
import { useSession } from '../../stores/session';

const boss = STAFF[1];

function deskWithPin(pin: string) {
  let left = 5;
  return installFakeDesk({
    'setup.status': () => ok({ needsSetup: false, siteCode: 'HZ01', siteName: '翠苑物业服务中心', locale: 'zh-CN' }),
    'session.me': () => ok({ staff: null }),
    'staff.list': () => ok(STAFF),
    'session.signIn': (input: { staffId: string; pin: string }) =>
      input.pin === pin
        ? ok({ token: 'kept-by-main', staff: { id: input.staffId, name: boss.name, role: 'supervisor' } })
        : refuse('forbidden', `PIN 码不正确（还可尝试 ${--left} 次）`),
    'system.status': () => ok(SYSTEM_STATUS),
    // What the shell's first page (the visitor register) and the handover banner ask for once signed in.
    'handover.pending': () => ok(null),
    'visits.onSite': () => ok([]),
    'visits.today': () => ok([]),
    'visits.appointments': () => ok([]),
    'blocklist.list': () => ok([]),
    'settings.get': () => ok({ retentionDays: 90 }),
  });
}

beforeEach(() => useSession.setState({ phase: 'loading', staff: null }));

const renderDesk = () =>
  render(
    <AppProviders theme={deskTheme}>
      <DeskApp />
    </AppProviders>,
  );

describe('desk sign-in', () => {
  test('type pinyin initials, Enter, a wrong PIN says so, the right PIN opens the shell', async () => {
    const user = userEvent.setup({ delay: null });
    const desk = deskWithPin('1234');
    renderDesk();

    const filter = await screen.findByLabelText('输入姓名或拼音首字母筛选');
    // Only people with a PIN are offered.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringContaining('李前台'),
      expect.stringContaining('王主管'),
    ]);
    await user.type(filter, 'wz{Enter}');
    expect(screen.getAllByRole('option')).toHaveLength(1);

    const pin = screen.getByLabelText('PIN 码');
    await user.type(pin, '9999{Enter}');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'PIN 码不正确（还可尝试 4 次）');
    expect(pin).toHaveProperty('value', '');

    await user.type(pin, '1234{Enter}');
    const bar = await screen.findByRole('contentinfo', { name: '状态栏' });
    expect(within(bar).getByText(/当前值班：王主管/)).toBeTruthy();
    expect(desk.calls.filter((c) => c.name === 'session.signIn').map((c) => c.input)).toEqual([
      { staffId: boss.id, pin: '9999' },
      { staffId: boss.id, pin: '1234' },
    ]);
    // Under Electron the main process keeps the token: the page must not.
    expect(sessionStorage.length).toBe(0);
  });

  // Clicking eight keys through user-event is slow on a loaded 2-core CI machine.
  test('the PIN pad types digits for a mouse or touch user', { timeout: 60_000 }, async () => {
    const user = userEvent.setup({ delay: null });
    deskWithPin('2580');
    renderDesk();
    await user.click(await screen.findByRole('option', { name: /王主管/ }));
    for (const d of ['2', '5', '8', '0']) await user.click(screen.getByRole('button', { name: d }));
    await user.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByRole('contentinfo', { name: '状态栏' })).toBeTruthy();
  });

  test('a lock-out is said in the desk’s words and the PIN field stays usable', async () => {
    const user = userEvent.setup({ delay: null });
    installFakeDesk({
      'setup.status': () => ok({ needsSetup: false, siteCode: 'HZ01', siteName: 'x', locale: 'zh-CN' }),
      'session.me': () => ok({ staff: null }),
      'staff.list': () => ok(STAFF),
      'session.signIn': () => refuse('forbidden', '尝试次数过多，请 60 秒后再试'),
    });
    renderDesk();
    await user.type(await screen.findByLabelText('输入姓名或拼音首字母筛选'), 'lqt{Enter}');
    await user.type(screen.getByLabelText('PIN 码'), '0000{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('尝试次数过多，请 60 秒后再试');
    expect(screen.getByLabelText('PIN 码')).toHaveProperty('disabled', false);
  });
});
