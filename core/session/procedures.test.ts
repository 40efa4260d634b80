import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../../tests/support/core';

let d: TestDesk;
let receptionId: string;
beforeEach(async () => {
  d = await makeDesk();
  receptionId = (await d.ok('staff.upsert', { name: '李静', role: 'reception', pin: '2468' })).id;
});
afterEach(() => d.close());

const auditActions = () =>
  (d.db.sqlite.prepare('SELECT action FROM audit_log ORDER BY at, rowid').all() as { action: string }[]).map((r) => r.action);

describe('session.signIn', () => {
  it('gives a token that opens desk procedures, and signOut closes them again', async () => {
    const token = await d.signIn(receptionId, '2468');
    expect((await d.desk('session.me', {}, token)).ok && (await d.ok('session.me', {}, token)).staff.name).toBe('李静');
    expect((await d.desk('system.status', {}, token)).ok).toBe(true);
    await d.desk('session.signOut', {}, token);
    const after = await d.desk('system.status', {}, token);
    expect(after.ok || after.error.code).toBe('unauthenticated');
  });

  it('refuses a wrong PIN with the tries left, locks for 60 s after 5, and audit-logs it', async () => {
    for (let i = 1; i <= 4; i++) {
      const a = await d.anon('session.signIn', { staffId: receptionId, pin: '0000' });
      expect(a.ok || a.error.message).toContain(`${5 - i}`);
    }
    const fifth = await d.anon('session.signIn', { staffId: receptionId, pin: '0000' });
    expect(fifth.ok || fifth.error.message).toMatch(/60 秒/);
    // Even the right PIN is refused while locked.
    const locked = await d.anon('session.signIn', { staffId: receptionId, pin: '2468' });
    expect(locked.ok || locked.error.code).toBe('forbidden');
    d.clock.advance(61_000);
    expect((await d.anon('session.signIn', { staffId: receptionId, pin: '2468' })).ok).toBe(true);
    expect(auditActions().filter((a) => a === 'pin.wrong')).toHaveLength(4);
    expect(auditActions()).toContain('pin.locked');
  });

  it('answers in English when the caller asks for it', async () => {
    const a = await d.call('session.signIn', { staffId: receptionId, pin: '0000' }, { window: 'desk', locale: 'en' });
    expect(a.ok || a.error.message).toBe('Wrong PIN (4 tries left)');
  });

  it('names the field of a bad input', async () => {
    const a = await d.anon('session.signIn', { staffId: 'not-an-id', pin: '1' });
    expect(a.ok).toBe(false);
    if (a.ok) return;
    expect(a.error.code).toBe('invalid');
    expect(a.error.issues?.[0].path).toEqual(['staffId']);
    expect(a.error.issues?.[0].message).toMatch(/^员工：/);
  });
});
