import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { mutate } from '../../db/mutate';
import { departments } from '../../db/schema';
import { createEnrolment } from '../../hub/devices';
import { openTestStore, startTestHub } from '../../hub/testing';
import { makeDesk, type TestDesk } from '../../tests/support/core';
import { isSealed } from '../secrets';
import { readToken, stopSyncFor } from './service';

let store: Awaited<ReturnType<typeof openTestStore>>;
let hub: Awaited<ReturnType<typeof startTestHub>>;
beforeAll(async () => {
  store = await openTestStore('pglite');
  hub = await startTestHub(store);
});
afterAll(async () => {
  await hub.close();
  await store.drop();
});

async function until(check: () => boolean | Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const hasDept = (d: TestDesk, name: string) => !!d.db.sqlite.prepare('SELECT 1 FROM departments WHERE name = ?').get(name);

describe('sync procedures', () => {
  it('connects two desks of a site through the hub with enrolment codes, and they converge', async () => {
    const a = await makeDesk();
    const b = await makeDesk();
    try {
      const bad = await a.desk('sync.connect', { hubUrl: hub.url, code: 'ABCDEFGH23' });
      expect(bad.ok || bad.error.issues?.map((i) => i.path[0])).toEqual(['code']);
      const other = await a.desk('sync.connect', { hubUrl: hub.url, code: (await createEnrolment(store, 'SH02')).code });
      expect(other.ok || other.error.message).toMatch(/SH02/);

      const st = await a.ok('sync.connect', { hubUrl: hub.url, code: (await createEnrolment(store, 'HZ01')).code.toLowerCase() });
      expect(st).toMatchObject({ connected: true, hubSite: 'HZ01', mode: 'worker' });
      // The token file is readable by its owner only, and sealed with the data key.
      const tokenPath = join(a.core.services.dataDir!, 'sync-token');
      expect(statSync(tokenPath).mode & 0o777).toBe(0o600);
      const sealed = readFileSync(tokenPath, 'utf8');
      expect(isSealed(sealed)).toBe(true);
      const token = a.core.services.secrets.decrypt(sealed);
      // A token an earlier version left in clear still works, and is sealed on first read.
      writeFileSync(tokenPath, token);
      expect(readToken(a.db, a.core.services)).toBe(token);
      expect(readFileSync(tokenPath, 'utf8')).not.toContain(token);
      mutate(a.db, (tx) => tx.insert(departments, { id: uuidv7(), name: '工程部-同步' }));
      await a.ok('sync.now');
      await until(async () => (await a.ok('sync.status')).pending === 0);
      await b.ok('sync.connect', { hubUrl: hub.url, code: (await createEnrolment(store, 'HZ01')).code });
      // B's first pass pulls the site; "sync now" covers a pass that began before A's push landed.
      await until(async () => hasDept(b, '工程部-同步') || ((await b.ok('sync.now')) && false));
      const status = await a.ok('sync.status');
      expect(status).toMatchObject({ online: true, lastError: null });
      expect((await a.ok('system.status')).sync).toMatchObject({ connected: true, online: true });

      const off = await a.ok('sync.disconnect');
      expect(off.connected).toBe(false);
      expect(existsSync(join(a.core.services.dataDir!, 'sync-token'))).toBe(false);
    } finally {
      await stopSyncFor(a.core);
      await stopSyncFor(b.core);
      a.close();
      b.close();
    }
  }, 60_000);

  it('names the field of a malformed address or code and writes nothing', async () => {
    const d = await makeDesk();
    try {
      const a = await d.desk('sync.connect', { hubUrl: 'ftp://x', code: '0O1I' });
      expect(a.ok || a.error.issues?.map((i) => i.path[0]).sort()).toEqual(['code', 'hubUrl']);
      expect((await d.ok('sync.status')).connected).toBe(false);
    } finally {
      d.close();
    }
  });
});
