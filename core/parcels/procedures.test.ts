import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

const DAY = 86_400_000;
let desk: TestDesk;
beforeEach(async () => {
  desk = await makeDesk();
  token = undefined;
});
afterEach(() => desk.close());

const resident = () => desk.ok('residents.upsert', { name: '李明', building: '3栋', unit: '2单元', room: '301', phone: '13800000001' });
const receive = async (over: Record<string, unknown> = {}) => {
  const r = await resident();
  return desk.ok('parcels.receive', { trackingNo: 'sf1234567890\n', courier: 'sf', recipient: { kind: 'resident', id: r.id }, shelf: 'A-3', ...over });
};
/** Days pass: the desk's session has timed out, so sign in again. */
const later = async (ms: number) => {
  desk.clock.advance(ms);
  token = await desk.signIn(desk.supervisorId, '1234');
};
let token: string | undefined;
const ok = (name: string, input?: unknown) => desk.ok(name, input, token);
const count = () => (desk.db.sqlite.prepare('SELECT COUNT(*) AS n FROM parcels').get() as { n: number }).n;

describe('parcels.receive', () => {
  it('registers a scanned parcel for a resident and gives a six-digit pick-up code', async () => {
    const p = await receive();
    expect(p.code).toMatch(/^\d{6}$/);
    const got = await desk.ok('parcels.get', { id: p.id });
    // The scanner's trailing Enter is not part of the number; letters are kept upper-case.
    expect(got).toMatchObject({ trackingNo: 'SF1234567890', recipientName: '李明', recipientPhone: '13800000001', shelf: 'A-3', status: 'waiting' });
  });

  it('takes a staff member or a stranger as recipient, and refuses an unknown one by naming the field', async () => {
    await desk.ok('parcels.receive', { trackingNo: 'YT0001', courier: 'yto', recipient: { kind: 'staff', id: desk.supervisorId } });
    await desk.ok('parcels.receive', { trackingNo: 'YT0002', courier: 'yto', recipient: { kind: 'other', name: '新租户', phone: '13900000000' } });
    const bad = await desk.desk('parcels.receive', { trackingNo: 'YT0003', courier: 'yto', recipient: { kind: 'resident', id: '0193a000-0000-7000-8000-000000000009' } });
    expect(!bad.ok && bad.error.issues?.[0].message).toBe('收件人：找不到该收件人');
    const noNumber = await desk.desk('parcels.receive', { trackingNo: ' ', courier: 'yto', recipient: { kind: 'other', name: '新租户' } });
    expect(!noNumber.ok && noNumber.error.issues?.[0].field).toBe('快递单号');
    expect(count()).toBe(2);
  });
});

describe('parcels.pickUp', () => {
  it('signs a parcel out with its code, and refuses a second pick-up saying who took it', async () => {
    const p = await receive();
    const wrong = await desk.desk('parcels.pickUp', { id: p.id, pickedUpBy: '李明', pickupCode: p.code === '000000' ? '111111' : '000000' });
    expect(!wrong.ok && wrong.error.issues?.[0].message).toBe('取件码：取件码不正确');
    await desk.ok('parcels.pickUp', { id: p.id, pickedUpBy: '李明', pickupCode: p.code });
    expect(await desk.ok('parcels.get', { id: p.id })).toMatchObject({ status: 'picked_up', pickedUpBy: '李明', pickedUpCheck: 'code' });
    const again = await desk.desk('parcels.pickUp', { id: p.id, pickedUpBy: '王五', idChecked: true });
    expect(!again.ok && again.error.code).toBe('conflict');
    expect(!again.ok && again.error.message).toContain('李明');
    expect((await desk.ok('parcels.list')).length).toBe(0);
  });

  it('needs the code or an ID check', async () => {
    const p = await receive();
    const none = await desk.desk('parcels.pickUp', { id: p.id, pickedUpBy: '李明' });
    expect(!none.ok && none.error.code).toBe('invalid');
    await desk.ok('parcels.pickUp', { id: p.id, pickedUpBy: '李明的妻子', idChecked: true });
    expect((await desk.ok('parcels.get', { id: p.id })).pickedUpCheck).toBe('id');
  });
});

describe('reminders, notify and return', () => {
  it('flags a parcel to remind at 3 days until told again, and due for return at 7 days', async () => {
    const p = await receive();
    await ok('parcels.notify', { id: p.id, channel: 'sms' });
    await later(3 * DAY);
    expect((await ok('parcels.list'))[0]).toMatchObject({ remind: true, returnDue: false });
    await ok('parcels.notify', { id: p.id, channel: 'phone' });
    expect((await ok('parcels.list'))[0]).toMatchObject({ remind: false, notifyCount: 2, notifyChannel: 'phone' });
    await later(4 * DAY);
    expect((await ok('parcels.list'))[0]).toMatchObject({ returnDue: true });
    await ok('parcels.return', { id: p.id, reason: '超过 7 天无人领取' });
    expect(await ok('parcels.list')).toEqual([]);
    expect((await ok('parcels.list', { status: 'returned' }))[0]).toMatchObject({ returnReason: '超过 7 天无人领取' });
    const pick = await desk.desk('parcels.pickUp', { id: p.id, pickedUpBy: '李明', pickupCode: p.code }, token);
    expect(!pick.ok && pick.error.message).toBe('该快递已退回快递公司');
  });

  it('lists return-due first, then to remind, then the rest', async () => {
    const old = await receive({ trackingNo: 'ZT0001', courier: 'zto' });
    await later(4 * DAY);
    const mid = await ok('parcels.receive', { trackingNo: 'ZT0002', courier: 'zto', recipient: { kind: 'other', name: '张三' } });
    await later(3 * DAY);
    const fresh = await ok('parcels.receive', { trackingNo: 'ZT0003', courier: 'zto', recipient: { kind: 'other', name: '王五' } });
    expect((await ok('parcels.list')).map((p: { id: string }) => p.id)).toEqual([old.id, mid.id, fresh.id]);
  });
});

describe('parcels.search', () => {
  it('finds a waiting parcel by its code, and any by tracking number, name pinyin or phone', async () => {
    const p = await receive();
    expect((await desk.ok('parcels.search', { q: p.code })).map((r: { id: string }) => r.id)).toEqual([p.id]);
    for (const q of ['567890', 'lm', 'liming', '0001']) expect((await desk.ok('parcels.search', { q })).length, q).toBe(1);
    const found = await desk.ok('parcels.recipients', { q: 'lm' });
    expect(found[0]).toMatchObject({ kind: 'resident', name: '李明', detail: '3栋2单元301' });
  });
});
