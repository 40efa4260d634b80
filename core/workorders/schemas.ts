import { z } from 'zod';
import { epochMs, id, longText, optionalText, phone, text } from '../fields';
import { SATISFACTIONS, STATUSES } from './fold';
import { DAY_RE } from './day';

export const SOURCES = ['call', 'visit', 'walk-in', 'patrol'] as const;
export const PRIORITIES = ['urgent', 'normal'] as const;
export const SLIP_TEMPLATES = ['a4', 'a5', 'thermal80', 'dotmatrix'] as const;
export type SlipTemplate = (typeof SLIP_TEMPLATES)[number];

const isObject = (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null;

const address = z
  .object({ building: text(20), unit: optionalText(20), room: optionalText(20) })
  .strict();

export const createInput = z
  .object({
    source: z.enum(SOURCES),
    /** The call or visit this order came from (the calls and visits screens pass it). */
    sourceId: id.optional(),
    reporterName: text(30),
    reporterPhone: phone,
    residentId: id.optional(),
    address: address.optional(),
    publicLocation: optionalText(60),
    category: text(10),
    description: longText(1000),
    priority: z.enum(PRIORITIES).default('normal'),
    appointmentAt: epochMs.optional(),
  })
  .strict()
  // A repair is either in a flat (building/unit/room) or in a public part of the estate (公共部位).
  // `when` runs these even when other fields are wrong, so the desk sees every problem at once.
  .refine((v) => !!(v.address || v.publicLocation), { path: ['address', 'building'], error: 'workorders.place_required', when: isObject })
  .refine((v) => !(v.address && v.publicLocation), { path: ['publicLocation'], error: 'workorders.place_both', when: isObject });
export type CreateInput = z.output<typeof createInput>;

export const byId = z.object({ id }).strict();
export const dispatchInput = z.object({ id, workerId: id }).strict();
export const printInput = z.object({ id, template: z.enum(SLIP_TEMPLATES) }).strict();
export const completeInput = z
  .object({
    id,
    result: longText(500),
    materials: optionalText(200),
    minutesSpent: z.number().int().min(0).max(24 * 60 * 7).optional(),
    slipReturned: z.boolean(),
    signedByResident: z.boolean(),
  })
  .strict();
export const callbackInput = z
  .object({ id, satisfaction: z.enum(SATISFACTIONS), notes: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), longText(500).optional()) })
  .strict()
  .refine((v) => v.satisfaction !== 'unsatisfied' || !!v.notes, { path: ['notes'], error: 'workorders.notes_required', when: isObject });
export const reworkInput = z.object({ id, reason: longText(500), workerId: id }).strict();
export const cancelInput = z.object({ id, reason: longText(500) }).strict();
export const resolveInput = z.object({ id, eventId: id, note: longText(500) }).strict();
export const scanInput = z.object({ number: z.string().trim().min(1).max(40) }).strict();

export const listInput = z
  .object({
    status: z.union([z.literal('open'), z.literal('all'), z.enum(STATUSES)]).default('all'),
    workerId: id.optional(),
    category: text(10).optional(),
    from: epochMs.optional(),
    to: epochMs.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    /** Keyset paging: the createdAt and id of the last row already shown. */
    before: z.object({ createdAt: epochMs, id }).strict().optional(),
  })
  .strict()
  .default({ status: 'all', limit: 50 });

export const searchInput = z.object({ q: text(60), limit: z.number().int().min(1).max(100).default(30) }).strict();
export const dayInput = z
  .object({ day: z.string().regex(DAY_RE, { error: 'workorders.bad_day' }).optional() })
  .strict()
  .default({});
