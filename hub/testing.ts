import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createEnrolment, enroll } from './devices';
import { createHub } from './server';
import { openStore, type HubStore } from './store';

/** The PostgreSQL these machines run (trust auth); tests use a throwaway schema in it. */
export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const STORE_KINDS = ['pglite', 'pg'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export async function openTestStore(kind: StoreKind): Promise<HubStore & { drop(): Promise<void>; pgSchema?: string }> {
  if (kind === 'pglite') {
    const store = await openStore({ dataDir: 'memory://' });
    return { ...store, drop: () => store.close() };
  }
  const pgSchema = `hubtest_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const store = await openStore({ databaseUrl: TEST_PG_URL, pgSchema });
  return {
    ...store,
    pgSchema,
    async drop() {
      await store.close();
      const { Client } = (await import('pg')).default;
      const c = new Client({ connectionString: TEST_PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`);
      await c.end();
    },
  };
}

export async function startTestHub(store: HubStore, opts: { rate?: number } = {}) {
  const hub = createHub({ store, rate: opts.rate ?? 10_000 });
  await new Promise<void>((r) => hub.server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(hub.server.address() as AddressInfo).port}`;
  return {
    ...hub,
    url,
    close: () =>
      new Promise<void>((r) => {
        // Like a killed process: requests in flight lose their connection (their transactions still end).
        hub.server.closeAllConnections();
        hub.server.close(() => r());
      }),
    async device(site: string) {
      const { code } = await createEnrolment(store, site);
      return (await enroll(store, code))!;
    },
  };
}
