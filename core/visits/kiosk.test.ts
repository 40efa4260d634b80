import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

let desk: TestDesk;
let hostId: string;
beforeEach(async () => {
  desk = await makeDesk();
  ({ id: hostId } = await desk.ok('staff.upsert', { name: '刘芳', role: 'host', location: '2号楼 5F 行政部' }));
});
afterEach(() => desk.close());

const consent = { noticeVersion: '2026-11' };
const value = async <T = any>(name: string, input?: unknown): Promise<T> => {
  const a = await desk.kiosk<T>(name, input);
  if (!a.ok) throw new Error(`${name}: ${JSON.stringify(a.error)}`);
  return a.value;
};

describe('the kiosk', () => {
  it('lists hosts with where to find them', async () => {
    expect(await value('kiosk.hosts')).toEqual([expect.objectContaining({ id: hostId, name: '刘芳', location: '2号楼 5F 行政部' })]);
  });

  it('tells the privacy notice how long details are kept, as the desk set it', async () => {
    expect(await value('kiosk.notice')).toEqual({ retentionDays: 90 });
    await desk.ok('settings.set', { key: 'retentionDays', value: 30 });
    expect(await value('kiosk.notice')).toEqual({ retentionDays: 30 });
  });

  it('checks a new visitor in and hands back the badge with a QR; the desk hears of it, to print the badge', async () => {
    const alerts: unknown[] = [];
    desk.core.on('kiosk-alert', (p) => alerts.push(p));
    await desk.ok('visits.checkIn', { visitorName: '王五', phone: '13812349999', hostId, purpose: 'delivery', partySize: 1 });
    const r = await value('kiosk.checkIn', { visitorName: '张三', phone: '13812345678', hostId, purpose: 'delivery', partySize: 1, consent });
    // Only the kiosk's check-in: the desk prints its own as it registers.
    expect(alerts).toEqual([{ kind: 'checked-in', visitId: expect.any(String), badgeNo: r.badge.badgeNo, name: '张三' }]);
    expect(r).toMatchObject({ status: 'ok', badge: { visitorName: '张三', hostName: '刘芳', hostLocation: '2号楼 5F 行政部' } });
    expect(r.badge.qr).toMatch(/^data:image\/png/);
    const v = desk.db.sqlite.prepare("SELECT channel, consent_version AS c FROM visits WHERE channel = 'kiosk'").get();
    expect(v).toEqual({ channel: 'kiosk', c: '2026-11' });
  });

  it('refuses a new visitor without consent, naming the field', async () => {
    const a = await desk.kiosk('kiosk.checkIn', { visitorName: '张三', phone: '13812345678', hostId, purpose: 'delivery', partySize: 1 });
    expect(a.ok || a.error.issues!.map((i) => i.path[0])).toEqual(['consent']);
  });

  it('a returning visitor sees only their masked name, and checks in again with the token', async () => {
    await value('kiosk.checkIn', { visitorName: '张三丰', phone: '13812345678', hostId, purpose: 'business', partySize: 1, company: '武当', consent });
    const offer = await value('kiosk.lookupReturning', { phone: '13812345678' });
    expect(offer).toMatchObject({ found: true, maskedName: '张**', hostId, hostName: '刘芳', purpose: 'business' });
    expect(JSON.stringify(offer)).not.toMatch(/张三丰|武当|1381234/);
    const r = await value('kiosk.checkInReturning', { token: offer.token, consent });
    expect(r.badge.visitorName).toBe('张三丰');
    // The token is single use.
    const again = await desk.kiosk('kiosk.checkInReturning', { token: offer.token, consent });
    expect(again.ok).toBe(false);
    expect(await value('kiosk.lookupReturning', { phone: '13900000000' })).toEqual({ found: false });
  });

  it('sends a blocklisted visitor to the desk without saying why, and alerts the desk', async () => {
    await desk.ok('blocklist.add', { name: '李四', phone: '13900001111', reason: '曾强行闯入' });
    const alerts: unknown[] = [];
    desk.core.on('kiosk-alert', (p) => alerts.push(p));
    const r = await value('kiosk.checkIn', { visitorName: '李四', phone: '13900001111', hostId, purpose: 'other', partySize: 1, consent });
    expect(r).toEqual({ status: 'desk' });
    expect(alerts).toEqual([{ kind: 'blocklisted', name: '李四' }]);
    expect(desk.db.sqlite.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 0 });
  });

  it('signs out by badge number or phone; an unknown one hears the neutral message', async () => {
    const r = await value('kiosk.checkIn', { visitorName: '张三', phone: '13812345678', hostId, purpose: 'delivery', partySize: 1, consent });
    expect(await value('kiosk.checkOut', { badgeNo: r.badge.badgeNo })).toMatchObject({ maskedName: '张*' });
    const again = await desk.kiosk('kiosk.checkOut', { badgeNo: r.badge.badgeNo });
    expect(again.ok || again.error.message).toBe('没有找到您的登记，请到前台办理');
  });
});
