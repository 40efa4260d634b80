import { sqliteTable, text, integer, primaryKey, index } from 'drizzle-orm/sqlite-core';

/** The HLC of the last write of each field of each synced row. */
export const fieldClock = sqliteTable(
  'field_clock',
  {
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    col: text('col').notNull(),
    hlc: text('hlc').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tbl, t.rowId, t.col] })],
);

/** Local changes not yet acknowledged by the hub. One row per changed row; tx_id groups a transaction. */
export const outbox = sqliteTable(
  'outbox',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    txId: integer('tx_id').notNull(),
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    /** JSON: { col: [value, hlc] } */
    fields: text('fields').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('outbox_tx_idx').on(t.txId)],
);

/** Key-value bookkeeping of the sync worker: client id, next tx id, HLC, cursors, hub URL. */
export const syncState = sqliteTable('sync_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
