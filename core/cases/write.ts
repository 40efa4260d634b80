import { v7 as uuidv7 } from 'uuid';
import type { WriteTx } from '../../db/mutate';
import { allocateNumber } from '../../db/numbers';
import { caseNotes, cases } from '../../db/schema';

export const CASE_SOURCES = ['call', 'visit', 'other'] as const;
export const SATISFACTION = ['satisfied', 'neutral', 'dissatisfied'] as const;
export type NoteKind = 'note' | 'escalated' | 'closed' | 'due_changed' | 'owner_changed';

export interface NewCase {
  source: (typeof CASE_SOURCES)[number];
  callId?: string | null;
  visitId?: string | null;
  complainantName: string;
  complainantPhone?: string | null;
  residentId?: string | null;
  summary: string;
  /** First-contact ownership: whoever took the complaint. */
  ownerId: string;
  dueAt: number;
}

/** Open a complaint case inside the caller's transaction (a call's, a visit's or its own). */
export function writeCase(tx: WriteTx, c: NewCase): { id: string; number: string } {
  const id = uuidv7();
  const number = allocateNumber(tx.db, 'case', tx.now);
  tx.insert(cases, {
    id,
    number,
    source: c.source,
    callId: c.callId ?? null,
    visitId: c.visitId ?? null,
    complainantName: c.complainantName,
    complainantPhone: c.complainantPhone ?? null,
    residentId: c.residentId ?? null,
    summary: c.summary,
    ownerId: c.ownerId,
    openedAt: tx.now,
    dueAt: c.dueAt,
  });
  return { id, number };
}

export function writeCaseNote(tx: WriteTx, caseId: string, staffId: string | null, kind: NoteKind, text: string, at = tx.now): void {
  tx.insert(caseNotes, { id: uuidv7(), caseId, at, staffId, kind, text });
}
