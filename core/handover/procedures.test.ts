import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';
import { matterProviders } from './matters';

let d: TestDesk;
let nightId: string;
beforeEach(async () => {
  d = await makeDesk();
  nightId = (await d.ok('staff.upsert', { name: '陈晓燕', role: 'reception', pin: '1357' })).id;
});
afterEach(() => d.close());

describe('duty log', () => {
  it('records timestamped entries by the signed-in staff member and lists them newest first', async () => {
    await d.ok('duty.log', { category: '巡查', text: '22:00 巡查地下车库，无异常' });
    d.clock.advance(60_000);
    await d.ok('duty.log', { category: '设备', text: '2号电梯异响，已报工程部' });
    const list = await d.ok('duty.list');
    expect(list.map((e: { text: string }) => e.text)).toEqual(['2号电梯异响，已报工程部', '22:00 巡查地下车库，无异常']);
    expect(list[0].staffName).toBe('王主管');
  });

  it('rejects an unknown category naming the field', async () => {
    const a = await d.desk('duty.log', { category: '闲聊', text: 'x' });
    expect(a.ok || a.error.issues?.[0].message).toMatch(/^类别：/);
  });
});

describe('handover', () => {
  it('drafts the open matters, is submitted with the count, and is signed by the incoming staff with their PIN', async () => {
    matterProviders.push({ kind: 'test', collect: () => [{ key: 'test:1', title: '访客 张三 仍在场', overdue: true }] });
    try {
      await d.ok('duty.log', { category: '安全', text: '消防通道已清理' });
      const draft = await d.ok('handover.draft');
      expect(draft.matters.test).toHaveLength(1);
      // Labels come with the draft, so the desk lists a new kind of matter without knowing it.
      expect(draft.kinds).toMatchObject({ openMessages: '未回电的留言', openWorkOrders: '未完结的派工单' });
      expect(draft.duty).toHaveLength(1);
      expect(draft.inventory.find((i: { item: string }) => i.item === '访客证').expected).toBe(50);

      const { id } = await d.ok('handover.submit', {
        inventory: [{ item: '访客证', counted: 48 }, { item: '雨伞', counted: 10 }],
        notes: '2号电梯待修',
        matterNotes: { 'test:1': '已电话联系被访人' },
      });
      const pending = await d.ok('handover.pending');
      expect(pending.id).toBe(id);
      expect(pending.inventory.find((i: { item: string }) => i.item === '访客证')).toEqual({ item: '访客证', expected: 50, counted: 48 });
      expect(pending.matters.test[0].note).toBe('已电话联系被访人');
      expect(pending.kinds.openCases).toBe('未结案的投诉');

      const wrong = await d.desk('handover.acknowledge', { id, staffId: nightId, pin: '0000' });
      expect(wrong.ok || wrong.error.code).toBe('forbidden');
      const self = await d.desk('handover.acknowledge', { id, staffId: d.supervisorId, pin: '1234' });
      expect(self.ok || self.error.issues?.[0].path).toEqual(['staffId']);

      const ack = await d.ok('handover.acknowledge', { id, staffId: nightId, pin: '1357', disagreements: '访客证实点 48，差 2 张' });
      expect(ack.acknowledgedBy.name).toBe('陈晓燕');
      expect(await d.ok('handover.pending')).toBeNull();
      const again = await d.desk('handover.acknowledge', { id, staffId: nightId, pin: '1357' });
      expect(again.ok || again.error.code).toBe('conflict');
    } finally {
      matterProviders.pop();
    }
  });

  it('refuses to count an item that is not on the list, and saves nothing', async () => {
    const a = await d.desk('handover.submit', { inventory: [{ item: '金条', counted: 1 }] });
    expect(a.ok || a.error.issues?.[0].path).toEqual(['inventory', 0, 'item']);
    expect(await d.ok('handover.list')).toEqual([]);
  });
});
