import { z } from 'zod';
import { epochMs, id, longText, optionalText, text } from '../fields';
import { normalizePhone } from '../calls/phone';
import { isValidCnId } from './idcard';

/** 业务洽谈 / 面试 / 送货 / 维修施工 / 探访 / 其他 */
export const PURPOSES = ['business', 'interview', 'delivery', 'works', 'personal', 'other'] as const;
export const ID_TYPES = ['cn', 'passport', 'other'] as const;

/** A visitor's phone: mainland mobile, or landline with area code and optional extension (normalised). */
export const visitorPhone = z
  .string()
  .trim()
  .min(1)
  .max(24)
  .transform((s, ctx) => {
    const n = normalizePhone(s);
    if (n === null || /^\d{3,6}$/.test(n)) {
      ctx.addIssue({ code: 'custom', message: 'issue.phone' });
      return z.NEVER;
    }
    return n;
  });

/** An ID number: a mainland ID (居民身份证, GB 11643 check digit) unless idType says passport/other. */
const checkIdNumber = (v: { idType?: string; idNumber?: string }, ctx: z.RefinementCtx) => {
  if (v.idNumber === undefined) return;
  const ok = (v.idType ?? 'cn') === 'cn' ? isValidCnId(v.idNumber) : /^[A-Za-z0-9-]{4,30}$/.test(v.idNumber);
  if (!ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: 'visits.bad_id' });
};

const hostFields = {
  /** A staff member (role host or any staff); or hostName when the visitor names someone else. */
  hostId: id.optional(),
  hostName: optionalText(50),
};

export const visitFields = z.object({
  visitorName: text(50),
  phone: visitorPhone,
  ...hostFields,
  purpose: z.enum(PURPOSES),
  purposeNote: optionalText(100),
  partySize: z.number().int().min(1).max(50).default(1),
  company: optionalText(100),
  items: optionalText(200),
});

const needsHost = (v: { hostId?: string; hostName?: string }, ctx: z.RefinementCtx) => {
  if (!v.hostId && !v.hostName) ctx.addIssue({ code: 'custom', path: ['hostId'], message: 'visits.host_required' });
};

const consent = z.object({ noticeVersion: z.string().trim().min(1).max(20) }).strict();

export const checkInInput = visitFields
  .extend({
    idType: z.enum(ID_TYPES).optional(),
    idNumber: z
      .string()
      .trim()
      .transform((s) => s.toUpperCase())
      // Checked here too, so a bad number is named even when other fields are wrong as well.
      .refine((s) => (/^\d{17}[\dX]$/.test(s) ? isValidCnId(s) : /^[A-Z0-9-]{4,30}$/.test(s)), { message: 'visits.bad_id' })
      .optional(),
    appointmentId: id.optional(),
    consent: consent.optional(),
    /** The desk saw the blocklist warning and lets the visitor in anyway. */
    overrideBlocklist: z.boolean().optional(),
  })
  .strict()
  .superRefine(needsHost)
  .superRefine(checkIdNumber)
  .superRefine((v, ctx) => {
    // An ID number is kept only with the visitor's consent.
    if (v.idNumber && !v.consent) ctx.addIssue({ code: 'custom', path: ['consent'], message: 'visits.consent_required' });
  });
export type CheckInInput = z.output<typeof checkInInput>;

/** The kiosk: the same fields, consent required, no ID number, no free-text host. */
export const kioskCheckInInput = visitFields
  .omit({ hostName: true, items: true })
  .extend({ hostId: id, consent })
  .strict();

export const checkOutInput = z
  .object({
    visitId: id.optional(),
    badgeNo: z.string().trim().min(3).max(40).optional(),
    phone: visitorPhone.optional(),
    badgeReturned: z.boolean().default(true),
  })
  .strict()
  .refine((v) => !!(v.visitId || v.badgeNo || v.phone), { path: ['badgeNo'], message: 'visits.who_leaves' });

export const kioskCheckOutInput = z
  .object({ badgeNo: z.string().trim().min(3).max(40).optional(), phone: visitorPhone.optional() })
  .strict()
  .refine((v) => !!(v.badgeNo || v.phone), { path: ['badgeNo'], message: 'visits.who_leaves' });

export const searchInput = z
  .object({
    q: z.string().trim().max(50).refine((s) => !s || /^[\p{L}\p{N} ._@-]*$/u.test(s), { message: 'issue.control_chars' }).optional(),
    hostId: id.optional(),
    from: epochMs.optional(),
    to: epochMs.optional(),
    page: z.number().int().min(0).max(10_000).default(0),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict()
  .refine((v) => v.from === undefined || v.to === undefined || v.from < v.to, { path: ['to'], message: 'issue.range_order' });

export const updateInput = z
  .object({
    id,
    visitorName: text(50).optional(),
    company: optionalText(100),
    ...hostFields,
    purpose: z.enum(PURPOSES).optional(),
    purposeNote: optionalText(100),
    partySize: z.number().int().min(1).max(50).optional(),
    items: optionalText(200),
  })
  .strict();

export const preRegisterInput = visitFields
  .omit({ items: true, purposeNote: true })
  .extend({ expectedAt: epochMs })
  .strict()
  .superRefine(needsHost);

export const refusedInput = z
  .object({
    kind: z.enum(['refused', 'forced']),
    description: longText(500),
    personName: optionalText(50),
  })
  .strict();

export const blocklistAddInput = z
  .object({ name: text(50), phone: visitorPhone.optional(), reason: longText(200) })
  .strict();

export const rangeInput = z
  .object({ from: epochMs, to: epochMs })
  .strict()
  .refine((v) => v.from < v.to, { path: ['to'], message: 'issue.range_order' });
