import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHlc } from '../../sync/hlc';
import { fold, openConflicts, STATUSES, type FoldEvent, type FoldState, type Status } from './fold';

// The test's own picture of the procedure (the oracle), written independently of fold.ts:
// from each status, which steps a desk may take and where they lead.
type Move = { type: string; data: Record<string, unknown>; to: Status | 'same' };
const printed: Move = { type: 'printed', data: { template: 'a4' }, to: 'same' };
const returned: Move = { type: 'slip_returned', data: {}, to: 'same' };
const ORACLE: Record<Status, Move[]> = {
  new: [{ type: 'dispatched', data: { workerId: 'w1' }, to: 'dispatched' }, { type: 'cancelled', data: { reason: 'x' }, to: 'cancelled' }, printed, returned],
  dispatched: [
    { type: 'dispatched', data: { workerId: 'w2' }, to: 'dispatched' },
    { type: 'arrived', data: {}, to: 'arrived' },
    { type: 'completed', data: { result: 'ok', slipReturned: true }, to: 'completed' },
    { type: 'cancelled', data: { reason: 'x' }, to: 'cancelled' },
    printed,
    returned,
  ],
  arrived: [{ type: 'completed', data: { result: 'ok', slipReturned: false }, to: 'completed' }, printed, returned],
  completed: [
    { type: 'called_back', data: { satisfaction: 'satisfied' }, to: 'closed' },
    { type: 'called_back', data: { satisfaction: 'fair' }, to: 'closed' },
    { type: 'called_back', data: { satisfaction: 'unsatisfied' }, to: 'rework' },
    printed,
    returned,
  ],
  rework: [{ type: 'rework', data: { workerId: 'w3', reason: 'leak' }, to: 'dispatched' }, printed, returned],
  closed: [printed, returned],
  cancelled: [returned],
};
const ALL_TYPES = ['created', 'dispatched', 'printed', 'arrived', 'completed', 'called_back', 'rework', 'cancelled', 'slip_returned', 'conflict_resolved'];

let seq = 0;
const ev = (type: string, wall: number, data: Record<string, unknown> = {}, node = 'deskA'): FoldEvent => ({
  id: `e${String(++seq).padStart(6, '0')}`,
  type,
  hlc: formatHlc({ wall, counter: 0, node }),
  at: wall,
  staffId: 's1',
  data,
});

/** A walk through the oracle from `from`, choosing moves by the given numbers. */
function walk(choices: number[], from: Status, startWall: number, node: string) {
  let status = from;
  const events: FoldEvent[] = [];
  choices.forEach((c, i) => {
    const moves = ORACLE[status];
    if (moves.length === 0) return;
    const m = moves[c % moves.length];
    events.push(ev(m.type, startWall + i * 10, m.data, node));
    if (m.to !== 'same') status = m.to;
  });
  return { events, status };
}

function invariantsHold(s: FoldState): void {
  expect(STATUSES).toContain(s.status);
  if (s.status === 'dispatched' || s.status === 'arrived') expect(s.workerId).not.toBeNull();
  if (s.status === 'arrived') expect(s.arrivedAt).not.toBeNull();
  if (s.status === 'completed' || s.status === 'closed') expect(s.completedAt).not.toBeNull();
  if (s.status === 'closed') expect(['satisfied', 'fair']).toContain(s.satisfaction);
  if (s.status === 'rework') expect(s.satisfaction).toBe('unsatisfied');
}

const anyEvent = fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  type: fc.oneof(fc.constantFrom(...ALL_TYPES), fc.string({ maxLength: 8 })),
  hlc: fc.integer({ min: 0, max: 10_000 }).map((w) => formatHlc({ wall: w, counter: 0, node: 'n' })),
  at: fc.integer({ min: 0, max: 10_000 }),
  staffId: fc.option(fc.string(), { nil: null }),
  data: fc.oneof(
    fc.record({ workerId: fc.option(fc.constantFrom('w1', 'w2', ''), { nil: undefined }), satisfaction: fc.option(fc.constantFrom('satisfied', 'fair', 'unsatisfied', 'meh'), { nil: undefined }), eventId: fc.option(fc.string(), { nil: undefined }) }),
    fc.anything() as fc.Arbitrary<any>,
  ),
});

