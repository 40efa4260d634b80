import { bigint, index, integer, jsonb, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';

/**
 * The hub's tables. Rows are stored generically (site, table, id) with per-field HLCs, so a new
 * desk table needs no hub migration: the hub merges fields, it does not interpret them.
 */
export const devices = pgTable('hub_devices', {
  id: text('id').primaryKey(),
  site: text('site').notNull(),
  /** sha256 of the one-time enrolment code; cleared once used. */
  codeHash: text('code_hash'),
  codeExpiresAt: bigint('code_expires_at', { mode: 'number' }),
  /** sha256 of the device token; the hub never keeps the token itself. */
  tokenHash: text('token_hash'),
  createdAt: bigint('created_at', { mode: 'number' }).notNull(),
  enrolledAt: bigint('enrolled_at', { mode: 'number' }),
  revokedAt: bigint('revoked_at', { mode: 'number' }),
});

/** One row per desk database (client id): the last mutation applied, bound to the device that first pushed it. */
export const clients = pgTable('hub_clients', {
  clientId: text('client_id').primaryKey(),
  deviceId: text('device_id').notNull(),
  site: text('site').notNull(),
  lastMutationId: bigint('last_mutation_id', { mode: 'number' }).notNull(),
});

export const rows = pgTable(
  'hub_rows',
  {
    site: text('site').notNull(),
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    data: jsonb('data').notNull(),
    clocks: jsonb('clocks').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.site, t.tbl, t.rowId] }), index('hub_rows_site_seq').on(t.site, t.seq)],
);

/** The per-site sequence. Its row lock serialises a site's pushes, so commit order equals cursor order. */
export const siteCounters = pgTable('hub_site_counters', {
  site: text('site').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
});

export const rejections = pgTable('hub_rejections', {
  id: serial('id').primaryKey(),
  site: text('site').notNull(),
  clientId: text('client_id').notNull(),
  mutationId: integer('mutation_id').notNull(),
  tbl: text('tbl').notNull(),
  rowId: text('row_id').notNull(),
  col: text('col').notNull(),
  reason: text('reason').notNull(),
  at: bigint('at', { mode: 'number' }).notNull(),
});

/** DDL for the tables above; idempotent, run at start. (Kept beside the schema so the two change together.) */
export const DDL = [
  `CREATE TABLE IF NOT EXISTS hub_devices (id text PRIMARY KEY, site text NOT NULL, code_hash text, code_expires_at bigint,
     token_hash text UNIQUE, created_at bigint NOT NULL, enrolled_at bigint, revoked_at bigint)`,
  `CREATE TABLE IF NOT EXISTS hub_clients (client_id text PRIMARY KEY, device_id text NOT NULL, site text NOT NULL,
     last_mutation_id bigint NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS hub_rows (site text NOT NULL, tbl text NOT NULL, row_id text NOT NULL, data jsonb NOT NULL,
     clocks jsonb NOT NULL, seq bigint NOT NULL, PRIMARY KEY (site, tbl, row_id))`,
  `CREATE INDEX IF NOT EXISTS hub_rows_site_seq ON hub_rows (site, seq)`,
  `CREATE TABLE IF NOT EXISTS hub_site_counters (site text PRIMARY KEY, seq bigint NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS hub_rejections (id serial PRIMARY KEY, site text NOT NULL, client_id text NOT NULL,
     mutation_id integer NOT NULL, tbl text NOT NULL, row_id text NOT NULL, col text NOT NULL, reason text NOT NULL,
     at bigint NOT NULL)`,
];
