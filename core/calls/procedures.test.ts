import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, testClock, type TestDesk } from '../../tests/support/core';

let desk: TestDesk;
beforeEach(async () => {
  desk = await makeDesk();
});
afterEach(() => desk.close());

const call = (over: Record<string, unknown> = {}) =>
  desk.ok('calls.log', { callerName: '王先生', callerPhone: '13912345678', reason: 'consult', summary: '问物业费', outcome: { kind: 'answered' }, ...over });

describe('calls.update', () => {
  it('corrects what was written down and keeps the old values in the audit trail', async () => {
    const { id } = await call();
    await desk.ok('calls.update', { id, callerName: '汪先生', summary: '问停车费', callerCompany: '顺丰' });
    const c = await desk.ok('calls.get', { id });
    expect(c).toMatchObject({ callerName: '汪先生', summary: '问停车费', callerCompany: '顺丰', outcome: 'answered' });
    const audit = desk.db.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'calls.update' AND target = ?").get(id) as { detail: string };
    expect(JSON.parse(audit.detail)).toEqual({
      was: { callerName: '王先生', summary: '问物业费', callerCompany: null },
      now: { callerName: '汪先生', summary: '问停车费', callerCompany: '顺丰' },
    });
    // The new name is found by its own pinyin.
    expect((await desk.ok('calls.search', { q: 'wxs' })).map((r: { id: string }) => r.id)).toEqual([id]);
  });

  it('clears an optional field sent empty', async () => {
    const { id } = await call({ callerCompany: '顺丰' });
    await desk.ok('calls.update', { id, callerCompany: '' });
    expect((await desk.ok('calls.get', { id })).callerCompany).toBeNull();
  });

  it('opens a case when a call is re-classified as a complaint, owned by whoever took it', async () => {
    const { id } = await call();
    const { caseId } = await desk.ok('calls.update', { id, reason: 'complaint' });
    expect(caseId).toBeTruthy();
    expect((await desk.ok('calls.get', { id })).case.id).toBe(caseId);
    expect((await desk.ok('cases.list'))[0]).toMatchObject({ ownerId: desk.supervisorId, callId: id });
  });

  it('refuses an empty correction and an unknown call', async () => {
    const { id } = await call();
    const nothing = await desk.desk('calls.update', { id });
    expect(!nothing.ok && nothing.error.code).toBe('invalid');
    const missing = await desk.desk('calls.update', { id: '0193a000-0000-7000-8000-000000000009', summary: 'x' });
    expect(!missing.ok && missing.error.code).toBe('not_found');
  });
});

describe('calls.get', () => {
  it('gives a repair call what a work-order form needs, with the resident address', async () => {
    const r = await desk.ok('residents.upsert', { name: '李明', building: '3栋', unit: '2单元', room: '301', phone: '13800000001' });
    const { id } = await call({ callerName: '李明', callerPhone: '13800000001', residentId: r.id, reason: 'repair', summary: '厨房水管漏水' });
    const c = await desk.ok('calls.get', { id });
    expect(c.resident).toMatchObject({ name: '李明', building: '3栋', unit: '2单元', room: '301' });
    expect(c.workOrder).toEqual({
      source: 'call',
      sourceId: id,
      reporterName: '李明',
      reporterPhone: '13800000001',
      residentId: r.id,
      address: { building: '3栋', unit: '2单元', room: '301' },
      description: '厨房水管漏水',
    });
    // The draft is what workOrders.create takes: with a category it becomes the order.
    const order = await desk.ok('workOrders.create', { ...c.workOrder, category: '管道' });
    expect(order.number).toMatch(/^HZ01-\d{6}-A\d{3}$/);
    expect((await desk.ok('calls.get', { id: (await call()).id })).workOrder).toBeNull();
  });
});

describe('calls.list', () => {
  it("lists today's calls newest first, filtered by reason and outcome, and another day on request", async () => {
    await call({ summary: '昨天的电话', receivedAt: desk.clock() - 24 * 3_600_000 });
    await call({ reason: 'repair', summary: '报修' });
    desk.clock.advance(60_000);
    const host = (await desk.ok('staff.upsert', { name: '张伟', role: 'host' })).id;
    await call({ summary: '找张伟', outcome: { kind: 'transferred', toStaffId: host, connected: true } });

    const today = await desk.ok('calls.list');
    expect(today.calls.map((c: { summary: string }) => c.summary)).toEqual(['找张伟', '报修']);
    expect((await desk.ok('calls.list', { reason: 'repair' })).calls).toHaveLength(1);
    expect((await desk.ok('calls.list', { outcome: 'transferred' })).calls[0].toStaffName).toBe('张伟');
    expect((await desk.ok('calls.list', { day: '2026-11-22' })).calls.map((c: { summary: string }) => c.summary)).toEqual(['昨天的电话']);
  });

  it("draws the day's line at local midnight (Asia/Shanghai), not UTC", async () => {
    desk.close();
    desk = await makeDesk({ clock: testClock(Date.UTC(2026, 10, 23, 16, 30)) }); // 00:30 on the 24th in Shanghai
    await call({ summary: '凌晨' });
    expect((await desk.ok('calls.list')).calls).toHaveLength(1);
    expect((await desk.ok('calls.list', { day: '2026-11-23' })).calls).toHaveLength(0);
  });

  it('refuses a malformed day, naming the field', async () => {
    const a = await desk.desk('calls.list', { day: '23/11/2026' });
    expect(!a.ok && a.error.issues?.[0].field).toBe('日期');
  });
});

describe('calls.search', () => {
  it('finds calls by pinyin initials, full pinyin, name, phone prefix and text', async () => {
    const a = (await call({ callerName: '张三', callerPhone: '13700001111', summary: '咨询装修手续' })).id;
    const b = (await call({ callerName: '李四', callerPhone: '0571-88886666', summary: '快递放前台' })).id;
    const ids = async (q: string) => (await desk.ok('calls.search', { q })).map((r: { id: string }) => r.id);
    expect(await ids('zs')).toEqual([a]);
    expect(await ids('lisi')).toEqual([b]);
    expect(await ids('张')).toEqual([a]);
    expect(await ids('1370')).toEqual([a]);
    expect(await ids('0571-8888')).toEqual([b]);
    expect(await ids('装修')).toEqual([a]);
    expect(await ids('100%')).toEqual([]);
  });
});
