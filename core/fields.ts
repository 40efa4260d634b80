import { z } from 'zod';

// Shared field validators. Error messages are message keys, translated at the boundary.

// Control characters (except tab/newline in multi-line text) and emoji are refused in names and
// short fields: they break printing and searching and are never what a receptionist meant to type.
// Lone surrogates too (half an emoji, cut by a paste): SQLite and JSON would store them as U+FFFD
// or refuse them, so the text read back would differ from what was saved. With the `u` flag a
// surrogate range matches only unpaired halves; a proper pair is one code point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u;
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F]/u;

export function isCleanText(s: string, multiline = false): boolean {
  if (!multiline && /[\t\r\n]/.test(s)) return false;
  return !CONTROL.test(s) && !EMOJI.test(s);
}

/** A single-line text field, trimmed, 1..max characters. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => isCleanText(s), { error: 'issue.control_chars' });

/** Optional single-line text: empty becomes undefined. */
export const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), text(max).optional());

/** Multi-line free text (notes, descriptions). */
export const longText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => isCleanText(s, true), { error: 'issue.control_chars' });

export const MOBILE_RE = /^1[3-9]\d{9}$/;
/** Landline with area code, optional extension: 0571-88886666, 057188886666, 010-12345678-123 */
export const LANDLINE_RE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

export const phone = z
  .string()
  .trim()
  .transform((s) => s.replace(/[\s]/g, ''))
  .refine((s) => MOBILE_RE.test(s) || LANDLINE_RE.test(s), { error: 'issue.phone' });

export const id = z.string().uuid();
export const pin = z.string().regex(/^\d{4,8}$/, { error: 'issue.pin_format' });
export const epochMs = z.number().int().min(0).max(8_640_000_000_000);
