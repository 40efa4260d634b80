import { afterEach, describe, expect, test, vi } from 'vitest';
import { tokens } from '../api/client';
import '../i18n';
import { useSession } from './session';

/** Browser mode: the HTTP host answers; fetch is the network edge. */
function fakeHost(answers: Record<string, unknown>) {
  const seen: { name: string; auth: string | null }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const name = url.replace('/api/', '');
    seen.push({ name, auth: new Headers(init.headers).get('authorization') });
    return new Response(JSON.stringify(answers[name]), { status: 200 });
  });
  return seen;
}

afterEach(() => vi.unstubAllGlobals());

describe('session store in browser mode', () => {
  test('keeps the token for this tab, sends it, and forgets it on sign-out', async () => {
    const seen = fakeHost({
      'session.signIn': { ok: true, value: { token: 'tab-token', staff: { id: 's1', name: '王主管', role: 'supervisor' } } },
      'session.signOut': { ok: true, value: { signedOut: true } },
    });
    expect(await useSession.getState().signIn('0190a0b0-0000-7000-8000-000000000002', '1234')).toBeNull();
    expect(useSession.getState()).toMatchObject({ phase: 'signedIn', staff: { name: '王主管' } });
    expect(tokens.get()).toBe('tab-token');

    await useSession.getState().signOut();
    expect(seen.map((s) => [s.name, s.auth])).toEqual([
      ['session.signIn', null],
      ['session.signOut', 'Bearer tab-token'],
    ]);
    expect(tokens.get()).toBeNull();
    expect(useSession.getState().phase).toBe('signedOut');
  });

  test('a desk tab never borrows a kiosk token paired in the same browser', () => {
    tokens.setKiosk('kiosk-token');
    expect(tokens.get()).toBeNull();
  });
});
