import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workOrderDesk, type WorkOrderDesk } from './fixtures.test-support';
import type { WorkOrderDetail } from './queries';

let d: WorkOrderDesk;
beforeEach(async () => (d = await workOrderDesk()));
afterEach(() => d.close());

const step = <T = WorkOrderDetail>(name: string, input: unknown) => d.ok<T>(name, input, d.reception);
const refusal = async (name: string, input: unknown, token = d.reception) => {
  const a = await d.desk(name, input, token);
  if (a.ok) throw new Error(`${name} should have been refused`);
  return a.error;
};

describe('workOrders.create', () => {
  it('takes a repair from a call and gives it a slip number, status 待派工 and a history', async () => {
    const callId = '01950000-0000-7000-8000-000000000001';
    const o = await d.newOrder({ sourceId: callId, appointmentAt: Date.UTC(2026, 10, 23, 6) });
    expect(o.number).toBe('HZ01-261123-A001');
    expect(o).toMatchObject({
      status: 'new',
      source: 'call',
      sourceId: callId,
      building: '3栋',
      unit: '2单元',
      room: '1502',
      category: '水',
      createdByName: '李静',
      printCount: 0,
    });
    expect(o.events.map((e) => e.type)).toEqual(['created']);
    expect((await d.newOrder()).number).toBe('HZ01-261123-A002');
  });

  it('takes a public location (公共部位) instead of a flat', async () => {
    const o = await d.newOrder({ address: undefined, publicLocation: '5栋电梯厅', category: '公共设施', source: 'patrol' });
    expect(o).toMatchObject({ publicLocation: '5栋电梯厅', building: null });
  });

  it('refuses bad input naming each field, and writes nothing', async () => {
    const before = [d.count('work_orders'), d.count('work_order_events'), d.count('outbox')];
    const e = await refusal('workOrders.create', {
      source: 'fax',
      reporterName: '',
      reporterPhone: '12345',
      category: '水',
      description: '漏水',
    });
    expect(e.code).toBe('invalid');
    const fields = e.issues!.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['来源', '报修人', '联系电话', '楼栋']));
    expect(e.issues!.find((i) => i.field === '楼栋')!.message).toContain('公共部位');

    const both = await refusal('workOrders.create', {
      source: 'call', reporterName: '陈先生', reporterPhone: '13912345678', category: '水', description: '漏水',
      address: { building: '3栋' }, publicLocation: '大堂',
    });
    expect(both.issues!.map((i) => i.message)).toEqual(['公共部位：楼栋房号与公共部位只填一项']);
    expect([d.count('work_orders'), d.count('work_order_events'), d.count('outbox')]).toEqual(before);
  });

  it('offers the categories of the settings and refuses others by name', async () => {
    const e = await refusal('workOrders.create', {
      source: 'call', reporterName: '陈先生', reporterPhone: '0571-88886666', category: '电梯', description: '电梯异响', address: { building: '1栋' },
    });
    expect(e.issues![0]).toMatchObject({ field: '类别' });
    expect(e.issues![0].message).toContain('水、电、门窗、管道、公共设施、其他');
    await d.ok('settings.set', { key: 'workOrders.categories', value: ['电梯', '水'] });
    const o = await d.newOrder({ category: '电梯' });
    expect(o.category).toBe('电梯');
  });
});

