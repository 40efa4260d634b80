import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/** 值班记录: timestamped duty-log entries. Append-only. Synced. */
export const dutyEntries = sqliteTable(
  'duty_entries',
  {
    id: text('id').primaryKey(),
    at: integer('at').notNull(),
    staffId: text('staff_id').notNull(),
    /** 巡查 patrol | 设备 equipment | 安全 safety | 其他 other */
    category: text('category').notNull(),
    text: text('text').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('duty_entries_at_idx').on(t.at)],
);

/** 交接班: one row per handover; the open matters and the count are a snapshot taken at submit. Synced. */
export const handovers = sqliteTable(
  'handovers',
  {
    id: text('id').primaryKey(),
    fromStaffId: text('from_staff_id').notNull(),
    submittedAt: integer('submitted_at').notNull(),
    /** JSON: { kind: [{ key, title, detail, due?, note? }] } */
    matters: text('matters').notNull(),
    /** JSON: [{ item, expected, counted }] */
    inventory: text('inventory').notNull(),
    notes: text('notes'),
    toStaffId: text('to_staff_id'),
    acknowledgedAt: integer('acknowledged_at'),
    disagreements: text('disagreements'),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('handovers_submitted_idx').on(t.submittedAt)],
);
