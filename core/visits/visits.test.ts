import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

let desk: TestDesk;
let hostId: string;
beforeEach(async () => {
  desk = await makeDesk();
  ({ id: hostId } = await desk.ok('staff.upsert', { name: '张伟', role: 'host', extension: '8801', location: '2号楼 8F' }));
});
afterEach(() => desk.close());

const visitor = (over: Record<string, unknown> = {}) => ({
  visitorName: '张三', phone: '13812345678', hostId, purpose: 'business', partySize: 2, ...over,
});
const checkIn = (over: Record<string, unknown> = {}) => desk.ok('visits.checkIn', visitor(over));
const consent = { noticeVersion: '2026-11' };

describe('visits.checkIn', () => {
  it('registers a visitor with a badge number, the host and where to find them, phone masked', async () => {
    const v = await checkIn();
    expect(v.badgeNo).toMatch(/^HZ01-\d{6}-A\d{3}$/);
    expect(v).toMatchObject({ visitorName: '张三', phoneMasked: '138****5678', hostName: '张伟', hostLocation: '2号楼 8F', partySize: 2, departedAt: null });
    expect(v).not.toHaveProperty('phoneSealed');
    expect((await desk.ok('visits.get', { id: v.id })).phone).toBe('13812345678');
  });

  it('keeps the ID number only encrypted: the database file never holds it in clear, nor the outbox', async () => {
    const v = await checkIn({ idNumber: '11010519491231002x', consent });
    expect(v.idMasked).toBe('1101**********002X');
    const raw = desk.db.sqlite.prepare('SELECT * FROM visits').all();
    const outbox = desk.db.sqlite.prepare('SELECT fields FROM outbox').all();
    for (const text of [JSON.stringify(raw), JSON.stringify(outbox)]) {
      expect(text).not.toContain('11010519491231002X');
      expect(text).not.toContain('13812345678');
    }
    expect(JSON.stringify(outbox)).toContain('138****5678');
  });

  it('refuses a wrong ID check digit, an emoji name and a bad phone, naming the field and writing nothing', async () => {
    const before = desk.db.sqlite.prepare('SELECT count(*) AS n FROM visits').get();
    const a = await desk.desk('visits.checkIn', visitor({ visitorName: '张三😀', phone: '1381234', idNumber: '110105194912310021', consent }));
    expect(a.ok).toBe(false);
    if (!a.ok) {
      const fields = a.error.issues!.map((i) => i.field);
      expect(fields).toEqual(expect.arrayContaining(['访客姓名', '电话', '证件号码']));
      expect(a.error.issues!.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['visitorName', 'phone', 'idNumber']));
    }
    expect(desk.db.sqlite.prepare('SELECT count(*) AS n FROM visits').get()).toEqual(before);
  });

  it('warns about a blocklisted visitor and saves only when the desk confirms, recording an incident', async () => {
    await desk.ok('blocklist.add', { name: '李四', phone: '13900001111', reason: '曾强行闯入' });
    const a = await desk.desk('visits.checkIn', visitor({ visitorName: '李小四', phone: '13900001111' }));
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.error).toMatchObject({ code: 'conflict', message: expect.stringContaining('曾强行闯入') });
    const v = await checkIn({ visitorName: '李小四', phone: '13900001111', overrideBlocklist: true });
    expect(v.id).toBeTruthy();
    expect(desk.db.sqlite.prepare("SELECT kind FROM visit_incidents").all()).toEqual([{ kind: 'blocklisted' }]);
    const list = await desk.ok('blocklist.list');
    expect(list[0]).toMatchObject({ name: '李四', phoneMasked: '139****1111' });
    await desk.ok('blocklist.remove', { id: list[0].id });
    expect(await desk.ok('blocklist.list')).toEqual([]);
  });
});

describe('visits.checkOut', () => {
  it('signs out by badge number, refuses a double sign-out and an unknown badge', async () => {
    const v = await checkIn();
    desk.clock.advance(45 * 60_000);
    const out = await desk.ok('visits.checkOut', { badgeNo: v.badgeNo, badgeReturned: false });
    expect(out.departedAt).toBe(desk.clock());
    expect(out.badgeReturned).toBe(false);
    const again = await desk.desk('visits.checkOut', { visitId: v.id });
    expect(again.ok || again.error.code).toBe('conflict');
    const unknown = await desk.desk('visits.checkOut', { badgeNo: 'HZ01-000000-Z999' });
    expect(unknown.ok || unknown.error.code).toBe('not_found');
    // The badge not handed back is a matter for the next shift.
    const draft = await desk.ok('handover.draft');
    expect(JSON.stringify(draft)).toContain(v.badgeNo);
  });

  it('signs out by phone the visitor still inside', async () => {
    const v = await checkIn();
    const out = await desk.ok('visits.checkOut', { phone: '138 1234 5678' });
    expect(out.id).toBe(v.id);
  });
});

