import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, testClock, type TestDesk } from '../../tests/support/core';
import { at, bookOf, insertVisit } from '../reports/fixture.test-support';
import type { Report } from '../reports/build';

// Monday 2026-11-23 in Shanghai, closing time 18:00 (the default); the report is made a week later, so a
// visitor never signed out is past closing. Every expected figure is counted by hand from these rows.
let d: TestDesk;
beforeEach(async () => {
  d = await makeDesk({ clock: testClock(at(10, 0, 7)) });
  const db = d.db;
  insertVisit(db, { at: at(9, 10), purpose: 'business', departed: at(10) }); // complete
  insertVisit(db, { at: at(9, 40), purpose: 'business', party: 3, channel: 'kiosk', departed: at(18, 30) }); // complete, overstay
  insertVisit(db, { at: at(14), purpose: 'delivery', channel: 'kiosk', phone: null, departed: at(14, 10) }); // no phone
  insertVisit(db, { at: at(15), purpose: 'other', party: 2 }); // 'other' without a note; never signed out: overstay
  insertVisit(db, { at: at(16), purpose: 'personal', party: 5, name: null, phone: null, purged: true, departed: at(16, 30) }); // not judged
  insertVisit(db, { at: at(10, 0, 1), purpose: 'interview', channel: 'kiosk', departed: at(11, 0, 1) }); // Tuesday
  insertVisit(db, { at: at(23, 50, -1), purpose: 'business' }); // the day before
  insertVisit(db, { at: at(11), purpose: 'business', deleted: true });
});
afterEach(() => d.close());

const block = (r: Report) => bookOf(r, 'visits').block;
const figs = (r: Report) => bookOf(r, 'visits').figures();
const rows = (r: Report, key: string) => bookOf(r, 'visits').rows(key);

describe('visitor register in the reports', () => {
  it('counts the day’s visits, people, channels, overstays and completeness as by hand', async () => {
    const r = await d.ok<Report>('reports.daily', { date: '2026-11-23' });
    expect(block(r).title).toBe('访客');
    expect(figs(r)).toEqual({ visits: 5, people: 12, kiosk: 2, desk: 3, overstays: 2 });
    // Judged: the four unpurged visits; complete: the two business visits.
    expect(block(r).targets[0]).toMatchObject({ key: 'completeness', numerator: 2, denominator: 4, share: 0.5, target: 0.95, met: false });
    expect(rows(r, 'byPurpose')).toEqual({ 业务洽谈: [2, 4], 面试: [0, 0], 送货: [1, 1], 维修施工: [0, 0], 探访: [1, 5], 其他: [1, 2] });
    const hours = rows(r, 'byHour');
    expect([hours['09:00'], hours['14:00'], hours['15:00'], hours['16:00'], hours['10:00']]).toEqual([[2, 4], [1, 1], [1, 2], [1, 5], [0, 0]]);
    expect(rows(r, 'partySize')).toEqual({ '1 人': [2, 2], '2 人': [1, 2], '3 人': [1, 3], '4 人及以上': [1, 5] });
    expect(rows(r, 'channel')).toEqual({ 前台登记: [3], 自助登记: [2] });
  });

  it('covers the week day by day and puts completeness in the workbook against its target', async () => {
    const r = await d.ok<Report>('reports.weekly', { weekStart: '2026-11-23' });
    expect(figs(r)).toMatchObject({ visits: 6, people: 13, kiosk: 3 });
    expect(block(r).targets[0]).toMatchObject({ numerator: 3, denominator: 5, met: false });
    const days = rows(r, 'byDay');
    expect(Object.keys(days)).toHaveLength(7);
    expect([days['11-23'], days['11-24'], days['11-25']]).toEqual([[5, 12], [1, 1], [0, 0]]);

    const x = await d.ok('reports.export', { kind: 'weekly', weekStart: '2026-11-23' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.base64, 'base64') as never);
    const cells: unknown[][] = [];
    wb.worksheets[0].eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
    expect(cells).toContainEqual(['登记完整率 (3/5)', 0.6, 0.95, '未达标']);
    expect(wb.worksheets.map((w) => w.name)).toContain('访客-来访事由');
  });
});
