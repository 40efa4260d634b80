import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../i18n';
import { AppProviders } from '../components/AppProviders';
import { installFakeDesk, ok, refuse } from '../testing/fakeDesk';
import { useNav } from '../stores/nav';
import { deskTheme } from '../theme';
import { GlobalSearch } from './GlobalSearch';
import { installHotkeys } from './hotkeys';

const at = Date.UTC(2026, 11, 6, 2, 0);
const ORDER = { id: 'wo-1', number: 'HZ01-261206-A001', reporterName: '张阿姨', building: '3栋', unit: '2单元', room: '1502', publicLocation: null, description: '厨房漏水', createdAt: at, status: 'dispatched' };
const VISIT = { id: 'v-1', visitorName: '张伟', badgeNo: 'HZ01-261206-A002', hostName: '刘芳', arrivedAt: at, departedAt: null };
const PARCEL = { id: 'p-1', recipientName: '张三', trackingNo: 'SF1400123456789', shelf: 'B-2', receivedAt: at, status: 'picked_up' };

/** Every book's search, empty unless the test says otherwise. */
const books = (answers: Record<string, () => unknown> = {}) =>
  installFakeDesk({
    'workOrders.search': () => ok([]),
    'visits.search': () => ok({ visits: [], hasMore: false, page: 0 }),
    'calls.search': () => ok([]),
    'parcels.search': () => ok([]),
    ...answers,
  } as Parameters<typeof installFakeDesk>[0]);

let uninstall: () => void;
beforeEach(() => {
  uninstall = installHotkeys(() => {});
  useNav.setState({ section: 'calls', focus: null });
});
afterEach(() => uninstall());

function openSearch() {
  render(
    <AppProviders theme={deskTheme}>
      <GlobalSearch />
    </AppProviders>,
  );
  act(() => void fireEvent.keyDown(window, { key: 'k', ctrlKey: true }));
}

describe('global search (Ctrl+K)', () => {
  test('searches every book at once, grouped; a book that refuses is left out; arrows and Enter open the choice', async () => {
    const desk = books({
      'workOrders.search': () => ok([ORDER]),
      'visits.search': () => ok({ visits: [VISIT], hasMore: false, page: 0 }),
      'calls.search': () => refuse('forbidden', '无权限'),
      'parcels.search': () => ok([PARCEL]),
    });
    openSearch();
    await userEvent.type(await screen.findByLabelText('搜索访客、来电、派工单和快递', { selector: 'input' }), '张');
    await screen.findByText('HZ01-261206-A001 · 张阿姨');
    expect(screen.getByText('3栋2单元1502 厨房漏水')).toBeTruthy();
    // Where each stands, so the answer may need no second step.
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.ant-tag')?.textContent)).toEqual(['已派工', '在场', '已取件']);
    expect(screen.getAllByRole('group').map((g) => g.getAttribute('aria-label'))).toEqual(['派工单', '访客', '快递']);
    expect(desk.calls.filter((c) => c.name.endsWith('.search')).map((c) => c.input)).toEqual([
      { q: '张', pageSize: 5 },
      { q: '张', limit: 5 },
      { q: '张', limit: 5 },
      { q: '张', limit: 5 },
    ]);

    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(useNav.getState()).toMatchObject({ section: 'visits', focus: { section: 'visits', id: 'v-1', q: '张伟' } });
  });

  test('a work order chosen opens in its drawer: the work-order page is left its id', async () => {
    books({ 'workOrders.search': () => ok([ORDER]) });
    openSearch();
    await userEvent.type(await screen.findByLabelText('搜索访客、来电、派工单和快递', { selector: 'input' }), 'A001');
    await screen.findByText('HZ01-261206-A001 · 张阿姨');
    await userEvent.keyboard('{Enter}');
    expect(useNav.getState().section).toBe('workorders');
    expect(useNav.getState().takeFocus('workorders')).toEqual({ id: 'wo-1' });
    expect(useNav.getState().takeFocus('workorders')).toBeNull();
  });

  test('says plainly when nothing is found', async () => {
    books();
    openSearch();
    await userEvent.type(await screen.findByLabelText('搜索访客、来电、派工单和快递', { selector: 'input' }), '不存在');
    await screen.findByText('没有找到“不存在”');
  });
});
