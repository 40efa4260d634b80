// GB 11643-1999: the 18th character of a resident ID number is a check digit, ISO 7064 MOD 11-2.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** An 18-character mainland ID number with a valid birth date and check digit (x taken as X). */
export function isValidCnId(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return idCheckChar(s) === s[17];
}

/** 330106199001011234 -> 3301**********1234; other documents keep their first 2 and last 2. */
export function maskId(s: string): string {
  if (s.length >= 18) return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
  if (s.length <= 4) return '*'.repeat(s.length);
  return `${s.slice(0, 2)}${'*'.repeat(s.length - 4)}${s.slice(-2)}`;
}
