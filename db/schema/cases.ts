import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * Complaint cases (投诉). First-contact ownership: the staff member who took the complaint owns
 * it until it is closed; when it runs past its due time it is escalated to a supervisor.
 */
export const cases = sqliteTable(
  'cases',
  {
    id: text('id').primaryKey(),
    /** Human number, e.g. HZ01-261123-A001. */
    number: text('number').notNull(),
    /** call | visit | other */
    source: text('source').notNull(),
    callId: text('call_id'),
    visitId: text('visit_id'),
    complainantName: text('complainant_name').notNull(),
    complainantPhone: text('complainant_phone'),
    residentId: text('resident_id'),
    summary: text('summary').notNull(),
    ownerId: text('owner_id').notNull(),
    openedAt: integer('opened_at').notNull(),
    dueAt: integer('due_at').notNull(),
    escalatedAt: integer('escalated_at'),
    escalatedTo: text('escalated_to'),
    closedAt: integer('closed_at'),
    closedBy: text('closed_by'),
    result: text('result'),
    /** satisfied | neutral | dissatisfied (the complainant's word at closing). */
    satisfaction: text('satisfaction'),
    deletedAt: integer('deleted_at'),
  },
  (t) => [
    index('cases_open_idx').on(t.closedAt, t.dueAt),
    index('cases_owner_idx').on(t.ownerId),
    index('cases_call_idx').on(t.callId),
  ],
);

/** What happened on a case, in order: notes, the escalation, the close. Append-only. */
export const caseNotes = sqliteTable(
  'case_notes',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id').notNull(),
    at: integer('at').notNull(),
    staffId: text('staff_id'),
    /** note | escalated | closed | due_changed | owner_changed (text: the new owner's name) */
    kind: text('kind').notNull(),
    /** The note; for due_changed, the new due time in epoch ms (shown in the desk's time zone). */
    text: text('text').notNull(),
    deletedAt: integer('deleted_at'),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.at)],
);
