// The IPC transport against the real core on a real SQLite file: the role comes from the window
// main registered, the session token stays in main, and unknown senders are refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDesk, type TestDesk } from '../tests/support/core';
import { createIpcRouter, isJsonValue, type IpcRouter } from './ipc-core';
import { appEntries } from './entries';

const entries = appEntries({ rendererDir: '/app/out/renderer' });
const DESK = 1;
const KIOSK = 2;
const from = (senderId: number, page: 'index' | 'kiosk' = senderId === KIOSK ? 'kiosk' : 'index') => ({
  senderId,
  mainFrame: true,
  frameUrl: entries.url(page),
});

let desk: TestDesk;
let ipc: IpcRouter;

beforeEach(async () => {
  desk = await makeDesk();
  ipc = createIpcRouter({ core: desk.core, isOwn: entries.isOwn, locale: () => 'en' });
  ipc.attach(DESK, 'desk');
  ipc.attach(KIOSK, 'kiosk');
});
afterEach(() => desk.close());

const signIn = () => ipc.invoke(from(DESK), 'session.signIn', { staffId: desk.supervisorId, pin: '1234' });

describe('desk window', () => {
  it('signs in without the token ever reaching the renderer, then acts as that staff member', async () => {
    const answer = await signIn();
    expect(answer).toMatchObject({ ok: true, value: { staff: { id: desk.supervisorId, role: 'supervisor' } } });
    expect(JSON.stringify(answer)).not.toContain('token');
    const me = await ipc.invoke(from(DESK), 'session.me', undefined);
    expect(me).toMatchObject({ ok: true, value: { staff: { id: desk.supervisorId } } });
    const status = await ipc.invoke(from(DESK), 'system.status', {});
    expect(status.ok).toBe(true);
  });

  it('is refused desk procedures before sign-in and after sign-out', async () => {
    expect(ipc.mayPrint(from(DESK))).toBe(false);
    expect(await ipc.invoke(from(DESK), 'system.status', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    await signIn();
    expect(await ipc.invoke(from(DESK), 'session.signOut', {})).toMatchObject({ ok: true });
    expect(await ipc.invoke(from(DESK), 'system.status', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(ipc.eventTargets()).toEqual([]);
  });

  it('ends the session when the window closes', async () => {
    await signIn();
    expect(ipc.eventTargets()).toEqual([DESK]);
    ipc.detach(DESK);
    ipc.attach(DESK, 'desk');
    expect(await ipc.invoke(from(DESK), 'session.me', undefined)).toMatchObject({ ok: true, value: { staff: null } });
  });

  it('lets a print window opened by the desk read with the desk session, and close without signing it out', async () => {
    await signIn();
    ipc.attach(3, 'desk', { sessionOf: DESK });
    expect(await ipc.invoke(from(3, 'index'), 'system.status', {})).toMatchObject({ ok: true });
    expect(ipc.mayPrint(from(3, 'index'))).toBe(false);
    expect(ipc.mayPrint(from(DESK))).toBe(true);
    ipc.detach(3);
    expect(await ipc.invoke(from(DESK), 'system.status', {})).toMatchObject({ ok: true });
    expect(ipc.eventTargets()).toEqual([DESK]);
  });
});

describe('kiosk window', () => {
  it('reaches kiosk procedures but never desk ones, even with the desk signed in', async () => {
    await signIn();
    expect(await ipc.invoke(from(KIOSK), 'setup.status', {})).toMatchObject({ ok: true });
    expect(await ipc.invoke(from(KIOSK), 'system.status', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipc.invoke(from(KIOSK), 'settings.get', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipc.invoke(from(KIOSK), 'kiosk.pair', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ipc.eventTargets()).not.toContain(KIOSK);
    expect(ipc.mayPrint(from(KIOSK))).toBe(false);
  });

  it('cannot sign in to become the desk', async () => {
    const answer = await ipc.invoke(from(KIOSK), 'session.signIn', { staffId: desk.supervisorId, pin: '1234' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('leaves kiosk mode only with a reception or supervisor PIN', async () => {
    const { id: workerId } = await desk.ok('staff.upsert', { name: '李师傅', role: 'worker', pin: '5678' });
    expect(await ipc.exitKiosk(from(KIOSK), desk.supervisorId, '0000')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipc.exitKiosk(from(KIOSK), workerId, '5678')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipc.exitKiosk(from(KIOSK), 'not-a-uuid', '1234')).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await ipc.exitKiosk(from(KIOSK), desk.supervisorId, '1234')).toEqual({ ok: true, value: { exited: true } });
    // The desk window has no such channel, and the check opened no desk session.
    expect(await ipc.exitKiosk(from(DESK), desk.supervisorId, '1234')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ipc.eventTargets()).toEqual([]);
  });
});

describe('refusals before the core', () => {
  it('refuses unknown senders, sub-frames and foreign pages', async () => {
    await signIn();
    expect(await ipc.invoke(from(99, 'index'), 'session.me', undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipc.invoke({ ...from(DESK), mainFrame: false }, 'system.status', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await ipc.invoke({ ...from(DESK), frameUrl: 'https://evil.example/' }, 'system.status', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'You are not allowed to do this' },
    });
  });

  it('refuses non-string names and inputs that are not plain JSON, without calling the core', async () => {
    await signIn();
    for (const [name, input] of [
      [42, {}],
      [{ toString: () => 'system.status' }, {}],
      ['staff.upsert', { name: '张三', role: 'reception', at: new Date() }],
      ['staff.upsert', new Map()],
      ['staff.upsert', { name: 'x'.repeat(2 * 1024 * 1024), role: 'reception' }],
    ] as const) {
      const answer = await ipc.invoke(from(DESK), name, input);
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    const staff = await desk.ok<{ id: string }[]>('staff.list', {});
    expect(staff).toHaveLength(1);
  });

  it('answers an unknown procedure with not_found', async () => {
    expect(await ipc.invoke(from(DESK), 'nope.nothing', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('isJsonValue', () => {
  it('accepts plain JSON and refuses what JSON cannot carry', () => {
    expect(isJsonValue({ a: [1, 'x', null, true, { b: undefined }] })).toBe(true);
    expect(isJsonValue(Object.create(null))).toBe(true);
    for (const bad of [NaN, Infinity, new Date(), new Uint8Array(2), () => 1, 1n, Symbol('x'), [new Set()]]) {
      expect(isJsonValue(bad), String(bad)).toBe(false);
    }
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(isJsonValue(deep)).toBe(false);
  });
});
