import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidCnId, maskId } from './idcard';

// An independent check: the standard's formula written out as sum(a_i * 2^(17-i)) mod 11, then
// (12 - sum) mod 11, with 10 written X. It shares no table with the implementation.
function reference(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

const first17 = fc
  .tuple(fc.stringMatching(/^[1-6]\d{5}$/), fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }), fc.stringMatching(/^\d{3}$/))
  .map(([area, d, seq]) => `${area}${d.toISOString().slice(0, 10).replace(/-/g, '')}${seq}`);

describe('ID number check digit (GB 11643)', () => {
  it('agrees with an independent implementation on random numbers', () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...'0123456789X'), (body, last) => {
        expect(isValidCnId(body + last)).toBe(reference(body) === last);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a known good number, lower-case x too, and refuses bad dates and lengths', () => {
    expect(isValidCnId('11010519491231002X')).toBe(true);
    expect(isValidCnId('11010519491231002x')).toBe(true);
    expect(isValidCnId('110105194912310021')).toBe(false);
    expect(isValidCnId('110105194902300020')).toBe(false);
    expect(isValidCnId('1101051949123100')).toBe(false);
  });

  it('masks all but the first 4 and last 4', () => {
    expect(maskId('11010519491231002X')).toBe('1101**********002X');
    expect(maskId('E12345678')).toBe('E1*****78');
  });
});