describe('the life of a repair', () => {
  it('goes new → dispatched → arrived → completed → closed, printing slips and reprints (补打) on the way', async () => {
    const o = await d.newOrder();
    const dispatched = await step('workOrders.dispatch', { id: o.id, workerId: d.workers.zhou });
    expect(dispatched).toMatchObject({ status: 'dispatched', workerName: '周师傅', workerId: d.workers.zhou });
    expect(await step('workOrders.print', { id: o.id, template: 'a4' })).toEqual({ printCount: 1, reprint: false });
    expect(await step('workOrders.print', { id: o.id, template: 'thermal80' })).toEqual({ printCount: 2, reprint: true });
    expect(await step('workOrders.confirmArrival', { id: o.id })).toMatchObject({ status: 'arrived' });
    d.clock.advance(40 * 60_000);
    const done = await step('workOrders.complete', {
      id: o.id, result: '更换下水管接头', materials: 'PVC 接头 1 个', minutesSpent: 35, slipReturned: true, signedByResident: true,
    });
    expect(done).toMatchObject({ status: 'completed', slipReturned: true, completedAt: d.clock() });
    const closed = await step('workOrders.callback', { id: o.id, satisfaction: 'satisfied', notes: '' });
    expect(closed).toMatchObject({ status: 'closed', satisfaction: 'satisfied' });
    expect(closed.events.map((e) => e.type)).toEqual(['created', 'dispatched', 'printed', 'printed', 'arrived', 'completed', 'called_back']);
    expect(closed.events[1]).toMatchObject({ staffName: '李静', data: { workerName: '周师傅' } });
    expect(closed.conflicts).toEqual([]);
  });

  it('sends an unsatisfied callback to rework, dispatches the rework and closes it the second time', async () => {
    const o = await d.newOrder();
    await step('workOrders.dispatch', { id: o.id, workerId: d.workers.sun });
    await step('workOrders.complete', { id: o.id, result: '已处理', slipReturned: false, signedByResident: false });
    const noNotes = await refusal('workOrders.callback', { id: o.id, satisfaction: 'unsatisfied' });
    expect(noNotes.issues).toMatchObject([{ field: '备注', message: '备注：客户不满意时请写明原因' }]);
    const rework = await step('workOrders.callback', { id: o.id, satisfaction: 'unsatisfied', notes: '还在滴水' });
    expect(rework).toMatchObject({ status: 'rework', satisfaction: 'unsatisfied' });
    const again = await step('workOrders.rework', { id: o.id, reason: '接头未拧紧', workerId: d.workers.wu });
    expect(again).toMatchObject({ status: 'dispatched', workerName: '吴海涛', reworkCount: 1, arrivedAt: null });
    await step('workOrders.confirmArrival', { id: o.id });
    await step('workOrders.complete', { id: o.id, result: '重新安装', slipReturned: true, signedByResident: true });
    expect(await step('workOrders.callback', { id: o.id, satisfaction: 'fair' })).toMatchObject({ status: 'closed', satisfaction: 'fair' });
  });

  it('cancels from new or dispatched, and then refuses to print', async () => {
    const a = await d.newOrder();
    expect(await step('workOrders.cancel', { id: a.id, reason: '业主已自行修好' })).toMatchObject({ status: 'cancelled' });
    const b = await d.newOrder();
    await step('workOrders.dispatch', { id: b.id, workerId: d.workers.sun });
    expect(await step('workOrders.cancel', { id: b.id, reason: '重复报修' })).toMatchObject({ status: 'cancelled' });
    const e = await refusal('workOrders.print', { id: b.id, template: 'a4' });
    expect(e.message).toBe(`派工单 ${b.number} 当前为「已取消」，不能打印派工单`);
  });

  it('reassigns a dispatched order to another worker', async () => {
    const o = await d.newOrder();
    await step('workOrders.dispatch', { id: o.id, workerId: d.workers.sun });
    expect(await step('workOrders.dispatch', { id: o.id, workerId: d.workers.zhou })).toMatchObject({ workerName: '周师傅' });
  });

  it('refuses impossible steps with a message that names the order, its status and the step, and writes nothing', async () => {
    const o = await d.newOrder();
    const before = [d.count('work_order_events'), d.count('outbox')];
    const arrive = await refusal('workOrders.confirmArrival', { id: o.id });
    expect(arrive).toMatchObject({ code: 'conflict', message: `派工单 ${o.number} 当前为「待派工」，不能确认到场` });
    expect((await refusal('workOrders.callback', { id: o.id, satisfaction: 'satisfied' })).message).toContain('不能回访');
    expect((await refusal('workOrders.rework', { id: o.id, reason: 'x', workerId: d.workers.sun })).message).toContain('不能返工派工');
    expect((await refusal('workOrders.complete', { id: o.id, result: 'x', slipReturned: true, signedByResident: true })).message).toContain('不能完工登记');
    await step('workOrders.dispatch', { id: o.id, workerId: d.workers.sun });
    await step('workOrders.confirmArrival', { id: o.id });
    expect((await refusal('workOrders.cancel', { id: o.id, reason: '不修了' })).message).toContain('「已到场」，不能取消');
    expect(d.count('work_order_events')).toBe(before[0] + 2);
    const en = await d.call('workOrders.confirmArrival', { id: o.id }, { window: 'desk', token: d.reception, locale: 'en' });
    expect(!en.ok && en.error.message).toBe(`Work order ${o.number} is “Worker on site”: it cannot be confirmed as arrived now`);
  });

  it('dispatches only to an active maintenance worker', async () => {
    const o = await d.newOrder();
    const e = await refusal('workOrders.dispatch', { id: o.id, workerId: d.hostId });
    expect(e.issues).toMatchObject([{ field: '维修人员', message: '维修人员：请选择在职的维修人员' }]);
    await d.ok('staff.remove', { id: d.workers.wu });
    expect((await refusal('workOrders.dispatch', { id: o.id, workerId: d.workers.wu })).code).toBe('invalid');
    expect((await refusal('workOrders.dispatch', { id: '01950000-0000-7000-8000-00000000ffff', workerId: d.workers.sun })).message).toBe('找不到该派工单');
  });
});