describe('fold of work-order events', () => {
  it('never throws on any events and always lands on a real status, accounting for every event', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
        const s = fold(events);
        invariantsHold(s);
        const distinct = new Set(events.map((e) => e.id)).size;
        expect(s.applied + s.conflicts.length).toBe(distinct);
      }),
      { numRuns: 500 },
    );
  });

  it('follows the procedure: a legal walk folds to the oracle status with nothing flagged', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (choices) => {
        const created = ev('created', 1);
        const w = walk(choices, 'new', 100, 'deskA');
        const s = fold([created, ...w.events]);
        expect(s.conflicts).toEqual([]);
        expect(s.status).toBe(w.status);
        invariantsHold(s);
      }),
      { numRuns: 300 },
    );
  });

  it('flags every step that is impossible where it lands, and keeps going', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 20 }), fc.constantFrom(...ALL_TYPES.filter((t) => t !== 'created')), (choices, badType) => {
        const w = walk(choices, 'new', 100, 'deskA');
        const legal = ORACLE[w.status].some((m) => m.type === badType);
        if (legal || badType === 'slip_returned' || badType === 'conflict_resolved') return;
        const bad = ev(badType, 100 + choices.length * 10 + 5, { workerId: 'w9', satisfaction: 'satisfied' }, 'deskB');
        const s = fold([ev('created', 1), ...w.events, bad]);
        expect(s.status).toBe(w.status);
        expect(s.conflicts.map((c) => c.eventId)).toEqual([bad.id]);
        expect(s.conflicts[0]).toMatchObject({ type: badType, status: w.status, reason: 'transition', resolved: false });
      }),
      { numRuns: 300 },
    );
  });

  it('folds two racing desks to the same state whatever order their events arrive in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -50, max: 50 }),
        fc.array(fc.nat()),
        (prefixChoices, aChoices, bChoices, skew, shuffleSeed) => {
          const prefix = walk(prefixChoices, 'new', 100, 'deskA');
          const start = 100 + prefixChoices.length * 10 + 100;
          const a = walk(aChoices, prefix.status, start, 'deskA');
          const b = walk(bChoices, prefix.status, start + skew, 'deskB');
          const all = [ev('created', 1), ...prefix.events, ...a.events, ...b.events];
          const s1 = fold(all);
          invariantsHold(s1);
          expect(s1.applied + s1.conflicts.length).toBe(all.length);
          // Another desk receives them shuffled and some twice (a page pulled again).
          const shuffled = [...all];
          shuffleSeed.forEach((n, i) => {
            const j = n % shuffled.length;
            const k = i % shuffled.length;
            [shuffled[j], shuffled[k]] = [shuffled[k], shuffled[j]];
          });
          const s2 = fold([...shuffled, ...shuffled.slice(0, shuffleSeed.length % 4)]);
          expect(s2).toEqual(s1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a cancel that raced a dispatch wins by HLC and the losing dispatch is flagged until a person resolves it', () => {
    const created = ev('created', 1);
    const cancel = ev('cancelled', 200, { reason: '业主已自行修好' }, 'deskA');
    const dispatch = ev('dispatched', 201, { workerId: 'w1' }, 'deskB');
    const s = fold([dispatch, created, cancel]);
    expect(s.status).toBe('cancelled');
    expect(openConflicts(s)).toMatchObject([{ eventId: dispatch.id, type: 'dispatched', status: 'cancelled' }]);
    const resolution = ev('conflict_resolved', 300, { eventId: dispatch.id, note: '已通知维修工不用去' });
    const after = fold([created, cancel, dispatch, resolution]);
    expect(after.status).toBe('cancelled');
    expect(after.conflicts).toHaveLength(1);
    expect(openConflicts(after)).toEqual([]);
  });

  it('a second creation is flagged, not applied', () => {
    const s = fold([ev('created', 1), ev('created', 2)]);
    expect(s.conflicts).toMatchObject([{ type: 'created', reason: 'duplicate' }]);
  });

  it('a slip printed for open work must come back; a record copy after completion does not', () => {
    const base = [ev('created', 1), ev('dispatched', 2, { workerId: 'w1' }), ev('printed', 3)];
    expect(fold(base)).toMatchObject({ printCount: 1, slipReturned: false });
    const done = [...base, ev('completed', 4, { slipReturned: true })];
    expect(fold(done)).toMatchObject({ slipReturned: true });
    expect(fold([...done, ev('printed', 5)])).toMatchObject({ printCount: 2, slipReturned: true });
  });
});