describe('on site, search and corrections', () => {
  it('lists who is inside with time on site and flags them after closing time', async () => {
    await checkIn();
    desk.clock.advance(30 * 60_000);
    const [one] = await desk.ok('visits.onSite');
    expect(one).toMatchObject({ visitorName: '张三', minutesOnSite: 30, overdue: false });
    desk.clock.advance(10 * 3_600_000); // 19:30 local
    expect((await desk.ok('visits.onSite'))[0].overdue).toBe(true);
  });

  it('finds a visitor by pinyin initials, phone, last four digits and company', async () => {
    const v = await checkIn({ company: '顺丰速运' });
    await checkIn({ visitorName: '李雷', phone: '13698765432' });
    const ids = async (q: string) => (await desk.ok('visits.search', { q })).visits.map((x: { id: string }) => x.id);
    expect(await ids('zs')).toEqual([v.id]);
    expect(await ids('13812345678')).toEqual([v.id]);
    expect(await ids('5678')).toEqual([v.id]);
    expect(await ids('顺丰')).toEqual([v.id]);
    expect(await ids('张')).toEqual([v.id]);
  });

  it('finds a visitor by the start of the full pinyin as well as by the initials', async () => {
    const v = await checkIn();
    await checkIn({ visitorName: '李雷', phone: '13698765432' });
    const ids = async (q: string) => (await desk.ok('visits.search', { q })).visits.map((x: { id: string }) => x.id);
    expect(await ids('zhang')).toEqual([v.id]);
    expect(await ids('zhangsan')).toEqual([v.id]);
    expect(await ids('zs')).toEqual([v.id]);
    expect(await ids('wang')).toEqual([]);
  });

  it('corrects a visit and keeps the old values in the audit trail', async () => {
    const v = await checkIn();
    await desk.ok('visits.update', { id: v.id, visitorName: '章三', partySize: 3 });
    const audit = desk.db.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'visits.update'").get() as { detail: string };
    expect(JSON.parse(audit.detail)).toEqual({ was: { visitorName: '张三', partySize: 2 }, now: { visitorName: '章三', partySize: 3 } });
  });
});

describe('appointments, incidents, export and retention', () => {
  it('an invitation checks the visitor in at the kiosk with its code, once', async () => {
    const appt = await desk.ok('visits.preRegister', { visitorName: '王五', phone: '13711112222', hostId, purpose: 'interview', expectedAt: desk.clock() + 3_600_000 });
    expect(appt.code).toMatch(/^\d{6}$/);
    expect(appt.qr).toMatch(/^data:image\/png/);
    expect((await desk.ok('visits.appointments'))[0]).toMatchObject({ visitorName: '王五', visitId: null });
    const a = await desk.kiosk('kiosk.checkInByCode', { code: appt.code, consent });
    expect(a.ok && a.value).toMatchObject({ status: 'ok', badge: { visitorName: '王五', hostName: '张伟' } });
    const again = await desk.kiosk('kiosk.checkInByCode', { code: appt.code, consent });
    expect(again.ok).toBe(false);
  });

  it('records a forced entry as a complaint case escalated to a supervisor at once', async () => {
    const out = await desk.ok('visits.refused', { kind: 'forced', description: '未登记强行进入 2 号楼' });
    expect(desk.db.sqlite.prepare('SELECT kind, case_id AS caseId FROM visit_incidents WHERE id = ?').get(out.id)).toEqual({ kind: 'forced', caseId: out.caseId });
    const c = await desk.ok('cases.get', { id: out.caseId });
    expect(c).toMatchObject({ number: out.caseNumber, source: 'visit', complainantName: '身份不明人员', summary: '强行进入：未登记强行进入 2 号楼', escalatedTo: desk.supervisorId, status: 'open' });
    expect(c.notes.at(-1)).toMatchObject({ kind: 'escalated', text: '前台拒绝登记/强行进入事件，已升级至主管 王主管' });
  });

  it('refuses an incident without a description, naming the field and opening no case', async () => {
    const r = await desk.desk('visits.refused', { kind: 'refused', description: '', personName: '李四' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues!.map((i) => i.field)).toHaveLength(1);
    expect(desk.db.sqlite.prepare('SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM visit_incidents) AS n').get()).toEqual({ n: 0 });
  });

  it('exports a day to XLSX and CSV with masked phones, audited', async () => {
    await checkIn({ company: '=HYPERLINK("x")' });
    const out = await desk.ok('visits.export', { from: desk.clock() - 3_600_000, to: desk.clock() + 3_600_000 });
    expect(out.rows).toBe(1);
    expect(out.csv).toContain('138****5678');
    expect(out.csv).toContain("'=HYPERLINK");
    expect(Buffer.from(out.xlsx, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(desk.db.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'visits.export'").get()).toEqual({ n: 1 });
  });

  it('purges personal data past the retention period and keeps the counts', async () => {
    const old = await checkIn({ idType: 'passport', idNumber: 'E12345678', consent, company: '顺丰', items: '笔记本电脑' });
    desk.clock.advance(91 * 86_400_000);
    desk.token = await desk.signIn(desk.supervisorId, '1234');
    const fresh = await desk.ok('visits.checkIn', visitor({ visitorName: '李雷', phone: '13698765432' }), desk.token);
    expect(await desk.ok('visits.purge', undefined, desk.token)).toEqual({ purged: 1 });
    const row = desk.db.sqlite.prepare('SELECT * FROM visits WHERE id = ?').get(old.id) as Record<string, unknown>;
    expect(row).toMatchObject({ visitor_name: null, phone_masked: null, phone_sealed: null, phone_index: null, id_sealed: null, id_masked: null, company: null, items: null, host_name: '张伟', party_size: 2 });
    expect((await desk.ok('visits.get', { id: fresh.id }, desk.token)).visitorName).toBe('李雷');
    expect(desk.db.sqlite.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 2 });
    // The returning-visitor look-up forgets the purged visitor too.
    const k = await desk.kiosk('kiosk.lookupReturning', { phone: '13812345678' });
    expect(k.ok && k.value).toEqual({ found: false });
  });
});
