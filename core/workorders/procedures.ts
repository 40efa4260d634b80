import { z } from 'zod';
import { siteTimeZone } from '../../db/numbers';
import { notFound } from '../errors';
import { procedure, type Ctx } from '../procedure';
import { localDay } from './day';
import { followUps, reworkReport } from './followups';
import { findByNumber, getDetail, listOrders, listWorkers, searchOrders } from './queries';
import {
  byId,
  callbackInput,
  cancelInput,
  completeInput,
  createInput,
  dayInput,
  dispatchInput,
  listInput,
  printInput,
  resolveInput,
  reworkInput,
  scanInput,
  searchInput,
} from './schemas';
import {
  appendStep,
  createWorkOrder,
  dispatchWorkOrder,
  printWorkOrder,
  resolveConflict,
  returnSlip,
  reworkWorkOrder,
  writeCtx,
} from './service';

// Writes are the receptionists' and the supervisor's; a host or worker signed in at the desk may read.
const writers = ['reception', 'supervisor'] as const;

function changed<T>(ctx: Ctx, value: T): T {
  ctx.emit('data-changed', { tables: ['work_orders'] });
  return value;
}

/** After a step, the caller gets the order as it now is (the screen shows it at once). */
const afterStep = (ctx: Ctx, id: string) => changed(ctx, getDetail(ctx.db, id));

export const workOrderProcedures = {
  'workOrders.create': procedure({
    input: createInput,
    roles: ['desk'],
    staffRoles: writers,
    handler: (ctx, input) => changed(ctx, createWorkOrder(writeCtx(ctx), input)),
  }),

  'workOrders.dispatch': procedure({
    input: dispatchInput,
    roles: ['desk'],
    staffRoles: writers,
    handler(ctx, input) {
      dispatchWorkOrder(writeCtx(ctx), input.id, input.workerId);
      return afterStep(ctx, input.id);
    },
  }),

  /** Counts the print; the second and later are reprints (补打), marked on the slip. */
  'workOrders.print': procedure({
    input: printInput,
    roles: ['desk'],
    staffRoles: writers,
    handler: (ctx, input) => changed(ctx, printWorkOrder(writeCtx(ctx), input.id, input.template)),
  }),

  /** The desk phoned the resident: the worker is there. */
  'workOrders.confirmArrival': procedure({
    input: byId,
    roles: ['desk'],
    staffRoles: writers,
    handler(ctx, input) {
      appendStep(writeCtx(ctx), input.id, 'arrived', {});
      return afterStep(ctx, input.id);
    },
  }),

  'workOrders.complete': procedure({
    input: completeInput,
    roles: ['desk'],
    staffRoles: writers,
    handler(ctx, { id, ...data }) {
      appendStep(writeCtx(ctx), id, 'completed', data);
      return afterStep(ctx, id);
    },
  }),

  /** 回访: satisfied or fair closes the order; unsatisfied sends it to rework. */
  'workOrders.callback': procedure({
    input: callbackInput,
    roles: ['desk'],
    staffRoles: writers,
    handler(ctx, { id, ...data }) {
      appendStep(writeCtx(ctx), id, 'called_back', data);
      return afterStep(ctx, id);
    },
  }),

  'workOrders.rework': procedure({
    input: reworkInput,
    roles: ['desk'],
    staffRoles: writers,
    handler(ctx, input) {
      reworkWorkOrder(writeCtx(ctx), input.id, input.reason, input.workerId);
      return afterStep(ctx, input.id);
    },
  }),

  'workOrders.cancel': procedure({
    input: cancelInput,
    roles: ['desk'],
    staffRoles: writers,
    handler(ctx, input) {
      appendStep(writeCtx(ctx), input.id, 'cancelled', { reason: input.reason });
      return afterStep(ctx, input.id);
    },
  }),

  /** The worker brought the signed slip back after the completion was recorded. */
  'workOrders.returnSlip': procedure({
    input: byId,
    roles: ['desk'],
    staffRoles: writers,
    handler(ctx, input) {
      returnSlip(writeCtx(ctx), input.id);
      return afterStep(ctx, input.id);
    },
  }),

  /** A person settles a step that was refused because two desks raced; the history keeps both. */
  'workOrders.resolveConflict': procedure({
    input: resolveInput,
    roles: ['desk'],
    staffRoles: writers,
    handler(ctx, input) {
      resolveConflict(writeCtx(ctx), input.id, input.eventId, input.note);
      return afterStep(ctx, input.id);
    },
  }),

  'workOrders.get': procedure({
    input: byId,
    roles: ['desk'],
    handler: (ctx, input) => getDetail(ctx.db, input.id),
  }),

  /** What a USB scanner types from the slip's QR code (the number, then Enter). */
  'workOrders.scan': procedure({
    input: scanInput,
    roles: ['desk'],
    handler(ctx, input) {
      const found = findByNumber(ctx.db, input.number);
      if (!found) throw notFound('workorders.number_not_found', { number: input.number.trim().toUpperCase() });
      return getDetail(ctx.db, found.id);
    },
  }),

  'workOrders.list': procedure({
    input: listInput,
    roles: ['desk'],
    handler: (ctx, input) => listOrders(ctx.db, input),
  }),

  'workOrders.search': procedure({
    input: searchInput,
    roles: ['desk'],
    handler: (ctx, input) => searchOrders(ctx.db, input.q, input.limit),
  }),

  'workOrders.followUps': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    handler: (ctx) => followUps(ctx.db, ctx.clock()),
  }),

  /** The day's rework, for the supervisor's next-morning report (default: today). */
  'workOrders.reworkReport': procedure({
    input: dayInput,
    roles: ['desk'],
    handler: (ctx, input) => reworkReport(ctx.db, input.day ?? localDay(ctx.clock(), siteTimeZone(ctx.db))),
  }),

  'workers.list': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    handler: (ctx) => listWorkers(ctx.db),
  }),
};
