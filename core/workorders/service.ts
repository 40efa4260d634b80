// The writes of work orders. Every step is one appended event, checked against the fold of the
// events so far (the same rules the fold applies to events from other desks), in one transaction.
import { v7 as uuidv7 } from 'uuid';
import { mutate, type WriteTx } from '../../db/mutate';
import { workOrderEvents, workOrders } from '../../db/schema';
import { allocateNumber } from '../../db/numbers';
import { AppError, conflict, invalidField, notFound } from '../errors';
import { t } from '../i18n';
import type { Ctx } from '../procedure';
import { getSetting } from '../settings/store';
import { openConflicts, step, type EventType, type FoldState } from './fold';
import { readFold, refreshFolds } from './projection';
import type { CreateInput } from './schemas';
import { stmt } from './sql';

/** What a write needs: the procedure context, or a scripted one (demo data) acting as a staff member or the system. */
export type WriteCtx = Pick<Ctx, 'db' | 'clock' | 'audit' | 'locale'> & { staffId: string | null };

export const writeCtx = (ctx: Ctx): WriteCtx => ({ ...ctx, staffId: ctx.staff?.id ?? null });

interface OrderRow {
  id: string;
  number: string;
}

function orderRow(tx: WriteTx, id: string): OrderRow {
  const row = stmt(tx.db, 'SELECT id, number FROM work_orders WHERE id = ? AND deleted_at IS NULL').get(id) as OrderRow | undefined;
  if (!row) throw notFound('workorders.not_found');
  return row;
}

function appendEvent(ctx: WriteCtx, tx: WriteTx, workOrderId: string, type: EventType, data: Record<string, unknown>): string {
  const eventId = uuidv7();
  tx.insert(workOrderEvents, { id: eventId, workOrderId, type, hlc: tx.hlc, at: tx.now, staffId: ctx.staffId, data: JSON.stringify(data) });
  return eventId;
}

function assertWorker(tx: WriteTx, workerId: string): void {
  const w = stmt(tx.db, "SELECT 1 FROM staff WHERE id = ? AND role = 'worker' AND active = 1 AND deleted_at IS NULL")
    .get(workerId);
  if (!w) throw invalidField('workerId', 'workorders.not_a_worker');
}

export function createWorkOrder(ctx: WriteCtx, input: CreateInput): { id: string; number: string } {
  const categories = getSetting(ctx.db, 'workOrders.categories');
  if (!categories.includes(input.category)) {
    throw invalidField('category', 'workorders.unknown_category', { categories: categories.join('、') });
  }
  return mutate(
    ctx.db,
    (tx) => {
      const id = uuidv7();
      const number = allocateNumber(tx.db, 'slip', tx.now);
      tx.insert(workOrders, {
        id,
        number,
        source: input.source,
        sourceId: input.sourceId ?? null,
        reporterName: input.reporterName,
        reporterPhone: input.reporterPhone,
        residentId: input.residentId ?? null,
        building: input.address?.building ?? null,
        unit: input.address?.unit ?? null,
        room: input.address?.room ?? null,
        publicLocation: input.publicLocation ?? null,
        category: input.category,
        description: input.description,
        priority: input.priority,
        appointmentAt: input.appointmentAt ?? null,
        createdAt: tx.now,
        createdBy: ctx.staffId,
      });
      appendEvent(ctx, tx, id, 'created', { source: input.source, sourceId: input.sourceId ?? null });
      ctx.audit(tx, 'workOrders.create', id, { number, category: input.category, priority: input.priority });
      refreshFolds(tx.db);
      return { id, number };
    },
    { clock: ctx.clock },
  );
}

/**
 * Append one step to an order if the fold allows it from where the order is now; otherwise a
 * refusal that names the order, its status and the step. `check` adds the step's own refusals.
 */
export function appendStep(
  ctx: WriteCtx,
  id: string,
  type: EventType,
  data: Record<string, unknown>,
  check?: (tx: WriteTx, order: OrderRow, state: FoldState) => void,
): FoldState {
  return mutate(
    ctx.db,
    (tx) => {
      refreshFolds(tx.db);
      const order = orderRow(tx, id);
      const state = readFold(tx.db, id);
      const tried = step(state, { id: '', type, hlc: tx.hlc, at: tx.now, staffId: ctx.staffId, data }, true);
      if (!tried.ok) {
        throw conflict('workorders.refused', {
          number: order.number,
          status: t(ctx.locale, `workorders.status.${state.status}`),
          action: t(ctx.locale, `workorders.action.${type}`),
        });
      }
      check?.(tx, order, state);
      appendEvent(ctx, tx, id, type, data);
      ctx.audit(tx, `workOrders.${type}`, id, data);
      refreshFolds(tx.db);
      return readFold(tx.db, id);
    },
    { clock: ctx.clock },
  );
}

export const dispatchWorkOrder = (ctx: WriteCtx, id: string, workerId: string) =>
  appendStep(ctx, id, 'dispatched', { workerId }, (tx) => assertWorker(tx, workerId));

export const reworkWorkOrder = (ctx: WriteCtx, id: string, reason: string, workerId: string) =>
  appendStep(ctx, id, 'rework', { workerId, reason }, (tx) => assertWorker(tx, workerId));

/** Records a print; the second and later prints of a slip are reprints (补打). */
export function printWorkOrder(ctx: WriteCtx, id: string, template: string) {
  const s = appendStep(ctx, id, 'printed', { template });
  return { printCount: s.printCount, reprint: s.printCount > 1 };
}

export function returnSlip(ctx: WriteCtx, id: string): FoldState {
  return appendStep(ctx, id, 'slip_returned', {}, (_tx, order, state) => {
    if (state.printCount === 0) throw conflict('workorders.no_slip_out', { number: order.number });
    if (state.slipReturned) throw conflict('workorders.slip_already_returned', { number: order.number });
  });
}

/** A person looked at a flagged step (two desks raced) and settled it; the flag stays in history. */
export function resolveConflict(ctx: WriteCtx, id: string, eventId: string, note: string): FoldState {
  return appendStep(ctx, id, 'conflict_resolved', { eventId, note }, (_tx, _order, state) => {
    if (!openConflicts(state).some((c) => c.eventId === eventId)) {
      throw new AppError('invalid', 'error.invalid', {}, [{ path: ['eventId'], key: 'workorders.no_such_conflict' }]);
    }
  });
}
