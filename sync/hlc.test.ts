import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareHlc, createHlc, formatHlc, HLC_MAX_COUNTER, HlcError, parseHlc } from './hlc';

describe('HLC', () => {
  it('is strictly monotonic whatever the wall clock does (steady, repeated, backwards)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { minLength: 1, maxLength: 200 }), (walls) => {
        let i = 0;
        const hlc = createHlc('node-a', () => walls[Math.min(i++, walls.length - 1)]);
        let prev = '';
        for (let k = 0; k < walls.length; k++) {
          const ts = hlc.now();
          expect(compareHlc(ts, prev)).toBe(1);
          prev = ts;
        }
      }),
    );
  });

  it('orders every later local event after any received timestamp', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 1_000_000 }),
        fc.integer({ min: -50_000, max: 50_000 }),
        fc.integer({ min: 0, max: 100 }),
        (local, skew, counter) => {
          const hlc = createHlc('b', () => local);
          const remote = formatHlc({ wall: Math.max(0, local + skew), counter, node: 'a' });
          hlc.receive(remote);
          expect(compareHlc(hlc.now(), remote)).toBe(1);
        },
      ),
    );
  });

  it('round-trips through its text form, and text order equals (wall, counter, node) order', () => {
    const state = fc.record({
      wall: fc.integer({ min: 0, max: 999_999_999_999_999 }),
      counter: fc.integer({ min: 0, max: HLC_MAX_COUNTER }),
      node: fc.stringMatching(/^[a-z0-9]{1,12}$/),
    });
    fc.assert(
      fc.property(state, state, (a, b) => {
        expect(parseHlc(formatHlc(a))).toEqual(a);
        const byFields = a.wall - b.wall || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
        expect(Math.sign(compareHlc(formatHlc(a), formatHlc(b)))).toBe(Math.sign(byFields));
      }),
    );
  });

  it('throws an overflow error instead of wrapping the counter', () => {
    const hlc = createHlc('a', () => 5, { initial: { wall: 5, counter: HLC_MAX_COUNTER - 1, node: 'a' } });
    hlc.now();
    expect(() => hlc.now()).toThrow(HlcError);
    try {
      hlc.now();
    } catch (e) {
      expect((e as HlcError).kind).toBe('overflow');
    }
  });

  it('refuses a remote clock too far ahead, and keeps its own state', () => {
    const hlc = createHlc('a', () => 1_000, { maxDriftMs: 60_000 });
    const before = hlc.state();
    expect(() => hlc.receive(formatHlc({ wall: 1_000 + 60_001, counter: 0, node: 'b' }))).toThrow(/ahead/);
    expect(hlc.state()).toEqual(before);
    expect(() => hlc.receive(formatHlc({ wall: 1_000 + 59_000, counter: 0, node: 'b' }))).not.toThrow();
  });

  it('rejects malformed timestamps', () => {
    for (const bad of ['', 'x', '123-0000-a', `${'9'.repeat(15)}-zzzz-a`, `${'1'.repeat(15)}-0000-`]) {
      expect(() => parseHlc(bad)).toThrow(HlcError);
    }
  });
});
