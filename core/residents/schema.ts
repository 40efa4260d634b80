import { z } from 'zod';
import { residentPhone } from '../calls/phone';
import { id, optionalText, text } from '../fields';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** One directory entry, as typed at the desk or read from one row of an import file. */
export const residentFields = z
  .object({
    name: text(50),
    building: text(20),
    unit: optionalText(20),
    room: text(20),
    phone: z.preprocess(blankToUndefined, residentPhone.optional()),
    phone2: z.preprocess(blankToUndefined, residentPhone.optional()),
    notes: optionalText(200),
  })
  .strict();
export type ResidentFields = z.output<typeof residentFields>;

export const residentInput = residentFields.extend({ id: id.optional() }).strict();
