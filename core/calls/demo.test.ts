import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';
import { systemContext } from '../demo/context';
import { demoSeeders } from '../demo';
import { deskKpis } from './kpis';

let desk: TestDesk;
const n = (sql: string) => (desk.db.sqlite.prepare(sql).get() as { n: number }).n;

beforeAll(async () => {
  desk = await makeDesk();
  for (const { seed } of demoSeeders) await seed(systemContext(desk.core));
}, 120_000);
afterAll(() => desk.close());

describe('calls demo data', () => {
  it('fills a directory of hundreds of households and a month of calls, nothing in the future', () => {
    expect(n('SELECT COUNT(*) AS n FROM residents')).toBeGreaterThanOrEqual(400);
    expect(n('SELECT COUNT(*) AS n FROM calls')).toBeGreaterThan(600);
    const now = desk.clock();
    expect(n(`SELECT COUNT(*) AS n FROM calls WHERE received_at > ${now}`)).toBe(0);
    expect(n(`SELECT COUNT(*) AS n FROM call_messages WHERE delivered_at > ${now} OR callback_done_at > ${now}`)).toBe(0);
    expect(n(`SELECT COUNT(*) AS n FROM calls WHERE received_at < ${now - 29 * 86_400_000}`)).toBeGreaterThan(0);
  });

  it('has messages in every state and complaints open, closed and escalated', async () => {
    expect(n('SELECT COUNT(*) AS n FROM call_messages WHERE callback_done_at IS NOT NULL')).toBeGreaterThan(50);
    const open = await desk.ok('messages.open');
    expect(open.length).toBeGreaterThan(0);
    expect(n('SELECT COUNT(*) AS n FROM cases WHERE closed_at IS NOT NULL')).toBeGreaterThan(5);
    expect(n('SELECT COUNT(*) AS n FROM cases WHERE escalated_at IS NOT NULL')).toBeGreaterThan(0);
    expect((await desk.ok('calls.list')).calls.length).toBeGreaterThan(0);
  });

  it('gives service figures a supervisor would believe', () => {
    const now = desk.clock();
    const k = deskKpis(desk.db, now - 30 * 86_400_000, now, now);
    expect(k.withinThreeRingsShare).toBeGreaterThan(0.85);
    expect(k.withinThreeRingsShare).toBeLessThan(1);
    expect(k.deliveredOnTimeShare).toBeGreaterThan(0.8);
    expect(k.deliveredOnTimeShare).toBeLessThan(1);
    expect(k.complaints).toBeGreaterThan(10);
  });

  it('seeds once: running it again adds nothing', async () => {
    const before = n('SELECT COUNT(*) AS n FROM calls');
    for (const { seed } of demoSeeders) await seed(systemContext(desk.core));
    expect(n('SELECT COUNT(*) AS n FROM calls')).toBe(before);
  });
});
