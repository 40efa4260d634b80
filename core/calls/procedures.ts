import { z } from 'zod';
import { mutate } from '../../db/mutate';
import { siteTimeZone } from '../../db/numbers';
import { calls } from '../../db/schema';
import { writeCase } from '../cases/write';
import { AppError, invalidField, notFound } from '../errors';
import { id } from '../fields';
import { procedure, type Ctx } from '../procedure';
import { getSetting } from '../settings/store';
import { pinyinKeys } from '../staff/pinyin';
import { resolveCall } from './log';
import { readCall, readCalls } from './read';
import { listInput, logInput, searchInput, updateInput } from './schemas';
import { prefixEnd } from './phone';
import { prepared, residentExists } from './sql';
import { dayBounds, dayStart } from './time';
import { workOrderDraft, type ResidentAddress } from './workorder-hook';
import { writeCall } from './write';

const DESK = ['reception', 'supervisor'] as const;
const HOUR = 3_600_000;

const me = (ctx: Ctx) => {
  if (!ctx.staff) throw new AppError('unauthenticated', 'error.unauthenticated');
  return ctx.staff.id;
};

/** Escape LIKE wildcards so a typed % or _ matches itself. */
const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function readResident(ctx: Ctx, residentId: string | null): ResidentAddress | undefined {
  if (!residentId) return undefined;
  return prepared(ctx.db, 'SELECT id, name, building, unit, room FROM residents WHERE id = ?').get(residentId) as ResidentAddress | undefined;
}

export const callProcedures = {
  'calls.log': procedure({
    input: logInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const record = resolveCall(ctx, input, me(ctx));
      const written = mutate(ctx.db, (tx) => {
        const w = writeCall(tx, record);
        ctx.audit(tx, 'calls.log', w.id, { reason: record.reason, outcome: record.outcome.kind });
        return w;
      });
      ctx.emit('data-changed', { tables: ['calls', 'call_messages', 'cases'] });
      return { ...written, receivedAt: record.receivedAt, lateAnswer: record.lateAnswer, outcome: record.outcome.kind };
    },
  }),

  'calls.update': procedure({
    input: updateInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const before = readCall(ctx.db, input.id);
      if (!before) throw notFound();
      if (input.residentId && !residentExists(ctx.db, input.residentId)) throw invalidField('residentId', 'calls.unknown_resident');
      const { id: callId, ...patch } = input;
      const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      if (Object.keys(changes).length === 0) throw invalidField('id', 'calls.nothing_to_change');
      const caseDueAt = ctx.clock() + getSetting(ctx.db, 'cases.dueHours') * HOUR;
      const opened = mutate(ctx.db, (tx) => {
        tx.update(calls, callId, {
          ...changes,
          ...(input.callerName ? { callerPinyin: pinyinKeys(input.callerName) } : {}),
        });
        // The old values stay in the audit trail: the log is corrected, never rewritten silently.
        const was = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before]]));
        ctx.audit(tx, 'calls.update', callId, { was, now: changes });
        // Re-classified as a complaint: it gets its case now, owned by whoever took the call.
        if (input.reason === 'complaint' && !before.case) {
          return writeCase(tx, {
            source: 'call',
            callId,
            complainantName: input.callerName ?? before.callerName,
            complainantPhone: input.callerPhone ?? before.callerPhone,
            residentId: input.residentId === undefined ? before.residentId : input.residentId,
            summary: input.summary ?? before.summary,
            ownerId: before.takenBy,
            dueAt: caseDueAt,
          });
        }
        return null;
      });
      ctx.emit('data-changed', { tables: ['calls', 'cases'] });
      return { id: callId, caseId: opened?.id ?? null };
    },
  }),

  'calls.get': procedure({
    input: z.object({ id }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const call = readCall(ctx.db, input.id);
      if (!call) throw notFound();
      const resident = readResident(ctx, call.residentId);
      const wantsWorkOrder = call.reason === 'repair';
      return {
        ...call,
        resident: resident ?? null,
        workOrder: wantsWorkOrder ? workOrderDraft(call, resident) : null,
      };
    },
  }),

  'calls.list': procedure({
    input: listInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const tz = siteTimeZone(ctx.db);
      const { start, end } = input?.day ? dayBounds(dayStart(input.day, tz), tz) : dayBounds(ctx.clock(), tz);
      const where = ['c.received_at >= ? AND c.received_at < ?'];
      const params: unknown[] = [start, end];
      if (input?.reason) {
        where.push('c.reason = ?');
        params.push(input.reason);
      }
      if (input?.outcome) {
        where.push('c.outcome = ?');
        params.push(input.outcome);
      }
      params.push(input?.limit ?? 200);
      return { from: start, to: end, calls: readCalls(ctx.db, where.join(' AND '), params, 'ORDER BY c.received_at DESC, c.id DESC LIMIT ?') };
    },
  }),

  'calls.search': procedure({
    input: searchInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const digits = input.q.replace(/[\s-]/g, '');
      const tail = 'ORDER BY c.received_at DESC LIMIT ?';
      if (/^\d{3,}$/.test(digits)) {
        return readCalls(ctx.db, 'c.caller_phone >= ? AND c.caller_phone < ?', [digits, prefixEnd(digits), input.limit], tail);
      }
      const q = like(input.q);
      const py = like(input.q.toLowerCase().replace(/\s+/g, ''));
      return readCalls(
        ctx.db,
        "c.caller_name LIKE ? ESCAPE '\\' OR c.caller_pinyin LIKE ? ESCAPE '\\' OR c.caller_company LIKE ? ESCAPE '\\' OR c.summary LIKE ? ESCAPE '\\'",
        [q, py, q, q, input.limit],
        tail,
      );
    },
  }),
};
