import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUR, MINUTE, workOrderDesk, type WorkOrderDesk } from './fixtures.test-support';

let d: WorkOrderDesk;
beforeEach(async () => (d = await workOrderDesk()));
afterEach(() => d.close());

interface Item { id: string; urgency: 'overdue' | 'soon'; dueAt: number }
interface FollowUps { arrivalChecks: Item[]; callbacksDue: Item[]; slipsOut: Item[]; conflicts: { id: string }[]; reworkToday: number }
const lists = () => d.ok<FollowUps>('workOrders.followUps', {}, d.reception);
const act = (name: string, input: unknown) => d.ok(name, input, d.reception);
const brief = (items: Item[]) => items.map((i) => [i.id, i.urgency]);

// The test clock starts at 2026-11-23 09:00 in Shanghai.
describe('arrival checks', () => {
  it('come due a set time after dispatch: amber shortly before, red after, gone once confirmed', async () => {
    const o = await d.newOrder();
    await act('workOrders.dispatch', { id: o.id, workerId: d.workers.sun });
    expect((await lists()).arrivalChecks).toEqual([]);
    d.clock.advance(21 * MINUTE);
    expect(brief((await lists()).arrivalChecks)).toEqual([[o.id, 'soon']]);
    d.clock.advance(10 * MINUTE);
    const due = (await lists()).arrivalChecks;
    expect(brief(due)).toEqual([[o.id, 'overdue']]);
    expect(due[0].dueAt).toBe(o.createdAt + 30 * MINUTE);
    await act('workOrders.confirmArrival', { id: o.id });
    expect((await lists()).arrivalChecks).toEqual([]);
  });

  it('wait for the appointment, and follow the minutes set for the site', async () => {
    const later = await d.newOrder({ appointmentAt: d.clock() + 3 * HOUR });
    const now = await d.newOrder();
    await act('workOrders.dispatch', { id: later.id, workerId: d.workers.sun });
    await act('workOrders.dispatch', { id: now.id, workerId: d.workers.zhou });
    await d.ok('settings.set', { key: 'workOrders.arrivalCheckMinutes', value: 15 }); // a site rule: the supervisor's
    d.clock.advance(16 * MINUTE);
    expect(brief((await lists()).arrivalChecks)).toEqual([[now.id, 'overdue']]);
    d.clock.advance(3 * HOUR);
    expect(brief((await lists()).arrivalChecks)).toEqual([[now.id, 'overdue'], [later.id, 'overdue']]);
  });
});

describe('callbacks due (the night shift list)', () => {
  it('holds every completed order not called back: today amber, earlier days red', async () => {
    d.clock.set(Date.UTC(2026, 10, 22, 12)); // 22 Nov 20:00 local
    const yesterday = await d.newOrder();
    await act('workOrders.dispatch', { id: yesterday.id, workerId: d.workers.sun });
    await act('workOrders.complete', { id: yesterday.id, result: '已修好', slipReturned: true, signedByResident: true });
    d.clock.set(Date.UTC(2026, 10, 23, 2)); // 23 Nov 10:00
    await d.resume();
    const today = await d.newOrder();
    const closed = await d.newOrder();
    for (const o of [today, closed]) {
      await act('workOrders.dispatch', { id: o.id, workerId: d.workers.zhou });
      await act('workOrders.complete', { id: o.id, result: '已修好', slipReturned: true, signedByResident: true });
    }
    await act('workOrders.callback', { id: closed.id, satisfaction: 'satisfied' });
    expect(brief((await lists()).callbacksDue)).toEqual([[yesterday.id, 'overdue'], [today.id, 'soon']]);
    await act('workOrders.callback', { id: today.id, satisfaction: 'unsatisfied', notes: '仍有异味' });
    expect(brief((await lists()).callbacksDue)).toEqual([[yesterday.id, 'overdue']]);
  });
});

