import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHlc } from './hlc';
import { mergeFields } from './merge';
import type { Fields } from './protocol';

const hlc = fc
  .record({ wall: fc.integer({ min: 0, max: 50 }), counter: fc.integer({ min: 0, max: 3 }), node: fc.constantFrom('a', 'b', 'c') })
  .map(formatHlc);
const value = fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -3, max: 3 }), fc.constant(null));
const fields: fc.Arbitrary<Fields> = fc.dictionary(fc.constantFrom('x', 'y', 'z', 'deleted_at'), fc.tuple(value, hlc));
const m = (a: Fields, b: Fields) => mergeFields(a, b).merged;
const norm = (f: Fields) => Object.fromEntries(Object.entries(f).sort(([a], [b]) => (a < b ? -1 : 1)));

describe('per-field merge', () => {
  it('is commutative', () => {
    fc.assert(fc.property(fields, fields, (a, b) => {
      expect(norm(m(a, b))).toEqual(norm(m(b, a)));
    }));
  });
  it('is associative', () => {
    fc.assert(fc.property(fields, fields, fields, (a, b, c) => {
      expect(norm(m(m(a, b), c))).toEqual(norm(m(a, m(b, c))));
    }));
  });
  it('is idempotent, and reports no change when nothing is new', () => {
    fc.assert(
      fc.property(fields, fields, (a, b) => {
        const once = m(a, b);
        expect(norm(m(once, b))).toEqual(norm(once));
        expect(mergeFields(once, b).changed).toEqual([]);
      }),
    );
  });
  it('converges over shuffled and duplicated deliveries', () => {
    fc.assert(
      fc.property(fc.array(fields, { maxLength: 8 }), fc.func(fc.integer()), (changes, key) => {
        const twice = [...changes, ...changes].map((c, i) => ({ c, k: key(i) })).sort((p, q) => p.k - q.k);
        const inOrder = changes.reduce(m, {});
        const shuffled = twice.reduce((acc, { c }) => m(acc, c), {} as Fields);
        expect(norm(shuffled)).toEqual(norm(inOrder));
      }),
    );
  });
  it('keeps the newer write of each field, field by field', () => {
    const a: Fields = { x: ['old', formatHlc({ wall: 1, counter: 0, node: 'a' })], y: ['new', formatHlc({ wall: 9, counter: 0, node: 'a' })] };
    const b: Fields = { x: ['new', formatHlc({ wall: 5, counter: 0, node: 'b' })], y: ['old', formatHlc({ wall: 2, counter: 0, node: 'b' })] };
    expect(m(a, b)).toEqual({ x: b.x, y: a.y });
  });
});
