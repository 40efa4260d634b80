import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * The phone log (来电记录). A call is an append-only record: it is never removed, and only its
 * descriptive fields may be corrected (each correction audited). Rows from two desks never
 * conflict, so they merge by union.
 */
export const calls = sqliteTable(
  'calls',
  {
    id: text('id').primaryKey(),
    /** When the phone rang, truncated to the minute. */
    receivedAt: integer('received_at').notNull(),
    /** Rings before it was answered, when counted. */
    rings: integer('rings'),
    /** Answered after more than three rings (the desk's standard is three). */
    lateAnswer: integer('late_answer', { mode: 'boolean' }).notNull().default(false),
    callerName: text('caller_name').notNull(),
    callerPinyin: text('caller_pinyin').notNull().default(''),
    /** Normalised like residents.phone. */
    callerPhone: text('caller_phone').notNull(),
    callerCompany: text('caller_company'),
    residentId: text('resident_id'),
    /** consult | repair | complaint | appointment | message | other */
    reason: text('reason').notNull(),
    summary: text('summary').notNull(),
    /** answered | transferred | message */
    outcome: text('outcome').notNull(),
    /** Whom it was transferred to, or whom the message is for. */
    toStaffId: text('to_staff_id'),
    /** A transfer was tried and nobody answered, so a message was taken instead. */
    transferFailed: integer('transfer_failed', { mode: 'boolean' }).notNull().default(false),
    takenBy: text('taken_by').notNull(),
    createdAt: integer('created_at').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('calls_phone_idx').on(t.callerPhone, t.receivedAt),
    index('calls_received_idx').on(t.receivedAt),
    index('calls_pinyin_idx').on(t.callerPinyin),
    // The full pinyin after the initials ("zhangsan" of "zs zhangsan"): a caller found by a typed
    // full pinyin is an index range too, not a LIKE over every key with the same first letter.
    index('calls_pinyin_full_idx').on(sql`substr(${t.callerPinyin}, instr(${t.callerPinyin}, ' ') + 1)`),
  ],
);

/** A message taken for someone (留言), tracked until delivered and the promised callback made. */
export const callMessages = sqliteTable(
  'call_messages',
  {
    id: text('id').primaryKey(),
    callId: text('call_id').notNull(),
    forStaffId: text('for_staff_id').notNull(),
    text: text('text').notNull(),
    /** The callback promised to the caller is due by then. */
    callbackDueAt: integer('callback_due_at').notNull(),
    createdAt: integer('created_at').notNull(),
    createdBy: text('created_by').notNull(),
    deliveredAt: integer('delivered_at'),
    deliveredBy: text('delivered_by'),
    callbackDoneAt: integer('callback_done_at'),
    callbackBy: text('callback_by'),
    callbackNote: text('callback_note'),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('call_messages_open_idx').on(t.callbackDoneAt, t.callbackDueAt),
    index('call_messages_call_idx').on(t.callId),
  ],
);
