import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';
import { jobs } from '../jobs';
import { escalateOverdueCases } from './escalate';

const HOUR = 3_600_000;
let desk: TestDesk;
let reception: string;
let receptionToken: string;
beforeEach(async () => {
  desk = await makeDesk();
  reception = (await desk.ok('staff.upsert', { name: '李静', role: 'reception', pin: '2345' })).id;
  receptionToken = await desk.signIn(reception, '2345');
});
afterEach(() => desk.close());

const openCase = (token = receptionToken, over: Record<string, unknown> = {}) =>
  desk.ok('cases.open', { source: 'visit', complainantName: '陈女士', complainantPhone: '13600001111', summary: '楼道灯坏了一周', ...over }, token);

describe('cases', () => {
  it('is owned by whoever took the complaint and due after the default time', async () => {
    const { id, number } = await openCase();
    expect(number).toMatch(/^HZ01-261123-A001$/);
    const c = await desk.ok('cases.get', { id });
    expect(c).toMatchObject({ ownerId: reception, ownerName: '李静', status: 'open', dueAt: desk.clock() + 24 * HOUR, due: 'later', notes: [] });
  });

  it('takes notes from anyone at the desk, in order, with who wrote them', async () => {
    const { id } = await openCase();
    await desk.ok('cases.update', { id, note: '已通知工程部' }, receptionToken);
    desk.clock.advance(60_000);
    await desk.ok('cases.update', { id, note: '业主来电催办' });
    const { notes } = await desk.ok('cases.get', { id });
    expect(notes.map((n: { text: string; staffName: string }) => [n.staffName, n.text])).toEqual([
      ['李静', '已通知工程部'],
      ['王主管', '业主来电催办'],
    ]);
  });

  it('lets only the owner or a supervisor move the due time or close it', async () => {
    const { id } = await openCase(desk.token);
    const move = await desk.desk('cases.update', { id, dueAt: desk.clock() + 48 * HOUR }, receptionToken);
    expect(!move.ok && move.error).toMatchObject({ code: 'forbidden', message: '此投诉由首接人 王主管 负责，只有本人或主管可以操作' });
    const close = await desk.desk('cases.close', { id, result: '已修好', satisfaction: 'satisfied' }, receptionToken);
    expect(!close.ok && close.error.code).toBe('forbidden');
    expect((await desk.ok('cases.get', { id })).status).toBe('open');
  });

  it('hands the case on to another staff member, which only the owner or a supervisor may do', async () => {
    const { id } = await openCase();
    const other = (await desk.ok('staff.upsert', { name: '赵敏', role: 'reception', pin: '3456' })).id;
    const unknown = await desk.desk('cases.update', { id, ownerId: '0190a000-0000-7000-8000-000000000000' }, receptionToken);
    expect(!unknown.ok && unknown.error.issues?.[0]).toMatchObject({ path: ['ownerId'], field: '负责人' });
    await desk.ok('cases.update', { id, ownerId: other }, receptionToken);
    const c = await desk.ok('cases.get', { id });
    expect(c).toMatchObject({ ownerId: other, ownerName: '赵敏' });
    expect(c.notes.at(-1)).toMatchObject({ kind: 'owner_changed', text: '赵敏' });
    const back = await desk.desk('cases.update', { id, ownerId: reception }, receptionToken);
    expect(!back.ok && back.error.code).toBe('forbidden');
  });

  it('closes with the result and the satisfaction, once', async () => {
    const { id } = await openCase();
    await desk.ok('cases.close', { id, result: '已更换灯泡，业主确认', satisfaction: 'satisfied' }, receptionToken);
    const c = await desk.ok('cases.get', { id });
    expect(c).toMatchObject({ status: 'closed', result: '已更换灯泡，业主确认', satisfaction: 'satisfied', due: null });
    expect(c.notes.at(-1)).toMatchObject({ kind: 'closed' });
    expect(await desk.ok('cases.list')).toEqual([]);
    expect(await desk.ok('cases.list', { status: 'closed' })).toHaveLength(1);
    const again = await desk.desk('cases.close', { id, result: 'x', satisfaction: 'neutral' });
    expect(!again.ok && again.error.code).toBe('conflict');
  });

  it('refuses a due time in the past and an unknown satisfaction, naming the field', async () => {
    const past = await desk.desk('cases.open', { source: 'other', complainantName: '陈女士', summary: 'x', dueAt: desk.clock() - HOUR });
    expect(!past.ok && past.error.issues?.[0]).toMatchObject({ path: ['dueAt'], field: '处理时限' });
    const { id } = await openCase();
    const bad = await desk.desk('cases.close', { id, result: '好了', satisfaction: 'great' });
    expect(!bad.ok && bad.error.issues?.[0].field).toBe('满意度');
  });

  it('refuses a second case for the same call', async () => {
    const { id: callId, caseId } = await desk.ok('calls.log', {
      callerName: '陈女士', callerPhone: '13600001111', reason: 'complaint', summary: '噪音', outcome: { kind: 'answered' },
    });
    expect(caseId).toBeTruthy();
    const twice = await desk.desk('cases.open', { source: 'call', callId, complainantName: '陈女士', summary: '噪音' });
    expect(!twice.ok && twice.error.code).toBe('conflict');
  });
});

// Sessions end after 12 idle hours, and these tests move the clock by a day: sign in afresh to look.
const get = async (id: string) => desk.ok('cases.get', { id }, await desk.signIn(desk.supervisorId, '1234'));

describe('case escalation', () => {
  it('escalates an overdue case to a supervisor once, with a note and an event', async () => {
    const { id } = await openCase();
    const events: unknown[] = [];
    desk.core.on('data-changed', (p) => events.push(p));
    const run = () => escalateOverdueCases(desk.db, (e, p) => desk.core.services.events.emit(e, p));

    desk.clock.advance(23 * HOUR + 45 * 60_000);
    expect(run()).toEqual([]);
    expect((await get(id)).due).toBe('soon');

    desk.clock.advance(HOUR);
    expect(run()).toEqual([id]);
    const c = await get(id);
    expect(c).toMatchObject({ escalatedTo: desk.supervisorId, escalatedToName: '王主管', due: 'overdue' });
    expect(c.notes.at(-1)).toMatchObject({ kind: 'escalated', text: '已超过处理时限，升级至主管 王主管' });
    expect(events).toContainEqual({ tables: ['cases'], escalated: [id] });

    desk.clock.advance(HOUR);
    expect(run()).toEqual([]);
  });

  it('leaves closed cases alone, and re-arms when the owner sets a new due time', async () => {
    const closed = (await openCase()).id;
    await desk.ok('cases.close', { id: closed, result: '已处理', satisfaction: 'neutral' }, receptionToken);
    const open = (await openCase()).id;
    desk.clock.advance(25 * HOUR);
    receptionToken = await desk.signIn(reception, '2345');
    const ran = jobs.find((j) => j.name === 'cases.escalate')!;
    await ran.run(desk.core);
    expect((await get(closed)).escalatedAt).toBeNull();
    expect((await get(open)).escalatedAt).toBe(desk.clock());

    await desk.ok('cases.update', { id: open, dueAt: desk.clock() + 4 * HOUR }, receptionToken);
    expect((await get(open)).escalatedAt).toBeNull();
  });
});
