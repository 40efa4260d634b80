import { z } from 'zod';
import { mutate } from '../../db/mutate';
import { cases } from '../../db/schema';
import { callerPhone } from '../calls/phone';
import { findStaff, prepared, residentExists } from '../calls/sql';
import { dueStateOf } from '../calls/due';
import { conflict, forbidden, invalidField, notFound } from '../errors';
import { epochMs, id, longText, text } from '../fields';
import { procedure, type Ctx } from '../procedure';
import { getSetting } from '../settings/store';
import { CASE_SOURCES, SATISFACTION, writeCase, writeCaseNote } from './write';

const DESK = ['reception', 'supervisor'] as const;
const HOUR = 3_600_000;

interface CaseRow {
  id: string;
  number: string;
  source: string;
  callId: string | null;
  visitId: string | null;
  complainantName: string;
  complainantPhone: string | null;
  residentId: string | null;
  summary: string;
  ownerId: string;
  ownerName: string | null;
  openedAt: number;
  dueAt: number;
  escalatedAt: number | null;
  escalatedTo: string | null;
  escalatedToName: string | null;
  closedAt: number | null;
  result: string | null;
  satisfaction: string | null;
}

const CASE_SELECT = `
  SELECT k.id, k.number, k.source, k.call_id AS callId, k.visit_id AS visitId, k.complainant_name AS complainantName,
         k.complainant_phone AS complainantPhone, k.resident_id AS residentId, k.summary, k.owner_id AS ownerId,
         o.name AS ownerName, k.opened_at AS openedAt, k.due_at AS dueAt, k.escalated_at AS escalatedAt,
         k.escalated_to AS escalatedTo, e.name AS escalatedToName, k.closed_at AS closedAt, k.result, k.satisfaction
  FROM cases k LEFT JOIN staff o ON o.id = k.owner_id LEFT JOIN staff e ON e.id = k.escalated_to
  WHERE k.deleted_at IS NULL`;

function loadCase(ctx: Ctx, caseId: string): CaseRow {
  const row = prepared(ctx.db, `${CASE_SELECT} AND k.id = ?`).get(caseId) as CaseRow | undefined;
  if (!row) throw notFound();
  return row;
}

/** First-contact ownership: the owner works the case; a supervisor may step in. */
function requireOwnerOrSupervisor(ctx: Ctx, c: CaseRow): void {
  if (ctx.staff!.id !== c.ownerId && ctx.staff!.role !== 'supervisor') throw forbidden('cases.owner_only', { owner: c.ownerName ?? '' });
}

function requireFutureDue(ctx: Ctx, dueAt: number | undefined): void {
  if (dueAt !== undefined && dueAt < ctx.clock()) throw invalidField('dueAt', 'calls.due_in_past');
}

function withDue(ctx: Ctx) {
  const state = dueStateOf(ctx.db, ctx.clock());
  return (c: CaseRow) => ({ ...c, status: c.closedAt ? ('closed' as const) : ('open' as const), due: c.closedAt ? null : state(c.dueAt) });
}

