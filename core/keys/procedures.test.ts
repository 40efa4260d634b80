import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

const HOUR = 3_600_000;
let desk: TestDesk;
beforeEach(async () => {
  desk = await makeDesk();
});
afterEach(() => desk.close());

const key = () => desk.ok('keys.upsert', { label: '配电房钥匙', place: '地下一层配电房', count: 2 });
const lend = (keyId: string, over: Record<string, unknown> = {}) =>
  desk.desk('keys.lend', { keyId, borrower: '张师傅', phone: '13911112222', purpose: '检修配电柜', dueAt: desk.clock() + 2 * HOUR, ...over });

describe('keys', () => {
  it('lends a key and refuses it again while it is out, saying who has it; after return it can go out again', async () => {
    const { id } = await key();
    const first = await lend(id);
    expect(first.ok).toBe(true);
    const second = await lend(id, { borrower: '李师傅' });
    expect(!second.ok && second.error.code).toBe('conflict');
    expect(!second.ok && second.error.message).toContain('张师傅');
    const [row] = await desk.ok('keys.list');
    expect(row).toMatchObject({ label: '配电房钥匙', where: '地下一层配电房', available: 0, loans: [{ borrower: '张师傅', overdue: false }] });
    await desk.ok('keys.return', { loanId: (first as { value: { id: string } }).value.id });
    expect((await desk.ok('keys.list'))[0]).toMatchObject({ available: 1, loans: [] });
    expect((await lend(id, { borrower: '李师傅' })).ok).toBe(true);
  });

  it('flags an overdue loan and lists it first', async () => {
    const a = await key();
    const b = await desk.ok('keys.upsert', { label: '3-2-301 空置房', building: '3栋', unit: '2单元', room: '301' });
    await lend(a.id);
    await lend(b.id, { dueAt: desk.clock() + 10 * 60_000 });
    desk.clock.advance(HOUR);
    const list = await desk.ok('keys.list');
    expect(list.map((r: { label: string; overdue: boolean }) => [r.label, r.overdue])).toEqual([
      ['3-2-301 空置房', true],
      ['配电房钥匙', false],
    ]);
    expect(list[0].where).toBe('3栋2单元301');
  });

  it('removes an item from the board, but not while it is out, and not twice', async () => {
    const { id } = await key();
    const loan = await lend(id);
    const refused = await desk.desk('keys.remove', { id });
    expect(!refused.ok && refused.error.message).toBe('“配电房钥匙”还在 张师傅 手里，归还后才能移除');
    expect((await desk.ok('keys.list')).map((r: { label: string }) => r.label)).toEqual(['配电房钥匙']);
    await desk.ok('keys.return', { loanId: (loan as { value: { id: string } }).value.id });
    await desk.ok('keys.remove', { id });
    expect(await desk.ok('keys.list')).toEqual([]);
    const again = await desk.desk('keys.remove', { id });
    expect(!again.ok && again.error.code).toBe('not_found');
  });

  it('refuses to return an unknown loan, or one already returned', async () => {
    const unknown = await desk.desk('keys.return', { loanId: '0193a000-0000-7000-8000-000000000009' });
    expect(!unknown.ok && unknown.error.code).toBe('not_found');
    const { id } = await key();
    const loan = await lend(id);
    const loanId = (loan as { value: { id: string } }).value.id;
    await desk.ok('keys.return', { loanId });
    const again = await desk.desk('keys.return', { loanId });
    expect(!again.ok && again.error.code).toBe('conflict');
  });

  it('lends other items from the settings up to the count held, and refuses kinds not configured', async () => {
    const { id } = await desk.ok('keys.upsert', { kind: 'umbrella', label: '雨伞', count: 2 });
    expect((await lend(id)).ok).toBe(true);
    expect((await lend(id)).ok).toBe(true);
    const none = await lend(id);
    expect(!none.ok && none.error.message).toBe('“雨伞”已全部借出');
    const bad = await desk.desk('keys.upsert', { kind: 'ladder', label: '梯子' });
    expect(!bad.ok && bad.error.issues?.[0].message).toBe('类别：设置中没有该借用类别');
    const noPlace = await desk.desk('keys.upsert', { label: '某钥匙' });
    expect(!noPlace.ok && noPlace.error.code).toBe('invalid');
  });

  it('refuses a due time in the past', async () => {
    const { id } = await key();
    const r = await lend(id, { dueAt: desk.clock() - HOUR });
    expect(!r.ok && r.error.issues?.[0].field).toBe('处理时限');
  });
});