describe('slips not returned', () => {
  it('lists printed slips whose work is over until the slip comes back', async () => {
    const out = await d.newOrder();
    const stillWorking = await d.newOrder();
    const never = await d.newOrder();
    for (const o of [out, stillWorking]) {
      await act('workOrders.dispatch', { id: o.id, workerId: d.workers.sun });
      await act('workOrders.print', { id: o.id, template: 'a5' });
    }
    await act('workOrders.complete', { id: out.id, result: '已修好', slipReturned: false, signedByResident: true });
    expect(brief((await lists()).slipsOut)).toEqual([[out.id, 'soon']]);
    d.clock.advance(24 * HOUR);
    await d.resume();
    expect(brief((await lists()).slipsOut)).toEqual([[out.id, 'overdue']]);

    const noSlip = await d.desk('workOrders.returnSlip', { id: never.id }, d.reception);
    expect(!noSlip.ok && noSlip.error.message).toBe(`派工单 ${never.number} 还没有打印过，没有要收回的单据`);
    await act('workOrders.returnSlip', { id: out.id });
    expect((await lists()).slipsOut).toEqual([]);
    const twice = await d.desk('workOrders.returnSlip', { id: out.id }, d.reception);
    expect(!twice.ok && twice.error.code).toBe('conflict');

    await act('workOrders.cancel', { id: stillWorking.id, reason: '业主取消' });
    expect(brief((await lists()).slipsOut)).toEqual([[stillWorking.id, 'soon']]);
  });
});

describe('rework of the day', () => {
  it('reports who failed, what the resident said and who went back, for the supervisor next morning', async () => {
    const failed = await d.newOrder();
    const fine = await d.newOrder();
    for (const o of [failed, fine]) {
      await act('workOrders.dispatch', { id: o.id, workerId: d.workers.sun });
      await act('workOrders.complete', { id: o.id, result: '已修好', slipReturned: true, signedByResident: true });
    }
    await act('workOrders.callback', { id: fine.id, satisfaction: 'satisfied' });
    d.clock.advance(HOUR);
    await act('workOrders.callback', { id: failed.id, satisfaction: 'unsatisfied', notes: '水管仍在滴水' });
    d.clock.advance(5 * MINUTE);
    await act('workOrders.rework', { id: failed.id, reason: '接头需更换', workerId: d.workers.wu });

    const report = await act('workOrders.reworkReport', {});
    expect(report.day).toBe('2026-11-23');
    expect(report.items).toHaveLength(1);
    expect(report.items[0]).toMatchObject({
      order: { id: failed.id, status: 'dispatched', workerName: '吴海涛' },
      callback: { notes: '水管仍在滴水', staffName: '李静' },
      rework: { reason: '接头需更换', workerName: '吴海涛' },
      previousWorkerName: '孙强',
    });
    expect((await lists()).reworkToday).toBe(1);
    expect((await act('workOrders.reworkReport', { day: '2026-11-22' })).items).toEqual([]);
    const bad = await d.desk('workOrders.reworkReport', { day: '2026-13-01' }, d.reception);
    expect(!bad.ok && bad.error.issues).toMatchObject([{ field: '日期', message: '日期：日期格式应为 YYYY-MM-DD' }]);
  });
});

describe('the shift handover', () => {
  it('hands over open orders (overdue first) and slips still out', async () => {
    const waiting = await d.newOrder();
    const done = await d.newOrder({ publicLocation: '5栋电梯厅', address: undefined, category: '公共设施' });
    const closed = await d.newOrder();
    await act('workOrders.dispatch', { id: waiting.id, workerId: d.workers.sun });
    await act('workOrders.dispatch', { id: done.id, workerId: d.workers.zhou });
    await act('workOrders.print', { id: done.id, template: 'a4' });
    await act('workOrders.complete', { id: done.id, result: '更换按钮', slipReturned: false, signedByResident: false });
    await act('workOrders.cancel', { id: closed.id, reason: '重复' });
    d.clock.advance(31 * MINUTE);
    const draft = await d.ok('handover.draft', {}, d.reception);
    expect(draft.matters.openWorkOrders.map((m: { key: string; overdue: boolean }) => [m.key, m.overdue])).toEqual([
      [`workOrder:${waiting.id}`, true],
      [`workOrder:${done.id}`, false],
    ]);
    expect(draft.matters.openWorkOrders[0].title).toBe(`${waiting.number} 3栋2单元1502（水）已派工`);
    expect(draft.matters.workOrderSlipsOut).toMatchObject([{ key: `slip:${done.id}`, title: `${done.number} 5栋电梯厅`, detail: '周师傅' }]);
  });
});
