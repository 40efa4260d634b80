import { z } from 'zod';
import { MOBILE_RE } from '../fields';

// Phones are stored normalised so that what a caller-ID display shows ("057188886666") and what
// a receptionist types ("0571-8888 6666") find the same rows with one indexed prefix range.

const LANDLINE_PARTS = /^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$/;
/** Short internal extensions (分机), e.g. a call put through from the switchboard. */
const EXTENSION_RE = /^\d{3,6}$/;

const squeeze = (s: string) => s.replace(/[\s()（）]/g, '');

/** Mobile as is; landline as area code + number (+ '-' extension); extension as is; else null. */
export function normalizePhone(raw: string): string | null {
  const s = squeeze(raw);
  if (MOBILE_RE.test(s) || EXTENSION_RE.test(s)) return s;
  const m = LANDLINE_PARTS.exec(s);
  if (!m) return null;
  return m[3] ? `${m[1]}${m[2]}-${m[3]}` : `${m[1]}${m[2]}`;
}

/** A caller's number: mobile, landline with area code, or a short internal extension. */
export const callerPhone = z
  .string()
  .trim()
  .min(1)
  .transform((s, ctx) => {
    const n = normalizePhone(s);
    if (n === null) {
      ctx.addIssue({ code: 'custom', message: 'issue.caller_phone' });
      return z.NEVER;
    }
    return n;
  });

/** A resident's number: mobile or landline (no internal extensions). */
export const residentPhone = z
  .string()
  .trim()
  .min(1)
  .transform((s, ctx) => {
    const n = normalizePhone(s);
    if (n === null || EXTENSION_RE.test(n)) {
      ctx.addIssue({ code: 'custom', message: 'issue.phone' });
      return z.NEVER;
    }
    return n;
  });

/** What is typed so far: digits (separators ignored), at least 3 of them. */
export const phonePrefix = z
  .string()
  .trim()
  .max(24)
  .transform((s) => s.replace(/\D/g, ''))
  .refine((s) => s.length >= 3, { message: 'issue.phone_prefix' });

/** Upper bound of a prefix range over digit strings: every key starting with p sorts below it. */
export const prefixEnd = (p: string) => `${p}\u007f`;

/** For display: 057188886666 -> 0571-88886666 (area codes of 3 digits start 01x/02x). */
export function formatPhone(p: string): string {
  const m = /^(0(?:1\d|2\d|\d{3}))(\d{7,8})(-\d{1,6})?$/.exec(p);
  return m ? `${m[1]}-${m[2]}${m[3] ?? ''}` : p;
}
