// Test support: a real SQLite file in a temp folder, the real core, and callers for each role.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../db/open';
import { createCore, type Core } from '../../core/core';
import type { Answer } from '../../core/errors';
import type { Caller } from '../../core/procedure';

export interface TestClock {
  (): number;
  set(ms: number): void;
  advance(ms: number): void;
}

/** A clock the test moves by hand. Starts at 2026-11-23 09:00 Asia/Shanghai. */
export function testClock(start = Date.UTC(2026, 10, 23, 1, 0, 0)): TestClock {
  let now = start;
  const clock = (() => now) as TestClock;
  clock.set = (ms) => (now = ms);
  clock.advance = (ms) => (now += ms);
  return clock;
}

export function tempDbPath(): { path: string; dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'frontdesk-test-'));
  return { path: join(dir, 'desk.db'), dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestDesk {
  db: Db;
  core: Core;
  clock: TestClock;
  /** Token of the supervisor created at set-up. */
  token: string;
  supervisorId: string;
  /** Call as the signed-in desk (the supervisor unless another token is given). */
  desk<T = unknown>(name: string, input?: unknown, token?: string): Promise<Answer<T>>;
  /** Call as the kiosk window. */
  kiosk<T = unknown>(name: string, input?: unknown): Promise<Answer<T>>;
  /** Call from the desk window without a session. */
  anon<T = unknown>(name: string, input?: unknown): Promise<Answer<T>>;
  call<T = unknown>(name: string, input: unknown, caller: Caller): Promise<Answer<T>>;
  /** Call as the desk and return the value, failing the test on an error answer. */
  ok<T = any>(name: string, input?: unknown, token?: string): Promise<T>;
  /** Sign in another staff member created with a PIN; returns their token. */
  signIn(staffId: string, pin: string): Promise<string>;
  close(): void;
}

export async function makeDesk(opts: { clock?: TestClock } = {}): Promise<TestDesk> {
  const tmp = tempDbPath();
  const clock = opts.clock ?? testClock();
  const db = openDb(tmp.path, { site: { code: 'HZ01', name: '测试站点' }, deviceLetter: 'A', clock });
  const core = createCore({ db, clock, dataDir: tmp.dir });
  const call = <T>(name: string, input: unknown, caller: Caller) => core.call(name, input, caller) as Promise<Answer<T>>;
  const init = await call<{ token: string; staff: { id: string } }>(
    'setup.init',
    { siteName: '测试站点', name: '王主管', pin: '1234' },
    { window: 'desk' },
  );
  if (!init.ok) throw new Error(`setup failed: ${JSON.stringify(init.error)}`);
  const token = init.value.token;
  const desk: TestDesk = {
    db,
    core,
    clock,
    token,
    supervisorId: init.value.staff.id,
    desk: (name, input, tk = token) => call(name, input, { window: 'desk', token: tk }),
    kiosk: (name, input) => call(name, input, { window: 'kiosk' }),
    anon: (name, input) => call(name, input, { window: 'desk' }),
    call,
    async ok(name, input, tk) {
      const a = await desk.desk(name, input, tk);
      if (!a.ok) throw new Error(`${name} failed: ${JSON.stringify(a.error)}`);
      return a.value as never;
    },
    async signIn(staffId, pin) {
      const a = await call<{ token: string }>('session.signIn', { staffId, pin }, { window: 'desk' });
      if (!a.ok) throw new Error(`sign-in failed: ${JSON.stringify(a.error)}`);
      return a.value.token;
    },
    close() {
      db.close();
      tmp.cleanup();
    },
  };
  return desk;
}
