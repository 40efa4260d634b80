import { describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '../../../i18n';
import { AppProviders } from '../../../components/AppProviders';
import { installFakeDesk, ok } from '../../../testing/fakeDesk';
import { deskTheme } from '../../../theme';
import { OrderDrawer } from './OrderDrawer';
import type { Detail } from './useWorkOrders';

const at = Date.UTC(2026, 11, 6, 2, 0);
const conflict = { eventId: 'e3', type: 'cancelled', status: 'arrived', reason: 'transition', hlc: 'h3', at, staffId: null, resolved: false };
const order = {
  id: 'o1',
  number: 'HZ01-261206-A001',
  source: 'call',
  reporterName: '陈女士',
  reporterPhone: '13912345678',
  building: '3栋',
  unit: '2单元',
  room: '1502',
  publicLocation: null,
  category: '管道',
  description: '厨房漏水',
  priority: 'normal',
  appointmentAt: null,
  createdAt: at,
  status: 'arrived',
  workerId: 'w1',
  workerName: '赵师傅',
  workerPhone: null,
  dispatchedAt: at,
  arrivedAt: at,
  completedAt: null,
  closedAt: null,
  printCount: 1,
  slipReturned: false,
  openConflicts: 1,
  sourceId: null,
  residentId: null,
  createdBy: null,
  createdByName: '李前台',
  satisfaction: null,
  calledBackAt: null,
  cancelledAt: null,
  reworkCount: 0,
  lastPrintedAt: at,
  conflicts: [conflict],
  events: [
    { id: 'e1', type: 'created', at, hlc: 'h1', staffId: null, staffName: '李前台', data: {}, conflict: null },
    { id: 'e2', type: 'arrived', at, hlc: 'h2', staffId: null, staffName: '李前台', data: {}, conflict: null },
    { id: 'e3', type: 'cancelled', at, hlc: 'h3', staffId: null, staffName: '王前台', data: { reason: '住户说不修了' }, conflict },
  ],
} as unknown as Detail;

describe('the order drawer', () => {
  test('a step two desks raced to is flagged, and a person settles it with a note', async () => {
    const desk = installFakeDesk({ 'workOrders.resolveConflict': () => ok({ ...order, conflicts: [{ ...conflict, resolved: true }], openConflicts: 0 }) });
    const onChange = vi.fn();
    render(
      <AppProviders theme={deskTheme}>
        <OrderDrawer order={order} onClose={() => {}} onChange={onChange} template="a4" setTemplate={() => {}} />
      </AppProviders>,
    );
    expect(screen.getByText(/冲突：两台前台同时操作/)).toBeTruthy();
    expect(screen.getByText(/取消：住户说不修了/)).toBeTruthy();
    // From 已到场 the next step is completion; cancelling is no longer offered.
    expect(screen.getByRole('button', { name: '完工登记' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '取消派工单' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: '标记已处理' }));
    const title = await screen.findByText('标记已处理 · HZ01-261206-A001');
    const dialog = title.closest('.ant-modal') as HTMLElement;
    fireEvent.change(within(dialog).getByLabelText('处理说明'), { target: { value: '已与王前台核实，继续维修' } });
    await userEvent.click(within(dialog).getByRole('button', { name: '标记已处理' }));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(desk.calls.at(-1)).toEqual({ name: 'workOrders.resolveConflict', input: { id: 'o1', eventId: 'e3', note: '已与王前台核实，继续维修' } });
  });
});
