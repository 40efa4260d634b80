import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

let desk: TestDesk;
let host: string;
beforeEach(async () => {
  desk = await makeDesk();
  host = (await desk.ok('staff.upsert', { name: '张伟', role: 'host', extension: '8801' })).id;
});
afterEach(() => desk.close());

const count = (table: string) => (desk.db.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

const base = {
  callerName: '王先生',
  callerPhone: '13912345678',
  reason: 'consult',
  summary: '问物业费缴纳时间',
  outcome: { kind: 'answered' },
};

describe('calls.log', () => {
  it('records the call to the minute, taken by whoever is signed in, and lists it today', async () => {
    desk.clock.advance(37_123);
    const logged = await desk.ok('calls.log', base);
    expect(logged.receivedAt % 60_000).toBe(0);
    expect(logged.receivedAt).toBe(Math.floor(desk.clock() / 60_000) * 60_000);
    const { calls } = await desk.ok('calls.list');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ id: logged.id, callerName: '王先生', takenBy: desk.supervisorId, takenByName: '王主管', lateAnswer: false });
  });

  it('flags a call answered after more than three rings, by count or by the flag', async () => {
    expect((await desk.ok('calls.log', { ...base, answeredAfterRings: 5 })).lateAnswer).toBe(true);
    expect((await desk.ok('calls.log', { ...base, answeredAfterRings: 3 })).lateAnswer).toBe(false);
    expect((await desk.ok('calls.log', { ...base, moreThanThreeRings: true })).lateAnswer).toBe(true);
  });

  it('refuses a ring count that contradicts the flag, naming the field', async () => {
    const a = await desk.desk('calls.log', { ...base, answeredAfterRings: 2, moreThanThreeRings: true });
    expect(a.ok).toBe(false);
    if (a.ok) return;
    expect(a.error.code).toBe('invalid');
    expect(a.error.issues?.[0]).toMatchObject({ path: ['moreThanThreeRings'], field: '超过三声接听' });
  });

  it('keeps a connected transfer as a transfer, with no message to track', async () => {
    const logged = await desk.ok('calls.log', { ...base, outcome: { kind: 'transferred', toStaffId: host, connected: true } });
    expect(logged).toMatchObject({ outcome: 'transferred', messageId: null });
    expect(await desk.ok('messages.open')).toHaveLength(0);
    expect((await desk.ok('calls.get', { id: logged.id })).toStaffName).toBe('张伟');
  });

  it('turns a transfer nobody answered into a message for that person, due by the default callback time', async () => {
    const logged = await desk.ok('calls.log', { ...base, outcome: { kind: 'transferred', toStaffId: host, connected: false } });
    expect(logged.outcome).toBe('message');
    const open = await desk.ok('messages.open');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ forStaffName: '张伟', text: base.summary, callbackDueAt: desk.clock() + 2 * 3_600_000, status: 'undelivered' });
    expect((await desk.ok('calls.get', { id: logged.id })).transferFailed).toBe(true);
  });

  it('takes a message with its own text and due time', async () => {
    const due = desk.clock() + 3_600_000;
    await desk.ok('calls.log', { ...base, reason: 'message', outcome: { kind: 'message', forStaffId: host, text: '请回电王先生', callbackDueAt: due } });
    expect((await desk.ok('messages.open'))[0]).toMatchObject({ text: '请回电王先生', callbackDueAt: due, callerPhone: '13912345678' });
  });

  it('refuses a callback due time in the past and writes nothing', async () => {
    const before = count('calls');
    const a = await desk.desk('calls.log', { ...base, outcome: { kind: 'message', forStaffId: host, callbackDueAt: desk.clock() - 10 * 60_000 } });
    expect(a.ok).toBe(false);
    if (a.ok) return;
    expect(a.error.issues?.[0]).toMatchObject({ path: ['outcome', 'callbackDueAt'], field: '回电期限' });
    expect(a.error.issues?.[0].message).toContain('截止时间已过');
    expect(count('calls')).toBe(before);
    expect(count('call_messages')).toBe(0);
  });

  it('refuses a transfer to someone not on the staff list, naming the field', async () => {
    const a = await desk.desk('calls.log', { ...base, outcome: { kind: 'transferred', toStaffId: '0193a000-0000-7000-8000-000000000000', connected: true } });
    expect(a.ok).toBe(false);
    if (a.ok) return;
    expect(a.error.issues?.[0]).toMatchObject({ path: ['outcome', 'toStaffId'], field: '转接给', message: '转接给：员工名单中没有此人' });
    expect(count('calls')).toBe(0);
  });

  it('accepts mobiles, landlines and internal extensions, and stores them normalised', async () => {
    for (const [typed, stored] of [
      ['0571-8888 6666', '057188886666'],
      ['010-12345678-123', '01012345678-123'],
      ['8001', '8001'],
      ['139 1234 5678', '13912345678'],
    ]) {
      const { id } = await desk.ok('calls.log', { ...base, callerPhone: typed });
      expect((await desk.ok('calls.get', { id })).callerPhone).toBe(stored);
    }
  });

  it('refuses a phone that is none of those, naming the field in Chinese and English', async () => {
    const zh = await desk.desk('calls.log', { ...base, callerPhone: '12345678901' });
    expect(!zh.ok && zh.error.issues?.[0].message).toBe('来电号码：请输入手机号、带区号的座机号或 3-6 位分机号');
    const en = await desk.call('calls.log', { ...base, callerPhone: '12' }, { window: 'desk', token: desk.token, locale: 'en' });
    expect(!en.ok && en.error.issues?.[0].message).toMatch(/^Caller phone\W+enter a mobile/);
  });

  it('refuses a call time in the future, and an unknown resident', async () => {
    const future = await desk.desk('calls.log', { ...base, receivedAt: desk.clock() + 5 * 60_000 });
    expect(!future.ok && future.error.issues?.[0].path).toEqual(['receivedAt']);
    const nobody = await desk.desk('calls.log', { ...base, residentId: '0193a000-0000-7000-8000-000000000001' });
    expect(!nobody.ok && nobody.error.issues?.[0].field).toBe('住户');
  });

  it('opens a complaint case owned by whoever took the call', async () => {
    const other = (await desk.ok('staff.upsert', { name: '李静', role: 'reception', pin: '2345' })).id;
    const token = await desk.signIn(other, '2345');
    const logged = await desk.ok('calls.log', { ...base, reason: 'complaint', summary: '电梯三天没修好' }, token);
    expect(logged.caseNumber).toMatch(/^HZ01-261123-A\d{3}$/);
    const [c] = await desk.ok('cases.list');
    expect(c).toMatchObject({ id: logged.caseId, ownerId: other, ownerName: '李静', callId: logged.id, dueAt: desk.clock() + 24 * 3_600_000 });
  });

  it('writes the call through the one write path, so it is in the outbox for the hub', async () => {
    const { id } = await desk.ok('calls.log', base);
    expect(desk.db.sqlite.prepare("SELECT COUNT(*) AS n FROM outbox WHERE tbl = 'calls' AND row_id = ?").get(id)).toEqual({ n: 1 });
  });

  it('answers only a signed-in desk: not the kiosk, not before sign-in, not a worker', async () => {
    expect((await desk.anon('calls.log', base)).ok).toBe(false);
    const kiosk = await desk.kiosk('calls.log', base);
    expect(!kiosk.ok && kiosk.error.code).toBe('forbidden');
    const worker = (await desk.ok('staff.upsert', { name: '孙强', role: 'worker', pin: '3456' })).id;
    const w = await desk.desk('calls.log', base, await desk.signIn(worker, '3456'));
    expect(!w.ok && w.error.code).toBe('forbidden');
    expect(count('calls')).toBe(0);
  });
});
