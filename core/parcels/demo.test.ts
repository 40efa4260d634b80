import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';
import { systemContext } from '../demo/context';
import { demoSeeders } from '../demo';
import { collectMatters } from '../handover/matters';

let desk: TestDesk;
beforeAll(async () => {
  desk = await makeDesk();
  for (const { seed } of demoSeeders) await seed(systemContext(desk.core));
}, 120_000);
afterAll(() => desk.close());

describe('parcels and lending demo data', () => {
  it('leaves parcels waiting, some to remind and some due for return, and history picked up', async () => {
    const waiting = await desk.ok('parcels.list');
    expect(waiting.length).toBeGreaterThan(3);
    expect(waiting.some((p: { returnDue: boolean }) => p.returnDue)).toBe(true);
    expect(waiting.some((p: { remind: boolean }) => p.remind)).toBe(true);
    expect((await desk.ok('parcels.list', { status: 'picked_up' })).length).toBeGreaterThan(20);
    const now = desk.clock();
    expect(waiting.every((p: { receivedAt: number }) => p.receivedAt <= now)).toBe(true);
  });

  it('has three items out, the 1201 key and a trolley overdue, listed first', async () => {
    const list = await desk.ok('keys.list');
    const out = list.filter((i: { loans: unknown[] }) => i.loans.length > 0);
    expect(out).toHaveLength(3);
    expect(list.slice(0, 2).map((i: { label: string }) => i.label).sort()).toEqual(['手推车', '空置房 2-1-1201']);
  });

  it('puts waiting parcels and loans out into the handover, overdue first', () => {
    const m = collectMatters(desk.db, desk.clock());
    expect(m.loansOut).toHaveLength(3);
    expect(m.loansOut[0]).toMatchObject({ overdue: true });
    expect(m.loansOut[2]).toMatchObject({ overdue: false, title: expect.stringContaining('赵电工') });
    expect(m.parcelsWaiting[0]).toMatchObject({ overdue: true, detail: expect.stringContaining('待退回') });
  });
});
