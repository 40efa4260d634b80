import { z } from 'zod';
import { id, longText, optionalText, phone, text } from '../fields';

/** 顺丰 / 中通 / 圆通 / 韵达 / EMS / 京东 / 其他 */
export const COURIERS = ['sf', 'zto', 'yto', 'yunda', 'ems', 'jd', 'other'] as const;
export const CHANNELS = ['phone', 'sms', 'wechat', 'in_person'] as const;
export const STATUSES = ['waiting', 'picked_up', 'returned'] as const;

/** A scanner types letters, digits and sometimes dashes; the Enter it sends is not part of it. */
export const trackingNo = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9-]{6,40}$/, { error: 'issue.invalid_type' }));

export const recipientInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resident'), id }).strict(),
  z.object({ kind: z.literal('staff'), id }).strict(),
  z.object({ kind: z.literal('other'), name: text(50), phone: phone.optional() }).strict(),
]);

export const receiveInput = z
  .object({
    trackingNo,
    courier: z.enum(COURIERS),
    recipient: recipientInput,
    shelf: optionalText(20),
    notes: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), longText(200).optional()),
  })
  .strict();
export type ReceiveInput = z.output<typeof receiveInput>;

export const pickUpInput = z
  .object({
    id,
    pickedUpBy: text(50),
    pickupCode: z.string().trim().regex(/^\d{6}$/, { error: 'parcels.wrong_code' }).optional(),
    /** The desk looked at an ID instead of asking for the code. */
    idChecked: z.boolean().optional(),
  })
  .strict()
  .refine((v) => v.pickupCode !== undefined || v.idChecked === true, { path: ['pickupCode'], message: 'parcels.need_check' });

export const listInput = z
  .object({ status: z.enum(STATUSES).default('waiting'), limit: z.number().int().min(1).max(500).default(200) })
  .strict()
  .optional();
