import { z } from 'zod';
import { epochMs, id, longText, optionalText, text } from '../fields';
import { callerPhone } from './phone';

/** 咨询 / 报修 / 投诉 / 预约 / 留言 / 其他 */
export const REASONS = ['consult', 'repair', 'complaint', 'appointment', 'message', 'other'] as const;
export type Reason = (typeof REASONS)[number];
export const OUTCOMES = ['answered', 'transferred', 'message'] as const;

/** In a correction, an emptied field is cleared (null); an absent one is kept. */
const clearable = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable().optional());

/** Empty free text becomes undefined, so a cleared field is simply absent. */
const optionalLong = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), longText(max).optional());

export const outcomeInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answered') }).strict(),
  z
    .object({
      kind: z.literal('transferred'),
      toStaffId: id,
      connected: z.boolean(),
      // Used only when nobody picked up: the transfer then becomes a message for that person.
      text: optionalLong(500),
      callbackDueAt: epochMs.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('message'),
      forStaffId: id,
      /** What to pass on; the call's summary when left empty. */
      text: optionalLong(500),
      callbackDueAt: epochMs.optional(),
    })
    .strict(),
]);
export type OutcomeInput = z.output<typeof outcomeInput>;

export const logInput = z
  .object({
    /** Defaults to now; kept to the minute. */
    receivedAt: epochMs.optional(),
    answeredAfterRings: z.number().int().min(1).max(30).optional(),
    moreThanThreeRings: z.boolean().optional(),
    callerName: text(50),
    callerPhone,
    callerCompany: optionalText(100),
    residentId: id.optional(),
    reason: z.enum(REASONS),
    summary: longText(1000),
    outcome: outcomeInput,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.answeredAfterRings !== undefined && v.moreThanThreeRings !== undefined && v.answeredAfterRings > 3 !== v.moreThanThreeRings) {
      ctx.addIssue({ code: 'custom', path: ['moreThanThreeRings'], message: 'calls.rings_mismatch' });
    }
  });
export type LogInput = z.output<typeof logInput>;

/** Corrections to what was written down; when, how and what was done stay as recorded. */
export const updateInput = z
  .object({
    id,
    callerName: text(50).optional(),
    callerPhone: callerPhone.optional(),
    callerCompany: clearable(text(100)),
    residentId: clearable(id),
    reason: z.enum(REASONS).optional(),
    summary: longText(1000).optional(),
  })
  .strict();

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'issue.day' });

export const listInput = z
  .object({
    /** yyyy-mm-dd in the desk's time zone; today when absent. */
    day: day.optional(),
    reason: z.enum(REASONS).optional(),
    outcome: z.enum(OUTCOMES).optional(),
    limit: z.number().int().min(1).max(500).default(200),
  })
  .strict()
  .optional();

export const searchInput = z
  .object({ q: text(50), limit: z.number().int().min(1).max(100).default(30) })
  .strict();

export const kpiInput = z
  .object({ from: epochMs, to: epochMs })
  .strict()
  .refine((v) => v.to > v.from, { path: ['to'], message: 'issue.range_order' });
