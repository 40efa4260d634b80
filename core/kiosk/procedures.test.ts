import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';
import { isKioskToken, PAIRING_TTL_MS } from './procedures';

let d: TestDesk;
beforeEach(async () => (d = await makeDesk()));
afterEach(() => d.close());

describe('kiosk pairing', () => {
  it('trades a one-time code for a kiosk token, once', async () => {
    const pair = await d.ok<{ code: string; qr: string; url: string }>('kiosk.pair', { baseUrl: 'http://192.168.1.10:5177' });
    expect(pair.code).toMatch(/^\d{6}$/);
    expect(pair.qr).toMatch(/^data:image\/png;base64,/);
    expect(pair.url).toBe(`http://192.168.1.10:5177/kiosk?pair=${pair.code}`);
    const lan = { window: 'lan' as const };
    const claim = await d.call<{ token: string }>('kiosk.claim', { code: pair.code }, lan);
    expect(claim.ok).toBe(true);
    expect(claim.ok && isKioskToken(d.db, claim.value.token)).toBe(true);
    const again = await d.call('kiosk.claim', { code: pair.code }, lan);
    expect(again.ok || again.error.code).toBe('forbidden');
  });

  it('refuses an expired code', async () => {
    const pair = await d.ok<{ code: string }>('kiosk.pair');
    d.clock.advance(PAIRING_TTL_MS + 1);
    const claim = await d.call('kiosk.claim', { code: pair.code }, { window: 'lan' });
    expect(claim.ok || claim.error.message).toBe('配对码无效或已过期');
  });

  it('keeps the kiosk away from desk procedures', async () => {
    for (const name of ['kiosk.pair', 'staff.upsert', 'settings.get', 'system.status']) {
      const a = await d.kiosk(name, {});
      expect(a.ok || a.error.code).toBe('forbidden');
    }
  });
});

describe('kiosk.exit', () => {
  it('needs a reception or supervisor PIN, and is locked out like sign-in', async () => {
    const worker = (await d.ok('staff.upsert', { name: '孙强', role: 'worker', pin: '5678' })).id;
    const byWorker = await d.kiosk('kiosk.exit', { staffId: worker, pin: '5678' });
    expect(byWorker.ok || byWorker.error.code).toBe('forbidden');
    for (let i = 0; i < 5; i++) await d.kiosk('kiosk.exit', { staffId: d.supervisorId, pin: '0000' });
    const locked = await d.kiosk('kiosk.exit', { staffId: d.supervisorId, pin: '1234' });
    expect(locked.ok || locked.error.message).toMatch(/秒后再试/);
    d.clock.advance(61_000);
    expect(await d.kiosk('kiosk.exit', { staffId: d.supervisorId, pin: '1234' })).toEqual({ ok: true, value: { exited: true } });
    const fromDesk = await d.desk('kiosk.exit', { staffId: d.supervisorId, pin: '1234' });
    expect(fromDesk.ok || fromDesk.error.code).toBe('forbidden');
  });
});
