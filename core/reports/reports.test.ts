import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, testClock, type TestDesk } from '../../tests/support/core';
import { at, bookOf, insertCall, insertCase, insertMessage, insertOrder } from './fixture.test-support';
import type { Report } from './build';

// A small hand-counted fixture on Monday 2026-11-23 (Asia/Shanghai), one call on the 24th and one
// just before the week; every expected figure below is counted by hand from these rows.
const MIN = 60_000;
const HOUR = 3_600_000;

let d: TestDesk;
beforeEach(async () => {
  d = await makeDesk({ clock: testClock(at(10, 0, 7)) });
  const db = d.db;
  const me = d.supervisorId;
  insertCall(db, { at: at(9, 10), reason: 'consult', outcome: 'answered', takenBy: me });
  insertCall(db, { at: at(9, 40), reason: 'repair', outcome: 'answered', late: true, takenBy: me });
  insertCall(db, { at: at(10, 5), reason: 'complaint', outcome: 'transferred', takenBy: me });
  const msgCall = insertCall(db, { at: at(14), reason: 'message', outcome: 'message', takenBy: me });
  insertCall(db, { at: at(23, 30), reason: 'consult', outcome: 'answered', takenBy: me });
  insertCall(db, { at: at(8, 0, 1), reason: 'repair', outcome: 'answered', takenBy: me });
  insertCall(db, { at: at(23, 59, -1), reason: 'repair', outcome: 'answered', late: true, takenBy: me });
  insertMessage(db, { callId: msgCall, forStaffId: me, at: at(14), due: at(16), delivered: at(14, 30), callback: at(15, 30) });
  insertMessage(db, { callId: msgCall, forStaffId: me, at: at(15), due: at(17), delivered: at(18) });
  insertCase(db, { number: 'K1', ownerId: me, at: at(10, 5), closed: at(9, 0, 1), satisfaction: 'satisfied' });
  insertCase(db, { number: 'K2', ownerId: me, at: at(11), escalated: at(12) });
  const w = { workerId: me };
  insertOrder(db, {
    number: 'W1', at: at(9, 40), category: '电',
    steps: [['dispatched', 10 * MIN, w], ['arrived', 50 * MIN, {}], ['completed', 2 * HOUR, {}], ['called_back', 8 * HOUR, { satisfaction: 'satisfied' }]],
  });
  insertOrder(db, {
    number: 'W2', at: at(10), category: '电',
    steps: [['dispatched', 10 * MIN, w], ['arrived', HOUR, {}], ['completed', 4 * HOUR, {}], ['called_back', 26 * HOUR, { satisfaction: 'fair' }]],
  });
  insertOrder(db, { number: 'W3', at: at(11), category: '水', steps: [['dispatched', 10 * MIN, w]] });
  insertOrder(db, {
    number: 'W4', at: at(12), category: '水',
    steps: [['dispatched', 10 * MIN, w], ['arrived', 30 * MIN, {}], ['completed', 3 * HOUR, {}], ['called_back', 5 * HOUR, { satisfaction: 'unsatisfied', notes: '还在漏' }]],
  });
});
afterEach(() => d.close());

const fig = (r: Report, book: string, key: string) => bookOf(r, book).figures()[key];
const tgt = (r: Report, book: string, key: string) => bookOf(r, book).block.targets.find((g) => g.key === key)!;
const rows = (r: Report, book: string, key: string) => bookOf(r, book).rows(key, true);

