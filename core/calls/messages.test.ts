import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

const MIN = 60_000;
let desk: TestDesk;
let host: string;
beforeEach(async () => {
  desk = await makeDesk();
  host = (await desk.ok('staff.upsert', { name: '张伟', role: 'host' })).id;
});
afterEach(() => desk.close());

const message = async (dueInMin: number, text = '请回电') =>
  (
    await desk.ok('calls.log', {
      callerName: '王先生',
      callerPhone: '13912345678',
      reason: 'message',
      summary: '找张伟',
      outcome: { kind: 'message', forStaffId: host, text, callbackDueAt: desk.clock() + dueInMin * MIN },
    })
  ).messageId as string;

const open = () => desk.ok('messages.open');

describe('messages', () => {
  it('lists open messages soonest due first, marking overdue and due soon', async () => {
    await message(120, '不急');
    await message(20, '快到期');
    await message(5, '马上到期');
    desk.clock.advance(10 * MIN);
    const list = await open();
    expect(list.map((m: { text: string; due: string }) => [m.text, m.due])).toEqual([
      ['马上到期', 'overdue'],
      ['快到期', 'soon'],
      ['不急', 'later'],
    ]);
  });

  it('is delivered, then stays open until the callback is made', async () => {
    const id = await message(60);
    await desk.ok('messages.deliver', { id });
    expect((await open())[0]).toMatchObject({ id, status: 'awaiting_callback', deliveredAt: desk.clock() });
    await desk.ok('messages.callbackDone', { id, note: '张伟已回电' });
    expect(await open()).toEqual([]);
    const row = desk.db.sqlite.prepare('SELECT callback_note AS note, callback_by AS who FROM call_messages WHERE id = ?').get(id);
    expect(row).toEqual({ note: '张伟已回电', who: desk.supervisorId });
  });

  it('counts a callback as delivery too', async () => {
    const id = await message(60);
    await desk.ok('messages.callbackDone', { id });
    const row = desk.db.sqlite.prepare('SELECT delivered_at AS d FROM call_messages WHERE id = ?').get(id) as { d: number };
    expect(row.d).toBe(desk.clock());
  });

  it('refuses to deliver twice or call back twice, and an unknown message', async () => {
    const id = await message(60);
    await desk.ok('messages.deliver', { id });
    const again = await desk.desk('messages.deliver', { id });
    expect(!again.ok && again.error).toMatchObject({ code: 'conflict', message: '该留言已经转达过了' });
    await desk.ok('messages.callbackDone', { id });
    expect((await desk.desk('messages.callbackDone', { id })).ok).toBe(false);
    const missing = await desk.desk('messages.deliver', { id: '0193a000-0000-7000-8000-00000000000a' });
    expect(!missing.ok && missing.error.code).toBe('not_found');
  });

  it('lists only the messages for one person on request', async () => {
    await message(60);
    const other = (await desk.ok('staff.upsert', { name: '刘芳', role: 'host' })).id;
    expect(await desk.ok('messages.open', { forStaffId: other })).toEqual([]);
    expect(await desk.ok('messages.open', { forStaffId: host })).toHaveLength(1);
  });

  it('is not for the kiosk', async () => {
    const id = await message(60);
    expect((await desk.kiosk('messages.deliver', { id })).ok).toBe(false);
    expect((await open())[0].status).toBe('undelivered');
  });
});
