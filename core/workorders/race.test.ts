// Two desks that raced: events arrive from another desk through sync (here: written on a second
// connection, as the sync worker does) and the status is re-folded; nothing is lost.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { formatHlc, parseHlc } from '../../sync/hlc';
import { workOrderDesk, type WorkOrderDesk } from './fixtures.test-support';
import type { WorkOrderDetail } from './queries';
import { refreshFolds } from './projection';

let d: WorkOrderDesk;
beforeEach(async () => (d = await workOrderDesk()));
afterEach(() => d.close());

const act = (name: string, input: unknown) => d.ok<WorkOrderDetail>(name, input, d.reception);

/** Write an event as the sync worker would after a pull: its own connection, another desk's HLC. */
function remoteEvent(workOrderId: string, type: string, hlc: string, data: Record<string, unknown> = {}): string {
  const other = new Database(d.db.path);
  const id = uuidv7();
  other
    .prepare('INSERT INTO work_order_events (id, work_order_id, type, hlc, at, staff_id, data) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(id, workOrderId, type, hlc, d.clock(), null, JSON.stringify(data));
  other.close();
  return id;
}

describe('events from another desk', () => {
  it('a cancel here that raced an arrival confirmed at desk B is flagged, kept, and settled by a person', async () => {
    const o = await d.newOrder();
    const dispatched = await act('workOrders.dispatch', { id: o.id, workerId: d.workers.sun });
    const dispatchHlc = dispatched.events.find((e) => e.type === 'dispatched')!.hlc;
    const cancelled = await act('workOrders.cancel', { id: o.id, reason: '业主说不用修了' });
    expect(cancelled.status).toBe('cancelled');
    const cancelId = cancelled.events.find((e) => e.type === 'cancelled')!.id;

    // Desk B confirmed the arrival after the dispatch but before our cancel (by HLC), offline.
    remoteEvent(o.id, 'arrived', formatHlc({ ...parseHlc(dispatchHlc), node: 'deskB' }));

    const merged = await act('workOrders.get', { id: o.id });
    expect(merged.status).toBe('arrived');
    expect(merged.conflicts).toMatchObject([{ eventId: cancelId, type: 'cancelled', status: 'arrived', resolved: false }]);
    expect(merged.events.map((e) => [e.type, !!e.conflict])).toEqual([
      ['created', false],
      ['dispatched', false],
      ['arrived', false],
      ['cancelled', true],
    ]);
    expect(merged.openConflicts).toBe(1);
    const lists = await d.ok('workOrders.followUps', {}, d.reception);
    expect(lists.conflicts.map((c: { id: string }) => c.id)).toEqual([o.id]);

    const wrong = await d.desk('workOrders.resolveConflict', { id: o.id, eventId: uuidv7(), note: '核实' }, d.reception);
    expect(!wrong.ok && wrong.error.issues).toMatchObject([{ field: '冲突记录' }]);
    const settled = await act('workOrders.resolveConflict', { id: o.id, eventId: cancelId, note: '维修工已到场，继续维修' });
    expect(settled.openConflicts).toBe(0);
    expect(settled.conflicts).toMatchObject([{ eventId: cancelId, resolved: true }]);
    expect(settled.events).toHaveLength(5);
    expect((await d.ok('workOrders.followUps', {}, d.reception)).conflicts).toEqual([]);
  });

  it('an order pulled whole from another desk folds the same as where it was made', async () => {
    const o = await d.newOrder();
    await act('workOrders.dispatch', { id: o.id, workerId: d.workers.sun });
    await act('workOrders.complete', { id: o.id, result: '好了', slipReturned: true, signedByResident: true });
    await act('workOrders.callback', { id: o.id, satisfaction: 'unsatisfied', notes: '还漏' });
    const here = await act('workOrders.get', { id: o.id });
    // A fresh desk has no fold yet: rebuilding from the events alone gives the same answer.
    d.db.sqlite.exec('DELETE FROM work_order_fold; DELETE FROM work_order_fold_mark;');
    expect(refreshFolds(d.db)).toBe(1);
    expect(await act('workOrders.get', { id: o.id })).toEqual(here);
  });
});
