import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';
import { systemContext } from '../demo/context';
import { demoSeeders } from '../demo';
import { arrivalChecks, callbacksDue, slipsOut } from '../workorders/followups';

let desk: TestDesk;
const ids = (sql: string) => (desk.db.sqlite.prepare(sql).all() as { id: string }[]).map((r) => r.id).sort();

beforeAll(async () => {
  desk = await makeDesk();
  for (const { seed } of demoSeeders) await seed(systemContext(desk.core));
}, 120_000);
afterAll(() => desk.close());

it('drafts exactly the open matters of the demo books, every kind covered', async () => {
  const draft = await desk.ok('handover.draft');
  const keys = (kind: string, prefix: string) => (draft.matters[kind] as { key: string }[]).map((m) => m.key.slice(prefix.length)).sort();

  expect(keys('openMessages', 'message:')).toEqual(ids('SELECT id FROM call_messages WHERE callback_done_at IS NULL AND deleted_at IS NULL'));
  expect(keys('openCases', 'case:')).toEqual(ids('SELECT id FROM cases WHERE closed_at IS NULL AND deleted_at IS NULL'));
  expect(keys('openWorkOrders', 'workOrder:')).toEqual(
    ids(`SELECT work_order_id AS id FROM work_order_fold WHERE status IN ('new', 'dispatched', 'arrived', 'completed', 'rework')`),
  );
  const now = desk.clock();
  expect(keys('workOrderSlipsOut', 'slip:')).toEqual(slipsOut(desk.db, now).map((o) => o.id).sort());
  for (const kind of ['openMessages', 'openCases', 'openWorkOrders', 'workOrderSlipsOut']) expect(draft.matters[kind].length, kind).toBeGreaterThan(0);

  // Arrival checks and callbacks due, and rework, are open orders flagged with their due time.
  const orders = new Map((draft.matters.openWorkOrders as { key: string; due: number | null; overdue: boolean; title: string }[]).map((m) => [m.key.slice(10), m]));
  const due = [...arrivalChecks(desk.db, now), ...callbacksDue(desk.db, now)];
  expect(due.length).toBeGreaterThan(0);
  for (const f of due) expect(orders.get(f.id)?.due).toBe(f.dueAt);
  const rework = [...orders.values()].filter((m) => m.title.includes('待返工'));
  expect(rework.length).toBeGreaterThan(0);
  expect(rework.every((m) => m.overdue)).toBe(true);
  expect(Object.keys(draft.kinds).sort()).toEqual(Object.keys(draft.matters).sort());
});
