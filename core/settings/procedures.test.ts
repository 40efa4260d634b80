import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

let d: TestDesk;
beforeEach(async () => (d = await makeDesk()));
afterEach(() => d.close());

describe('settings', () => {
  it('returns defaults, stores site settings through the outbox and device settings locally', async () => {
    expect((await d.ok('settings.get')).retentionDays).toBe(90);
    const outbox = () => (d.db.sqlite.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
    const before = outbox();
    await d.ok('settings.set', { key: 'retentionDays', value: 120 });
    const afterSite = outbox();
    expect(afterSite).toBeGreaterThan(before);
    await d.ok('settings.set', { key: 'printer.badge', value: 'Zebra GK888t' });
    // The audit entry syncs, but the printer name itself never leaves this PC.
    const last = d.db.sqlite.prepare("SELECT fields FROM outbox WHERE tbl = 'settings' ORDER BY seq DESC LIMIT 1").get() as { fields: string };
    expect(last.fields).not.toContain('Zebra');
    const all = await d.ok('settings.get');
    expect([all.retentionDays, all['printer.badge']]).toEqual([120, 'Zebra GK888t']);
  });

  it('rejects a value of the wrong shape naming the value field, and unknown keys', async () => {
    const bad = await d.desk('settings.set', { key: 'retentionDays', value: -3 });
    expect(bad.ok || bad.error.issues?.[0].message).toMatch(/^设置值：/);
    const unknown = await d.desk('settings.set', { key: 'rm -rf', value: 1 });
    expect(unknown.ok || unknown.error.issues?.[0].path).toEqual(['key']);
    expect((await d.ok('settings.get')).retentionDays).toBe(90);
  });
  it('leaves the site rules to the supervisor; a receptionist sets this PC and the language', async () => {
    const staff = await d.ok('staff.upsert', { name: '李前台', role: 'reception', pin: '2468' });
    const reception = await d.signIn(staff.id, '2468');
    const refused = await d.desk('settings.set', { key: 'retentionDays', value: 7 }, reception);
    expect(refused.ok || refused.error.code).toBe('forbidden');
    expect((await d.ok('settings.get')).retentionDays).toBe(90);
    await d.ok('settings.set', { key: 'printer.badge', value: 'Zebra' }, reception);
    await d.ok('settings.set', { key: 'locale', value: 'en' }, reception);
    expect((await d.ok('settings.get'))['printer.badge']).toBe('Zebra');
  });
});

describe('system.status', () => {
  it('reports the outbox waiting for the hub and its oldest age', async () => {
    const s = await d.ok('system.status');
    expect(s.outbox.pending).toBeGreaterThan(0);
    d.clock.advance(5_000);
    const later = await d.ok('system.status');
    expect(later.outbox.oldestPendingAgeMs).toBeGreaterThanOrEqual(5_000);
    expect(later.dbPath).toBe(d.db.path);
  });
});
