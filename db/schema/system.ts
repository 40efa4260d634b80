import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';

// Synced tables all carry `id` (UUIDv7 text) and `deleted_at` (a tombstone is an ordinary
// LWW field, so a delete merges like any other change).

/** The sites this device knows (its own, and others seen through the hub). Local only. */
export const sites = sqliteTable('sites', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
});

/** This device: exactly one row. Local only. */
export const device = sqliteTable('device', {
  id: integer('id').primaryKey(),
  siteCode: text('site_code').notNull(),
  letter: text('letter').notNull(),
  clientId: text('client_id').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const departments = sqliteTable('departments', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  location: text('location'),
  deletedAt: integer('deleted_at'),
});

export const staff = sqliteTable(
  'staff',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** reception | supervisor | host | worker */
    role: text('role').notNull(),
    departmentId: text('department_id'),
    extension: text('extension'),
    phone: text('phone'),
    location: text('location'),
    /** scrypt$N$r$p$salt$hash; null for people who never sign in (hosts, workers). */
    pinHash: text('pin_hash'),
    /** pinyin initials and full pinyin of the name, for look-up ("zs", "zhangsan"). */
    pinyin: text('pinyin').notNull().default(''),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: integer('created_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('staff_role_idx').on(t.role)],
);

/** Site-wide settings, one row per key; value is JSON. Synced. */
export const settings = sqliteTable('settings', {
  id: text('id').primaryKey(),
  value: text('value').notNull(),
  deletedAt: integer('deleted_at'),
});

/** Settings of this device only (printers, kiosk display). Local only. */
export const localSettings = sqliteTable('local_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Append-only record of who did what. Synced. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    at: integer('at').notNull(),
    staffId: text('staff_id'),
    action: text('action').notNull(),
    target: text('target'),
    detail: text('detail'),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);

/** Failed PIN attempts, for the lock-out. Local only. */
export const pinAttempts = sqliteTable('pin_attempts', {
  staffId: text('staff_id').primaryKey(),
  failures: integer('failures').notNull(),
  lockedUntil: integer('locked_until'),
});

/** One-time kiosk pairing codes and the kiosk devices they made. Local only. */
export const kioskPairings = sqliteTable('kiosk_pairings', {
  code: text('code').primaryKey(),
  expiresAt: integer('expires_at').notNull(),
  createdBy: text('created_by').notNull(),
});

export const kioskDevices = sqliteTable('kiosk_devices', {
  id: text('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: integer('created_at').notNull(),
  revokedAt: integer('revoked_at'),
});

/** Human number sequences: one row per kind and day. Local only. */
export const numberSeq = sqliteTable('number_seq', {
  kind: text('kind').notNull(),
  day: text('day').notNull(),
  next: integer('next').notNull(),
}, (t) => [primaryKey({ columns: [t.kind, t.day] })]);
