import { z } from 'zod';
import { epochMs, id, longText, optionalText, phone, text } from '../fields';

/** Keys are always lendable; other kinds come from the setting lending.kinds. */
export const KEY_KIND = 'key';

export const upsertInput = z
  .object({
    id: id.optional(),
    kind: z.string().regex(/^[a-z][a-z0-9_]{0,19}$/, { error: 'keys.unknown_kind' }).default(KEY_KIND),
    label: text(30),
    building: optionalText(20),
    unit: optionalText(20),
    room: optionalText(20),
    /** A public place instead of a home: 配电房, 天台, 会议室 ... */
    place: optionalText(30),
    count: z.number().int().min(1).max(999).default(1),
    notes: optionalText(200),
  })
  .strict()
  .refine((v) => v.kind !== KEY_KIND || !!v.place || (!!v.building && !!v.room), { path: ['place'], message: 'parcels.need_place' });
export type UpsertInput = z.output<typeof upsertInput>;

export const lendInput = z
  .object({
    keyId: id,
    borrower: text(50),
    phone,
    purpose: longText(200),
    dueAt: epochMs,
  })
  .strict();
export type LendInput = z.output<typeof lendInput>;

export const listInput = z
  .object({ kind: z.string().max(20).optional() })
  .strict()
  .optional();