export const caseProcedures = {
  'cases.open': procedure({
    input: z
      .object({
        source: z.enum(CASE_SOURCES),
        callId: id.optional(),
        visitId: id.optional(),
        complainantName: text(50),
        complainantPhone: callerPhone.optional(),
        residentId: id.optional(),
        summary: longText(1000),
        dueAt: epochMs.optional(),
      })
      .strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      requireFutureDue(ctx, input.dueAt);
      if (input.residentId && !residentExists(ctx.db, input.residentId)) throw invalidField('residentId', 'calls.unknown_resident');
      if (input.callId) {
        if (!prepared(ctx.db, 'SELECT 1 FROM calls WHERE id = ?').get(input.callId)) throw invalidField('callId', 'cases.unknown_call');
        if (prepared(ctx.db, 'SELECT 1 FROM cases WHERE call_id = ? AND deleted_at IS NULL').get(input.callId)) throw conflict('cases.call_has_case');
      }
      const opened = mutate(ctx.db, (tx) => {
        const c = writeCase(tx, {
          ...input,
          ownerId: ctx.staff!.id,
          dueAt: input.dueAt ?? tx.now + getSetting(ctx.db, 'cases.dueHours') * HOUR,
        });
        ctx.audit(tx, 'cases.open', c.id, { source: input.source });
        return c;
      });
      ctx.emit('data-changed', { tables: ['cases'] });
      return opened;
    },
  }),

  'cases.update': procedure({
    input: z
      .object({ id, note: longText(1000).optional(), dueAt: epochMs.optional(), ownerId: id.optional() })
      .strict()
      .refine((v) => v.note !== undefined || v.dueAt !== undefined || v.ownerId !== undefined, { path: ['note'], message: 'issue.required' }),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const c = loadCase(ctx, input.id);
      if (c.closedAt) throw conflict('cases.closed');
      // Anyone at the desk may add what a follow-up call said; moving the promise is the owner's call.
      // ...and so is handing the case on to someone else at the desk.
      if (input.dueAt !== undefined || input.ownerId !== undefined) requireOwnerOrSupervisor(ctx, c);
      requireFutureDue(ctx, input.dueAt);
      const owner = input.ownerId === undefined || input.ownerId === c.ownerId ? undefined : findStaff(ctx.db, input.ownerId);
      if (input.ownerId !== undefined && input.ownerId !== c.ownerId && !owner) throw invalidField('ownerId', 'calls.unknown_staff');
      mutate(ctx.db, (tx) => {
        if (input.note) writeCaseNote(tx, c.id, ctx.staff!.id, 'note', input.note);
        if (input.dueAt !== undefined) {
          tx.update(cases, c.id, { dueAt: input.dueAt, escalatedAt: null, escalatedTo: null });
          writeCaseNote(tx, c.id, ctx.staff!.id, 'due_changed', String(input.dueAt));
        }
        if (owner) {
          tx.update(cases, c.id, { ownerId: owner.id });
          writeCaseNote(tx, c.id, ctx.staff!.id, 'owner_changed', owner.name);
        }
        ctx.audit(tx, 'cases.update', c.id, { note: !!input.note, dueAt: input.dueAt, ownerId: owner?.id });
      });
      ctx.emit('data-changed', { tables: ['cases'] });
      return { id: c.id };
    },
  }),

  'cases.close': procedure({
    input: z.object({ id, result: longText(1000), satisfaction: z.enum(SATISFACTION) }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const c = loadCase(ctx, input.id);
      if (c.closedAt) throw conflict('cases.closed');
      requireOwnerOrSupervisor(ctx, c);
      const closedAt = mutate(ctx.db, (tx) => {
        tx.update(cases, c.id, { closedAt: tx.now, closedBy: ctx.staff!.id, result: input.result, satisfaction: input.satisfaction });
        writeCaseNote(tx, c.id, ctx.staff!.id, 'closed', input.result);
        ctx.audit(tx, 'cases.close', c.id, { satisfaction: input.satisfaction });
        return tx.now;
      });
      ctx.emit('data-changed', { tables: ['cases'] });
      return { id: c.id, closedAt };
    },
  }),

  'cases.list': procedure({
    input: z
      .object({
        status: z.enum(['open', 'closed', 'all']).default('open'),
        ownerId: id.optional(),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict()
      .optional(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const status = input?.status ?? 'open';
      const filter = status === 'open' ? 'AND k.closed_at IS NULL' : status === 'closed' ? 'AND k.closed_at IS NOT NULL' : '';
      // Open cases: the most urgent first; closed ones: the latest first.
      const order = status === 'open' ? 'ORDER BY k.due_at, k.id' : 'ORDER BY COALESCE(k.closed_at, k.opened_at) DESC, k.id';
      const rows = prepared(ctx.db, `${CASE_SELECT} ${filter} AND (@owner IS NULL OR k.owner_id = @owner) ${order} LIMIT @limit`).all({
        owner: input?.ownerId ?? null,
        limit: input?.limit ?? 200,
      }) as CaseRow[];
      return rows.map(withDue(ctx));
    },
  }),

  'cases.get': procedure({
    input: z.object({ id }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const c = loadCase(ctx, input.id);
      const notes = prepared(
        ctx.db,
        `SELECT n.id, n.at, n.staff_id AS staffId, s.name AS staffName, n.kind, n.text
         FROM case_notes n LEFT JOIN staff s ON s.id = n.staff_id
         WHERE n.case_id = ? AND n.deleted_at IS NULL ORDER BY n.at, n.id`,
      ).all(c.id) as { id: string; at: number; staffId: string | null; staffName: string | null; kind: string; text: string }[];
      return { ...withDue(ctx)(c), notes };
    },
  }),
};