describe('daily report', () => {
  it('counts the day’s calls, messages, complaints and work orders exactly as by hand', async () => {
    const r = await d.ok<Report>('reports.daily', { date: '2026-11-23' });
    expect(r.title).toBe('前台日报 2026-11-23');
    expect(fig(r, 'calls', 'calls')).toBe(5);
    expect(tgt(r, 'calls', 'threeRings')).toMatchObject({ numerator: 4, denominator: 5, share: 0.8, target: 0.98, met: false });
    expect(tgt(r, 'calls', 'messagesOnTime')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(tgt(r, 'calls', 'callbacksOnTime')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(fig(r, 'calls', 'complaints')).toBe(2);
    expect(fig(r, 'calls', 'casesClosed')).toBe(1);
    expect(fig(r, 'calls', 'casesEscalated')).toBe(1);
    expect(rows(r, 'calls', 'byReason')['咨询']).toEqual({ 当场答复: 2, 转接: 0, 留言: 0 });
    expect(rows(r, 'calls', 'byReason')['投诉']).toEqual({ 当场答复: 0, 转接: 1, 留言: 0 });
    const hours = rows(r, 'calls', 'byHour');
    expect([hours['09:00'], hours['10:00'], hours['14:00'], hours['23:00'], hours['08:00']]).toEqual([{ 来电数: 2 }, { 来电数: 1 }, { 来电数: 1 }, { 来电数: 1 }, { 来电数: 0 }]);

    expect(fig(r, 'workorders', 'created')).toBe(4);
    expect(rows(r, 'workorders', 'byCategory')).toEqual({ 电: { 已派工: 0, 已回访: 2, 待返工: 0 }, 水: { 已派工: 1, 已回访: 0, 待返工: 1 } });
    expect(rows(r, 'workorders', 'turnaround')).toEqual({
      电: { 完工数: 2, 平均完工时长: 3, 结单数: 1, 平均结单时长: 8 },
      水: { 完工数: 1, 平均完工时长: 3, 结单数: 0, 平均结单时长: null },
    });
    expect(tgt(r, 'workorders', 'satisfaction')).toMatchObject({ numerator: 1, denominator: 2, share: 0.5, target: 0.9, met: false });
  });

  it('refuses a date that is not in the calendar, naming the field, and the weekly report to reception', async () => {
    const bad = await d.desk('reports.daily', { date: '2026-02-30' });
    expect(bad.ok || bad.error.issues?.[0]).toMatchObject({ path: ['date'], message: expect.stringMatching(/^日期：/) });
    const reception = await d.ok('staff.upsert', { name: '李前台', role: 'reception', pin: '2468' });
    const token = await d.signIn(reception.id, '2468');
    expect((await d.desk('reports.daily', { date: '2026-11-23' }, token)).ok).toBe(true);
    const weekly = await d.desk('reports.weekly', { weekStart: '2026-11-23' }, token);
    expect(weekly.ok || weekly.error.code).toBe('forbidden');
    const exp = await d.desk('reports.export', { kind: 'weekly', weekStart: '2026-11-23' }, token);
    expect(exp.ok || exp.error.code).toBe('forbidden');
  });
});

describe('weekly report', () => {
  it('covers seven days from weekStart, with calls per day', async () => {
    const r = await d.ok<Report>('reports.weekly', { weekStart: '2026-11-23' });
    expect([r.firstDay, r.lastDay]).toEqual(['2026-11-23', '2026-11-29']);
    expect(tgt(r, 'calls', 'threeRings')).toMatchObject({ numerator: 5, denominator: 6 });
    const days = rows(r, 'calls', 'byDay');
    expect(Object.keys(days)).toHaveLength(7);
    expect([days['11-23'], days['11-24'], days['11-25']]).toEqual([{ 来电数: 5 }, { 来电数: 1 }, { 来电数: 0 }]);
    expect(tgt(r, 'workorders', 'satisfaction')).toMatchObject({ numerator: 1, denominator: 3 });
    expect(rows(r, 'workorders', 'satisfaction')).toEqual({ 满意: { 回访数: 1 }, 一般: { 回访数: 1 }, 不满意: { 回访数: 1 } });
  });

  it('exports a workbook whose summary carries the same figures', async () => {
    const x = await d.ok('reports.export', { kind: 'weekly', weekStart: '2026-11-23' });
    expect(x.filename).toBe('report-weekly-2026-11-23.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.base64, 'base64') as never);
    const summary = wb.worksheets[0];
    const cells: unknown[][] = [];
    summary.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    expect(cells[0]).toEqual(['前台周报 2026-11-23 至 2026-11-29']);
    expect(cells).toContainEqual(['三声内接听率 (5/6)', 5 / 6, 0.98, '未达标']);
    expect(wb.worksheets.map((w) => w.name)).toContain('派工-处理时长（小时）');
  });
});
