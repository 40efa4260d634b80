import { mutate, type WriteTx } from '../../db/mutate';
import type { Db } from '../../db/open';
import { auditLog, cases } from '../../db/schema';
import { v7 as uuidv7 } from 'uuid';
import { t } from '../i18n';
import type { Job } from '../jobs';
import type { EventName } from '../procedure';
import { getSetting } from '../settings/store';
import { writeCaseNote } from './write';

interface Overdue {
  id: string;
  number: string;
  ownerId: string;
}

/** The supervisor who gets an overdue case: another supervisor than the owner when there is one. */
function pickSupervisor(db: Db, ownerId: string): { id: string; name: string } | undefined {
  return db.sqlite
    .prepare(
      `SELECT id, name FROM staff WHERE role = 'supervisor' AND deleted_at IS NULL AND active = 1
       ORDER BY id = ? , pinyin LIMIT 1`,
    )
    .get(ownerId) as { id: string; name: string } | undefined;
}

/**
 * Hand one open case to a supervisor inside the caller's transaction: marked, a note naming them
 * (`note` given the supervisor's name), audited. Returns the supervisor's id, or null when there is none.
 * The overdue job and an incident at the desk (visits.refused) both escalate through here.
 */
export function escalateCase(tx: WriteTx, c: { id: string; ownerId: string }, note: (supervisor: string) => string): string | null {
  const sup = pickSupervisor(tx.db, c.ownerId);
  if (!sup) return null;
  tx.update(cases, c.id, { escalatedAt: tx.now, escalatedTo: sup.id });
  writeCaseNote(tx, c.id, null, 'escalated', note(sup.name));
  tx.insert(auditLog, { id: uuidv7(), at: tx.now, staffId: null, action: 'cases.escalate', target: c.id, detail: JSON.stringify({ to: sup.id }) });
  return sup.id;
}

/**
 * Escalate every open complaint case past its due time to a supervisor, once: the case is marked,
 * a note says to whom, and the desk is told so the lists refresh. Returns the escalated ids.
 */
export function escalateOverdueCases(db: Db, emit: (e: EventName, p: unknown) => void): string[] {
  const pending = db.sqlite
    .prepare('SELECT 1 FROM cases WHERE closed_at IS NULL AND escalated_at IS NULL AND deleted_at IS NULL AND due_at < ? LIMIT 1')
    .get(db.clock());
  if (!pending) return [];
  const locale = getSetting(db, 'locale');
  // Read and mark in one transaction, so a case closed meanwhile (another desk, the sync worker) is left alone.
  const done = mutate(db, (tx) => {
    const overdue = db.sqlite
      .prepare(
        `SELECT id, number, owner_id AS ownerId FROM cases
         WHERE closed_at IS NULL AND escalated_at IS NULL AND deleted_at IS NULL AND due_at < ?`,
      )
      .all(tx.now) as Overdue[];
    const ids: string[] = [];
    for (const c of overdue) if (escalateCase(tx, c, (name) => t(locale, 'cases.escalated_note', { name }))) ids.push(c.id);
    return ids;
  });
  if (done.length) emit('data-changed', { tables: ['cases'], escalated: done });
  return done;
}

/** Runs every few minutes, so a case is escalated within minutes of falling due. */
export const caseEscalationJob: Job = {
  name: 'cases.escalate',
  everyMs: 5 * 60_000,
  run: (core) => void escalateOverdueCases(core.db, (e, p) => core.services.events.emit(e, p)),
};
