import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * The visitor register (访客登记). Personal data is split in two: what may travel (the name, a
 * masked phone, a masked ID number) and what never leaves this PC (the phone and ID number sealed
 * with AES-256-GCM, and the phone's blind index). The sealed columns are localOnly in db/synced.ts.
 * A purge past the retention period empties the personal columns and keeps the row for the counts.
 */
export const visits = sqliteTable(
  'visits',
  {
    id: text('id').primaryKey(),
    /** <site>-<yyMMdd>-<device letter><seq>, printed on the badge and in its QR. */
    badgeNo: text('badge_no').notNull(),
    /** Null once purged. */
    visitorName: text('visitor_name'),
    /** pinyin initials and full pinyin ("zs zhangsan"), for the desk's search. */
    visitorPinyin: text('visitor_pinyin').notNull().default(''),
    /** 138****5678: what other desks and the hub see. */
    phoneMasked: text('phone_masked'),
    /** Device-only: the phone sealed, and its HMAC blind index for look-ups by phone. */
    phoneSealed: text('phone_sealed'),
    phoneIndex: text('phone_index'),
    company: text('company'),
    /** cn (居民身份证) | passport | other */
    idType: text('id_type'),
    idMasked: text('id_masked'),
    /** Device-only, sealed. */
    idSealed: text('id_sealed'),
    hostId: text('host_id'),
    /** Free-text host when the visitor sees someone not in the staff list. */
    hostName: text('host_name').notNull(),
    /** business | interview | delivery | works | personal | other */
    purpose: text('purpose').notNull(),
    purposeNote: text('purpose_note'),
    partySize: integer('party_size').notNull().default(1),
    items: text('items'),
    appointmentId: text('appointment_id'),
    /** desk | kiosk */
    channel: text('channel').notNull(),
    consentVersion: text('consent_version'),
    arrivedAt: integer('arrived_at').notNull(),
    departedAt: integer('departed_at'),
    /** At sign-out: was the badge handed back. Null while on site. */
    badgeReturned: integer('badge_returned', { mode: 'boolean' }),
    createdBy: text('created_by'),
    purgedAt: integer('purged_at'),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('visits_arrived_idx').on(t.arrivedAt),
    index('visits_onsite_idx').on(t.departedAt, t.arrivedAt),
    index('visits_badge_idx').on(t.badgeNo),
    index('visits_phone_index_idx').on(t.phoneIndex, t.arrivedAt),
    // Each with the arrival time, so a search sorts index entries alone and reads only the page it shows.
    index('visits_phone_masked_idx').on(t.phoneMasked, t.arrivedAt),
    index('visits_pinyin_idx').on(t.visitorPinyin, t.arrivedAt),
    // The full pinyin after the initials ("zhangsan" of "zs zhangsan"), as calls_pinyin_full_idx.
    index('visits_pinyin_full_idx').on(sql`substr(${t.visitorPinyin}, instr(${t.visitorPinyin}, ' ') + 1)`, t.arrivedAt),
    index('visits_name_idx').on(t.visitorName, t.arrivedAt),
    index('visits_company_idx').on(t.company, t.arrivedAt),
  ],
);

/**
 * Device-only: the blind index of a phone -> that visitor's latest visit, so the kiosk can offer a
 * returning visitor their own details in one indexed read. Never synced; rebuilt by check-ins.
 */
export const visitIndexKey = sqliteTable('visit_index_key', {
  phoneIndex: text('phone_index').primaryKey(),
  visitId: text('visit_id').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** People the desk must not let in unannounced (黑名单), with the reason. Matched by name or phone. */
export const visitBlocklist = sqliteTable(
  'visit_blocklist',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    phoneMasked: text('phone_masked'),
    /** Device-only blind index of the phone. */
    phoneIndex: text('phone_index'),
    reason: text('reason').notNull(),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('visit_blocklist_phone_idx').on(t.phoneIndex), index('visit_blocklist_name_idx').on(t.name)],
);

/** A pre-registered visit (预约) with the invite code the visitor types or scans at the kiosk. */
export const visitAppointments = sqliteTable(
  'visit_appointments',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    visitorName: text('visitor_name').notNull(),
    phoneMasked: text('phone_masked'),
    phoneSealed: text('phone_sealed'),
    company: text('company'),
    hostId: text('host_id'),
    hostName: text('host_name').notNull(),
    purpose: text('purpose').notNull(),
    partySize: integer('party_size').notNull().default(1),
    expectedAt: integer('expected_at').notNull(),
    visitId: text('visit_id'),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('visit_appointments_code_idx').on(t.code), index('visit_appointments_expected_idx').on(t.expectedAt)],
);

/** Someone who refused to register, forced entry, or a blocklisted visitor turned up (escalated). */
export const visitIncidents = sqliteTable(
  'visit_incidents',
  {
    id: text('id').primaryKey(),
    /** refused | forced | blocklisted */
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    personName: text('person_name'),
    blocklistId: text('blocklist_id'),
    at: integer('at').notNull(),
    recordedBy: text('recorded_by'),
    caseId: text('case_id'),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('visit_incidents_at_idx').on(t.at)],
);
