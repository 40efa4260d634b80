import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, testClock, type TestDesk } from '../../tests/support/core';
import { at, bookOf, insertLoan, insertParcel } from '../reports/fixture.test-support';
import type { Report } from '../reports/build';
import { median } from './report';

// Monday 2026-11-23 in Shanghai; the report is made a week later. Expected figures counted by hand.
let d: TestDesk;
beforeEach(async () => {
  d = await makeDesk({ clock: testClock(at(10, 0, 7)) });
  const db = d.db;
  const me = d.supervisorId;
  insertParcel(db, { courier: 'sf', at: at(9), picked: at(11), receivedBy: me }); // waited 2 h
  insertParcel(db, { courier: 'sf', at: at(10), picked: at(10, 0, 1), receivedBy: me }); // 24 h, picked up Tuesday
  insertParcel(db, { courier: 'zto', at: at(12), returned: at(17), receivedBy: me });
  insertParcel(db, { courier: 'zto', at: at(9, 0, -3), picked: at(15), receivedBy: me }); // 78 h, received before the week
  insertParcel(db, { courier: 'yto', at: at(16), receivedBy: me }); // still waiting
  insertLoan(db, { kind: 'key', at: at(9), due: at(12), back: at(11), lentBy: me }); // on time
  insertLoan(db, { kind: 'key', at: at(10), due: at(12), back: at(13), lentBy: me }); // late
  insertLoan(db, { kind: 'umbrella', at: at(14), due: at(14, 0, 1), lentBy: me }); // never back: overdue
  insertLoan(db, { kind: 'key', at: at(9, 0, 1), due: at(10, 0, 1), back: at(9, 30, 1), lentBy: me }); // Tuesday, on time
});
afterEach(() => d.close());

const block = (r: Report) => bookOf(r, 'parcels').block;
const figs = (r: Report) => bookOf(r, 'parcels').figures();
const rows = (r: Report, key: string) => bookOf(r, 'parcels').rows(key);

describe('parcels and loans in the reports', () => {
  it('counts each parcel event on the day it happened, with the median wait and the loans', async () => {
    const r = await d.ok<Report>('reports.daily', { date: '2026-11-23' });
    expect(block(r).title).toBe('快递与借用');
    // Picked up today: the 2 h parcel and the one from last Friday (78 h): median 40 h.
    expect(figs(r)).toEqual({ received: 4, pickedUp: 2, returned: 1, medianWait: 40, keyLoans: 2, loans: 3, overdueLoans: 2 });
    expect(rows(r, 'byCourier')).toEqual({ 圆通: [1], 顺丰: [2], 中通: [1] });
  });

  it('covers the week day by day', async () => {
    const r = await d.ok<Report>('reports.weekly', { weekStart: '2026-11-23' });
    expect(figs(r)).toEqual({ received: 4, pickedUp: 3, returned: 1, medianWait: 24, keyLoans: 3, loans: 4, overdueLoans: 2 });
    const days = rows(r, 'byDay');
    expect([days['11-23'], days['11-24'], days['11-25']]).toEqual([[4, 2, 1], [0, 1, 0], [0, 0, 0]]);
  });

  it('reports no median when nothing was picked up', () => {
    expect([median([]), median([5]), median([3, 1, 2]), median([4, 1, 3, 2])]).toEqual([null, 5, 2, 2.5]);
  });
});
