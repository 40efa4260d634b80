import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

let d: TestDesk;
beforeEach(async () => (d = await makeDesk()));
afterEach(() => d.close());

describe('staff', () => {
  it('lists names and roles before sign-in, and details only to a signed-in desk', async () => {
    await d.ok('staff.upsert', { name: '张伟', role: 'host', extension: '8801', phone: '13900139001' });
    const anon = await d.anon<{ name: string; extension?: string }[]>('staff.list');
    expect(anon.ok && anon.value.map((s) => s.name)).toContain('张伟');
    expect(anon.ok && anon.value.find((s) => s.name === '张伟')!.extension).toBeUndefined();
    const full = await d.ok<{ name: string; extension?: string; pinyin: string }[]>('staff.list', { role: 'host' });
    expect(full).toEqual([expect.objectContaining({ name: '张伟', extension: '8801', pinyin: 'zw zhangwei' })]);
  });

  it('rejects bad input naming each field, and writes nothing', async () => {
    const before = d.db.sqlite.prepare('SELECT COUNT(*) AS n FROM outbox').get();
    const a = await d.desk('staff.upsert', { name: '张😀', role: 'boss', pin: '12', phone: 'abc' });
    expect(a.ok).toBe(false);
    if (a.ok) return;
    const byPath = Object.fromEntries(a.error.issues!.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.name).toBe('姓名：不能包含控制字符或表情符号');
    expect(byPath.role).toMatch(/^角色：/);
    expect(byPath.pin).toBe('PIN 码：PIN 必须是 4-8 位数字');
    expect(d.db.sqlite.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual(before);
  });

  it('lets only a supervisor manage staff', async () => {
    const { id } = await d.ok('staff.upsert', { name: '李静', role: 'reception', pin: '2468' });
    const token = await d.signIn(id, '2468');
    const a = await d.desk('staff.upsert', { name: '新人', role: 'reception' }, token);
    expect(a.ok || a.error.code).toBe('forbidden');
  });

  it('never removes or demotes the last supervisor', async () => {
    const rm = await d.desk('staff.remove', { id: d.supervisorId });
    expect(rm.ok || rm.error.code).toBe('conflict');
    const demote = await d.desk('staff.upsert', { id: d.supervisorId, name: '王主管', role: 'reception' });
    expect(demote.ok || demote.error.code).toBe('conflict');
  });

  it('removes with a tombstone and signs the removed person out', async () => {
    const { id } = await d.ok('staff.upsert', { name: '李静', role: 'reception', pin: '2468' });
    const token = await d.signIn(id, '2468');
    await d.ok('staff.remove', { id });
    const list = await d.ok<{ id: string }[]>('staff.list');
    expect(list.map((s) => s.id)).not.toContain(id);
    expect((await d.desk('system.status', {}, token)).ok).toBe(false);
  });
});

describe('setup', () => {
  it('runs once: a second set-up is refused', async () => {
    const status = await d.anon<{ needsSetup: boolean }>('setup.status');
    expect(status.ok && status.value.needsSetup).toBe(false);
    const again = await d.anon('setup.init', { siteName: 'x', name: '黑客', pin: '9999' });
    expect(again.ok || again.error.code).toBe('conflict');
  });
});

describe('departments and staff phone', () => {
  it('lists departments for the staff form, and checks a staff phone like any other', async () => {
    const { seedFoundationDemo } = await import('../demo/foundation');
    const { systemContext } = await import('../demo/context');
    seedFoundationDemo(systemContext(d.core));
    const names = (await d.ok<{ name: string }[]>('departments.list')).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['客服中心', '工程部']));
    const bad = await d.desk('staff.upsert', { name: '张伟', role: 'host', phone: '12345' });
    expect(bad.ok || bad.error.issues?.[0].path).toEqual(['phone']);
    expect((await d.desk('staff.upsert', { name: '张伟', role: 'host', phone: '' })).ok).toBe(true);
  });
});
