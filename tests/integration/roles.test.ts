// The role matrix: every procedure of the table x every kind of caller. A caller the table does not
// admit is refused at the door (forbidden, or unauthenticated for a signed-out desk) before its
// input is even read, and nothing in the database changes; one it admits is never refused for who
// it is. New procedures are walked automatically.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kioskProcedureNames } from '../../electron/kiosk-procedures';
import { allCallers, mayCall, refusalCode, table, type NamedCaller } from '../support/callers';
import { makeDesk, type TestDesk } from '../support/core';
import { changedCounts, changeGuard } from '../support/fingerprint';

let desk: TestDesk;
let callers: NamedCaller[];
beforeAll(async () => {
  desk = await makeDesk();
  callers = await allCallers(desk);
});
afterAll(() => desk.close());

const procs = table();

describe('the procedure table', () => {
  it('gives every procedure a role, names it domain.verb, and gives staff roles only to desk procedures', () => {
    for (const [name, p] of procs) {
      expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
      expect(p.roles.length, name).toBeGreaterThan(0);
      if (p.staffRoles) expect(p.roles, `${name} has staffRoles but no desk role`).toContain('desk');
    }
  });

  it('lets the kiosk window reach only kiosk procedures (and one-time pairing); the kiosk preload offers no other', () => {
    const kioskOnes = procs.filter(([, p]) => p.roles.includes('kiosk')).map(([n]) => n);
    for (const [name, p] of procs) {
      expect(mayCall(p, { kind: 'kiosk', label: 'kiosk' }), name).toBe(p.roles.includes('kiosk') || p.roles.includes('pairing'));
      // Nothing that needs a signed-in receptionist is also open to the kiosk.
      if (p.roles.includes('kiosk')) expect(p.roles, name).not.toContain('desk');
    }
    expect(kioskProcedureNames()).toEqual([...kioskOnes].sort());
  });
});

describe.each(procs)('%s', (name, p) => {
  it('admits exactly the callers its roles name, refusing the rest before reading the input and changing nothing', async () => {
    const guard = changeGuard(desk.db.sqlite);
    let refused = 0;
    for (const c of callers) {
      if (mayCall(p, c.who)) continue;
      // A junk input: a refused caller must hear "not you", not "fix field X" (the door comes before the form).
      const a = await desk.call(name, { junk: '\u0000' }, c.caller());
      expect(a.ok, `${c.who.label} reached ${name}`).toBe(false);
      if (!a.ok) expect(a.error.code, `${c.who.label} -> ${name}`).toBe(refusalCode(p, c.who));
      const change = guard.check();
      expect(change.changed, `${c.who.label} -> ${name} changed ${changedCounts(change).join(', ')}`).toBe(false);
      refused++;
    }
    for (const c of callers) {
      if (!mayCall(p, c.who)) continue;
      // Not an object, so no schema takes it and no handler runs: only the door is tested.
      const a = await desk.call(name, '\u0000not an input', c.caller());
      if (!a.ok) expect(['forbidden', 'unauthenticated'], `${c.who.label} was turned away from ${name}`).not.toContain(a.error.code);
    }
    // The matrix is never vacuous: only a pairing procedure is open to everyone.
    if (!p.roles.includes('pairing')) expect(refused).toBeGreaterThan(0);
  });
});
