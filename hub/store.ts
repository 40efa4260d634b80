import { mkdirSync } from 'node:fs';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

/** drizzle over either driver; both answer execute() with `{ rows }`. */
export type HubDb = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface HubStore {
  db: HubDb;
  kind: 'pglite' | 'pg';
  rows<T>(q: SQL, tx?: HubDb): Promise<T[]>;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** PostgreSQL URL; without it, embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** PGlite folder; `memory://` for tests. */
  dataDir?: string;
  /** A PostgreSQL schema to use (tests isolate each run in its own schema). */
  pgSchema?: string;
}

export async function openStore(opts: StoreOptions): Promise<HubStore> {
  let db: HubDb;
  let close: () => Promise<void>;
  let kind: HubStore['kind'];
  if (opts.databaseUrl) {
    const { Pool } = (await import('pg')).default;
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const options = opts.pgSchema ? `-c search_path=${opts.pgSchema}` : undefined;
    if (opts.pgSchema && !/^[a-z_][a-z0-9_]*$/.test(opts.pgSchema)) throw new Error('bad schema name');
    const pool = new Pool({ connectionString: opts.databaseUrl, options, max: 10 });
    // A restarted PostgreSQL drops idle connections; the pool must not crash the hub over it.
    pool.on('error', () => {});
    if (opts.pgSchema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${opts.pgSchema}`);
    db = drizzle(pool, { schema }) as unknown as HubDb;
    close = () => pool.end();
    kind = 'pg';
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const dir = opts.dataDir ?? './hub-data';
    if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
    const client = new PGlite(dir);
    db = drizzle(client, { schema }) as unknown as HubDb;
    close = () => client.close();
    kind = 'pglite';
  }
  for (const ddl of schema.DDL) await db.execute(sql.raw(ddl));
  return {
    db,
    kind,
    async rows<T>(q: SQL, tx?: HubDb) {
      const res = (await (tx ?? db).execute(q)) as unknown as { rows: T[] };
      return res.rows;
    },
    close,
  };
}
