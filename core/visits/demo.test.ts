import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';
import { systemContext } from '../demo/context';
import { seedFoundationDemo } from '../demo/foundation';
import { seedVisitsDemo } from './demo';

let desk: TestDesk;
const n = (sql: string) => (desk.db.sqlite.prepare(sql).get() as { n: number }).n;
beforeAll(async () => {
  desk = await makeDesk();
  await seedFoundationDemo(systemContext(desk.core));
  await seedVisitsDemo(systemContext(desk.core));
}, 120_000);
afterAll(() => desk.close());

describe('visits demo data', () => {
  it('fills a month of visits, nothing in the future, some still on site this morning', async () => {
    expect(n('SELECT COUNT(*) AS n FROM visits')).toBeGreaterThan(300);
    expect(n(`SELECT COUNT(*) AS n FROM visits WHERE arrived_at > ${desk.clock()} OR departed_at > ${desk.clock()}`)).toBe(0);
    expect(n('SELECT COUNT(*) AS n FROM visits WHERE badge_returned = 0')).toBeGreaterThan(0);
    expect((await desk.ok('visits.search', { q: '138' })).visits.length).toBeGreaterThanOrEqual(0);
    expect(await desk.ok('blocklist.list')).toHaveLength(1);
  });
});
