import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';
import { demoSeeders } from '../demo';
import { systemContext } from '../demo/context';
import { localDay } from './day';

let d: TestDesk;
beforeEach(async () => (d = await makeDesk()));
afterEach(() => d.close());

const seed = async () => {
  for (const s of demoSeeders) await s.seed(systemContext(d.core));
};

describe('work-order demo data', () => {
  it('fills a month with orders in every status, consistent with their own history', async () => {
    await seed();
    const byStatus = Object.fromEntries(
      (d.db.sqlite.prepare('SELECT status, COUNT(*) AS n FROM work_order_fold GROUP BY status').all() as { status: string; n: number }[]).map((r) => [r.status, r.n]),
    );
    for (const s of ['new', 'dispatched', 'arrived', 'completed', 'closed', 'rework', 'cancelled']) expect(byStatus[s], s).toBeGreaterThan(0);
    const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(200);
    const span = d.db.sqlite.prepare('SELECT MIN(created_at) AS lo, MAX(created_at) AS hi FROM work_orders').get() as { lo: number; hi: number };
    expect(span.hi - span.lo).toBeGreaterThan(29 * 86_400_000);
    expect(span.hi).toBeLessThanOrEqual(d.clock());
    expect((d.db.sqlite.prepare('SELECT COUNT(*) AS n FROM work_order_fold WHERE open_conflicts > 0').get() as { n: number }).n).toBe(0);

    const lists = await d.ok('workOrders.followUps', {});
    expect(lists.callbacksDue.length).toBeGreaterThan(0);
    expect(lists.slipsOut.length).toBeGreaterThan(0);
    // The order waiting for rework is in the report of the day it was called back.
    const waiting = (await d.ok('workOrders.list', { status: 'rework' })).items[0];
    const callback = (await d.ok('workOrders.get', { id: waiting.id })).events.find((e: { type: string }) => e.type === 'called_back');
    const report = await d.ok('workOrders.reworkReport', { day: localDay(callback.at, 'Asia/Shanghai') });
    expect(report.items.map((i: { order: { id: string } }) => i.order.id)).toContain(waiting.id);
  });

  it('seeds only once', async () => {
    await seed();
    const n = (d.db.sqlite.prepare('SELECT COUNT(*) AS n FROM work_orders').get() as { n: number }).n;
    await seed();
    expect((d.db.sqlite.prepare('SELECT COUNT(*) AS n FROM work_orders').get() as { n: number }).n).toBe(n);
  });
});
