// Hostile input against every procedure of the table, called as a caller it admits (so the fuzz
// reaches the schema and the handler, not just the door). What must hold, for any input:
// - the call answers; it never throws and never says `internal`;
// - input the procedure's schema refuses gets `invalid` (with the field issues), and changes nothing;
// - any other refusal changes nothing either; only an accepted call may write;
// - no prototype is polluted.
// Cases per procedure: 1000 in npm test (the issue's floor; a few minutes over the whole table),
// 5000 in `npm run fuzz`; FUZZ_RUNS overrides both.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../core/errors';
import { admittedCaller, table } from '../support/callers';
import { makeDesk, type TestDesk } from '../support/core';
import { changedCounts, changeGuard } from '../support/fingerprint';
import { inputsFor } from '../support/hostile';

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.npm_lifecycle_event === 'fuzz' ? 5000 : 1000));
// npm test replays the same cases every run (a red build must be reproducible); npm run fuzz explores new ones.
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.npm_lifecycle_event === 'fuzz' ? Date.now() : 20261205;
const TYPED = ['invalid', 'forbidden', 'unauthenticated', 'not_found', 'conflict'];

let desk: TestDesk;
beforeAll(async () => {
  desk = await makeDesk();
  // Durability is the power-cut test's business; here it would only make the accepted writes slow.
  desk.db.sqlite.pragma('synchronous = OFF');
});
afterAll(() => desk.close());

describe.each(table())('%s', (name, proc) => {
  it(`answers ${RUNS} hostile inputs with a typed refusal or a value, and a refusal changes nothing`, async () => {
    const guard = changeGuard(desk.db.sqlite);
    const seen: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(inputsFor(proc.input), async (input) => {
        const schemaRefuses = !proc.input.safeParse(input).success;
        let answer: Answer;
        try {
          answer = await desk.call(name, input, admittedCaller(desk, proc));
        } catch (err) {
          throw new Error(`${name} threw: ${String(err)}`);
        }
        const change = guard.check();
        const code = answer.ok ? 'ok' : answer.error.code;
        seen[code] = (seen[code] ?? 0) + 1;
        if (schemaRefuses) {
          expect(code, 'input the schema refuses').toBe('invalid');
          if (!answer.ok) expect(answer.error.issues?.length, 'an invalid answer names the fields').toBeGreaterThan(0);
        }
        if (!answer.ok) {
          expect(TYPED, `a ${code} answer: ${answer.error.message}`).toContain(code);
          expect(change.changed, `refused (${code}) but changed ${changedCounts(change).join(', ')}`).toBe(false);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The fuzz must do real work: most inputs are refused, and a refusal is the invalid one.
    expect(seen.invalid ?? 0, JSON.stringify(seen)).toBeGreaterThan(0);
  }, Math.max(60_000, RUNS * 100));
});
