import { invalidField } from '../errors';
import type { Ctx } from '../procedure';
import { getSetting } from '../settings/store';
import type { LogInput } from './schemas';
import { findStaff, residentExists } from './sql';
import { toMinute } from './time';
import type { CallRecord, Outcome } from './write';

const HOUR = 3_600_000;
export const LATE_AFTER_RINGS = 3;

/** Check what the receptionist wrote against the desk's records and fill in the defaults. */
export function resolveCall(ctx: Ctx, input: LogInput, takenBy: string): CallRecord {
  const now = ctx.clock();
  const receivedAt = toMinute(input.receivedAt ?? now);
  if (receivedAt > toMinute(now)) throw invalidField('receivedAt', 'calls.future_time');
  if (input.residentId && !residentExists(ctx.db, input.residentId)) throw invalidField('residentId', 'calls.unknown_resident');
  const rings = input.answeredAfterRings ?? null;
  return {
    receivedAt,
    rings,
    lateAnswer: input.moreThanThreeRings ?? (rings !== null && rings > LATE_AFTER_RINGS),
    callerName: input.callerName,
    callerPhone: input.callerPhone,
    callerCompany: input.callerCompany ?? null,
    residentId: input.residentId ?? null,
    reason: input.reason,
    summary: input.summary,
    outcome: resolveOutcome(ctx, input, now),
    takenBy,
    caseDueAt: now + getSetting(ctx.db, 'cases.dueHours') * HOUR,
  };
}

function resolveOutcome(ctx: Ctx, input: LogInput, now: number): Outcome {
  const o = input.outcome;
  if (o.kind === 'answered') return o;
  const staffId = o.kind === 'transferred' ? o.toStaffId : o.forStaffId;
  const staffField = o.kind === 'transferred' ? 'toStaffId' : 'forStaffId';
  if (!findStaff(ctx.db, staffId)) throw invalidField(['outcome', staffField], 'calls.unknown_staff');
  if (o.kind === 'transferred' && o.connected) return { kind: 'transferred', toStaffId: staffId };
  // A message, or a transfer nobody picked up: the caller is promised a callback.
  const callbackDueAt = o.callbackDueAt ?? now + getSetting(ctx.db, 'calls.callbackHours') * HOUR;
  if (callbackDueAt < toMinute(now)) throw invalidField(['outcome', 'callbackDueAt'], 'calls.due_in_past');
  return {
    kind: 'message',
    forStaffId: staffId,
    text: o.text ?? input.summary,
    callbackDueAt,
    transferFailed: o.kind === 'transferred',
  };
}
