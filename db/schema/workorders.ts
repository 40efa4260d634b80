import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A repair request (报修) as it was taken. Written once at creation; everything that happens
 * afterwards is an event, so two desks never overwrite each other's steps. Synced.
 */
export const workOrders = sqliteTable(
  'work_orders',
  {
    id: text('id').primaryKey(),
    /** The slip number <site>-<yyMMdd>-<letter><seq>, printed with its QR. */
    number: text('number').notNull(),
    /** call | visit | walk-in | patrol */
    source: text('source').notNull(),
    /** The call or visit this order came from. */
    sourceId: text('source_id'),
    reporterName: text('reporter_name').notNull(),
    reporterPhone: text('reporter_phone').notNull(),
    residentId: text('resident_id'),
    building: text('building'),
    unit: text('unit'),
    room: text('room'),
    /** A public location (公共部位) instead of a flat. */
    publicLocation: text('public_location'),
    category: text('category').notNull(),
    description: text('description').notNull(),
    /** urgent | normal */
    priority: text('priority').notNull(),
    appointmentAt: integer('appointment_at'),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by'),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    uniqueIndex('work_orders_number_idx').on(t.number),
    index('work_orders_created_idx').on(t.createdAt),
    index('work_orders_phone_idx').on(t.reporterPhone),
    index('work_orders_source_idx').on(t.sourceId),
    index('work_orders_room_idx').on(t.room),
  ],
);

/**
 * Append-only history of each order: one row per step, never updated. Sync merges these by
 * union, and the order's status is the fold of its events in HLC order. Synced.
 */
export const workOrderEvents = sqliteTable(
  'work_order_events',
  {
    id: text('id').primaryKey(),
    workOrderId: text('work_order_id').notNull(),
    /** created | dispatched | printed | arrived | completed | called_back | rework | cancelled | slip_returned | conflict_resolved */
    type: text('type').notNull(),
    /** The HLC of the transaction that wrote it: the fold's order across desks. */
    hlc: text('hlc').notNull(),
    at: integer('at').notNull(),
    staffId: text('staff_id'),
    /** JSON payload of the step (worker, reason, satisfaction, ...). */
    data: text('data').notNull().default('{}'),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('work_order_events_order_idx').on(t.workOrderId), index('work_order_events_type_at_idx').on(t.type, t.at)],
);

/**
 * The fold of each order's events, kept so lists need not replay history. Local only: it is
 * recomputed from the events on every desk, so it never needs to sync.
 */
export const workOrderFold = sqliteTable(
  'work_order_fold',
  {
    workOrderId: text('work_order_id').primaryKey(),
    status: text('status').notNull(),
    /** From the creation event, so status lists sort without touching work_orders. */
    createdAt: integer('created_at'),
    workerId: text('worker_id'),
    dispatchedAt: integer('dispatched_at'),
    arrivedAt: integer('arrived_at'),
    completedAt: integer('completed_at'),
    closedAt: integer('closed_at'),
    printCount: integer('print_count').notNull().default(0),
    slipReturned: integer('slip_returned', { mode: 'boolean' }).notNull().default(false),
    openConflicts: integer('open_conflicts').notNull().default(0),
    /** The whole fold as JSON (conflicts, satisfaction, counts) for the detail view. */
    state: text('state').notNull(),
  },
  (t) => [
    index('work_order_fold_status_idx').on(t.status, t.createdAt),
    index('work_order_fold_worker_idx').on(t.workerId, t.createdAt),
    index('work_order_fold_conflicts_idx').on(t.openConflicts),
    // Slips not returned: the few rows with slip_returned = 0 among a site's whole history.
    index('work_order_fold_slip_idx').on(t.slipReturned),
  ],
);

/** How far the fold has read work_order_events (by rowid): events written by any connection after it get folded. Local only. */
export const workOrderFoldMark = sqliteTable('work_order_fold_mark', {
  id: integer('id').primaryKey(),
  lastRowid: integer('last_rowid').notNull(),
});
