import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

let desk: TestDesk;
beforeEach(async () => {
  desk = await makeDesk();
});
afterEach(() => desk.close());

const resident = (name: string, room: string, phone?: string, phone2?: string) =>
  desk.ok('residents.upsert', { name, building: '1栋', unit: '1单元', room, phone, phone2 });

describe('calls.lookupCaller', () => {
  it('finds residents by the first digits of either phone, with their address', async () => {
    await resident('李明', '101', '13800001111');
    await resident('王芳', '102', '13900002222', '13800003333');
    await resident('赵雷', '103', '13700004444');
    const found = await desk.ok('calls.lookupCaller', { phone: '1380000' });
    expect(found.residents.map((r: { name: string }) => r.name)).toEqual(['李明', '王芳']);
    expect(found.residents[0]).toMatchObject({ building: '1栋', unit: '1单元', room: '101' });
    expect((await desk.ok('calls.lookupCaller', { phone: '138 0000 1111' })).residents).toHaveLength(1);
  });

  it('finds staff by extension or phone', async () => {
    await desk.ok('staff.upsert', { name: '张伟', role: 'host', extension: '8801', phone: '13900139001' });
    expect((await desk.ok('calls.lookupCaller', { phone: '880' })).staff[0]).toMatchObject({ name: '张伟', extension: '8801' });
    expect((await desk.ok('calls.lookupCaller', { phone: '1390013' })).staff[0].name).toBe('张伟');
  });

  it('remembers callers from the log and shows the last calls from a full number', async () => {
    const log = (summary: string, callerCompany?: string) =>
      desk.ok('calls.log', { callerName: '顺丰小哥', callerPhone: '0571-88886666', callerCompany, reason: 'other', summary, outcome: { kind: 'answered' } });
    await log('第一次', '顺丰');
    desk.clock.advance(60 * 60_000);
    await log('第二次', '顺丰速运');
    const partial = await desk.ok('calls.lookupCaller', { phone: '0571-8888' });
    expect(partial.knownCallers).toEqual([{ phone: '057188886666', name: '顺丰小哥', company: '顺丰速运', lastAt: expect.any(Number) }]);
    expect(partial.recentCalls).toEqual([]);
    const full = await desk.ok('calls.lookupCaller', { phone: '057188886666' });
    expect(full.recentCalls.map((c: { summary: string }) => c.summary)).toEqual(['第二次', '第一次']);
  });

  it('finds callers by name, pinyin initials or full pinyin when the caller gives a name', async () => {
    await resident('张三', '101', '13800001111');
    await resident('张山峰', '102', '13800002222');
    await resident('李四', '103', '13800003333');
    await desk.ok('staff.upsert', { name: '张伟', role: 'host', extension: '8801' });
    await desk.ok('calls.log', { callerName: '章女士', callerPhone: '13900009999', reason: 'consult', summary: '问停车', outcome: { kind: 'answered' } });
    const names = (m: { residents: { name: string }[] }) => m.residents.map((r) => r.name);
    expect(names(await desk.ok('calls.lookupCaller', { name: 'zs' }))).toEqual(['张三', '张山峰']);
    expect(names(await desk.ok('calls.lookupCaller', { name: 'zhangsan' }))).toEqual(['张三']);
    expect(names(await desk.ok('calls.lookupCaller', { name: '张三' }))).toEqual(['张三']);
    const zhang = await desk.ok('calls.lookupCaller', { name: '张' });
    expect(names(zhang)).toEqual(['张三', '张山峰']);
    expect(zhang.staff.map((s: { name: string }) => s.name)).toEqual(['张伟']);
    // 章 and 张 share their pinyin: the name typed in Chinese tells them apart, the pinyin does not.
    expect(zhang.knownCallers).toEqual([]);
    expect((await desk.ok('calls.lookupCaller', { name: 'zhang' })).knownCallers).toEqual([
      { phone: '13900009999', name: '章女士', company: null, lastAt: expect.any(Number) },
    ]);
    expect(names(await desk.ok('calls.lookupCaller', { name: '100%_' }))).toEqual([]);
  });

  it('needs at least three digits, and says so naming the field', async () => {
    const a = await desk.desk('calls.lookupCaller', { phone: '13' });
    expect(!a.ok && a.error.issues?.[0].message).toBe('电话：请至少输入 3 位号码');
  });
});
