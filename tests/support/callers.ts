// Every kind of caller the desk can meet, and who the procedure table says may call what. Built
// from core/router.ts alone, so a procedure added by any domain is walked by the harness tests
// without a line of test code.
import type { Core } from '../../core/core';
import { callerFor } from '../../core/http';
import type { Caller, Procedure, StaffRole } from '../../core/procedure';
import { STAFF_ROLES } from '../../core/procedure';
import { procedures } from '../../core/router';
import type { TestDesk } from './core';

export type Who =
  | { kind: 'lan'; label: string }
  | { kind: 'kiosk'; label: string }
  | { kind: 'anon'; label: string }
  | { kind: 'staff'; label: string; role: StaffRole };

export interface NamedCaller {
  who: Who;
  /** A fresh caller for each call, so a call that ends a session cannot spoil the next one. */
  caller(): Caller;
}

export const table = (): [string, Procedure][] => Object.entries(procedures as Record<string, Procedure>).sort(([a], [b]) => a.localeCompare(b));

/** The rule the table states, written out independently of core.call's check. */
export function mayCall(p: Procedure, who: Who): boolean {
  if (p.roles.includes('pairing')) return true; // a one-time code is the credential, not the window
  switch (who.kind) {
    case 'lan':
      return false;
    case 'kiosk':
      return p.roles.includes('kiosk');
    case 'anon':
      return p.roles.includes('public');
    case 'staff':
      return p.roles.includes('public') || (p.roles.includes('desk') && (!p.staffRoles || p.staffRoles.includes(who.role)));
  }
}

/** The code a refusal must carry: a desk window without a session is asked to sign in; everyone else is forbidden. */
export const refusalCode = (p: Procedure, who: Who) => (who.kind === 'anon' && p.roles.includes('desk') ? 'unauthenticated' : 'forbidden');

/** Staff sessions made in memory, as a sign-in would: tokens cost no database write. */
export function staffToken(core: Core, id: string, name: string, role: StaffRole): string {
  return core.services.sessions.create({ id, name, role });
}

/** One staff member per role (the set-up supervisor for 'supervisor'), created through staff.upsert. */
export async function staffByRole(desk: TestDesk): Promise<Record<StaffRole, { id: string; name: string }>> {
  const out = {} as Record<StaffRole, { id: string; name: string }>;
  for (const role of STAFF_ROLES) {
    if (role === 'supervisor') {
      out[role] = { id: desk.supervisorId, name: '王主管' };
      continue;
    }
    const name = `测试${role}`;
    const { id } = await desk.ok<{ id: string }>('staff.upsert', { name, role, pin: '2468' });
    out[role] = { id, name };
  }
  return out;
}

/** Every caller: off-loopback (through the HTTP transport's own rule), kiosk, signed-out desk, each staff role. */
export async function allCallers(desk: TestDesk): Promise<NamedCaller[]> {
  const staff = await staffByRole(desk);
  const lanWithSession = staffToken(desk.core, staff.supervisor.id, staff.supervisor.name, 'supervisor');
  return [
    { who: { kind: 'lan', label: 'LAN address, no token' }, caller: () => callerFor(desk.core, '192.168.1.50', undefined) },
    // A desk session token copied to another machine is still only a LAN caller.
    { who: { kind: 'lan', label: 'LAN address, a desk session token' }, caller: () => callerFor(desk.core, '10.0.0.7', lanWithSession) },
    { who: { kind: 'kiosk', label: 'kiosk window' }, caller: () => ({ window: 'kiosk' }) },
    { who: { kind: 'anon', label: 'desk window, signed out' }, caller: () => ({ window: 'desk' }) },
    { who: { kind: 'anon', label: 'desk window, forged token' }, caller: () => ({ window: 'desk', token: 'forged-token' }) },
    ...STAFF_ROLES.map((role): NamedCaller => ({
      who: { kind: 'staff', label: `desk window, ${role}`, role },
      caller: () => ({ window: 'desk', token: staffToken(desk.core, staff[role].id, staff[role].name, role) }),
    })),
  ];
}

/** A caller the procedure admits, for tests that need to get past the door (the fuzz test). */
export function admittedCaller(desk: TestDesk, p: Procedure): Caller {
  if (p.roles.includes('desk')) {
    const role = p.staffRoles?.includes('supervisor') === false ? p.staffRoles[0]! : 'supervisor';
    return { window: 'desk', token: staffToken(desk.core, desk.supervisorId, '王主管', role) };
  }
  if (p.roles.includes('public')) return { window: 'desk' };
  if (p.roles.includes('kiosk')) return { window: 'kiosk' };
  return callerFor(desk.core, '192.168.1.50', undefined);
}