describe('reading work orders', () => {
  it('opens the order whose slip number a scanner typed, however it was typed', async () => {
    const o = await d.newOrder();
    expect((await step('workOrders.scan', { number: ` ${o.number.toLowerCase()}\n` })).id).toBe(o.id);
    const e = await refusal('workOrders.scan', { number: 'HZ01-261123-A999' });
    expect(e).toMatchObject({ code: 'not_found', message: '没有编号为 HZ01-261123-A999 的派工单' });
  });

  it('lists newest first with status, worker and category filters and pages without gaps', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      ids.push((await d.newOrder({ category: i % 2 ? '电' : '水' })).id);
      d.clock.advance(60_000);
    }
    await step('workOrders.dispatch', { id: ids[1], workerId: d.workers.sun });
    await step('workOrders.cancel', { id: ids[2], reason: '重复' });
    type Page = { items: { id: string; status: string }[]; next: { createdAt: number; id: string } | null };
    const all = await step<Page>('workOrders.list', {});
    expect(all.items.map((i) => i.id)).toEqual([...ids].reverse());
    const open = await step<Page>('workOrders.list', { status: 'open' });
    expect(open.items.map((i) => i.id)).not.toContain(ids[2]);
    expect((await step<Page>('workOrders.list', { workerId: d.workers.sun })).items.map((i) => i.id)).toEqual([ids[1]]);
    expect((await step<Page>('workOrders.list', { category: '电' })).items).toHaveLength(3);
    const seen: string[] = [];
    let page = await step<Page>('workOrders.list', { limit: 3 });
    for (;;) {
      seen.push(...page.items.map((i) => i.id));
      if (!page.next) break;
      page = await step<Page>('workOrders.list', { limit: 3, before: page.next });
    }
    expect(seen).toEqual([...ids].reverse());
    const bad = await refusal('workOrders.list', { limit: 1000, status: 'lost' });
    expect(bad.issues!.map((i) => i.field).sort()).toEqual(['条数', '状态'].sort());
  });

  it('searches by number, phone tail, reporter, flat and words of the description', async () => {
    const a = await d.newOrder();
    const b = await d.newOrder({ reporterName: '王阿姨', reporterPhone: '13788889999', address: { building: '7栋', room: '302' }, category: '电', description: '客厅插座冒火花' });
    const found = async (q: string) => (await step<{ id: string }[]>('workOrders.search', { q })).map((o) => o.id);
    expect(await found(b.number)).toEqual([b.id]);
    expect(await found('9999')).toEqual([b.id]);
    expect(await found('王阿姨')).toEqual([b.id]);
    expect(await found('7栋 302')).toEqual([b.id]);
    expect(await found('插座')).toEqual([b.id]);
    expect(await found('漏水')).toEqual([a.id]);
    expect(await found('%')).toEqual([]);
  });

  it('lists workers with their open load, least loaded first', async () => {
    const a = await d.newOrder();
    const b = await d.newOrder();
    await step('workOrders.dispatch', { id: a.id, workerId: d.workers.sun });
    await step('workOrders.dispatch', { id: b.id, workerId: d.workers.sun });
    await step('workOrders.dispatch', { id: (await d.newOrder()).id, workerId: d.workers.zhou });
    await step('workOrders.complete', { id: b.id, result: '好了', slipReturned: true, signedByResident: true });
    const workers = await step<{ name: string; openLoad: number }[]>('workers.list', {});
    expect(workers.map((w) => [w.name, w.openLoad])).toEqual([['吴海涛', 0], ['孙强', 1], ['周师傅', 1]]);
  });
});

describe('who may do what', () => {
  it('refuses the kiosk and anyone not signed in', async () => {
    expect((await d.kiosk('workOrders.create', {})).ok).toBe(false);
    const anon = await d.anon('workOrders.list', {});
    expect(!anon.ok && anon.error.code).toBe('unauthenticated');
  });

  it('lets a host signed in at the desk read but not create or dispatch', async () => {
    const o = await d.newOrder();
    expect((await refusal('workOrders.create', {}, d.hostToken)).code).toBe('forbidden');
    expect((await refusal('workOrders.dispatch', { id: o.id, workerId: d.workers.sun }, d.hostToken)).code).toBe('forbidden');
    expect((await d.desk('workOrders.get', { id: o.id }, d.hostToken)).ok).toBe(true);
  });
});
