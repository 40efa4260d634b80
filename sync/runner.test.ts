import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SyncError, type SyncEngine } from './engine';
import { backoffMs, SyncRunner } from './runner';

const engineThat = (fail: () => Error | null) =>
  ({
    async syncOnce() {
      const e = fail();
      if (e) throw e;
      return { pushed: 0, pulled: 0 };
    },
    pendingCount: () => ({ pending: 2, oldest: 1000 }),
  }) as unknown as SyncEngine;

describe('sync runner', () => {
  it('backs off exponentially with full jitter, never beyond the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (n, r) => {
        const d = backoffMs(n, 1000, 300_000, () => r);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(Math.min(300_000, 1000 * 2 ** Math.min(n, 20)));
      }),
    );
  });

  it("waits what the hub's Retry-After says, stays online when the hub is only busy, and reports pending", async () => {
    const runner = new SyncRunner({ engine: engineThat(() => new SyncError('busy', 'hub busy (429)', 7)), clock: () => 5000 });
    expect(await runner.step()).toBe(7000);
    expect(runner.status).toMatchObject({ online: true, lastError: 'hub busy (429)', pending: 2, oldestPendingAgeMs: 4000 });
  });

  it('goes offline on a network failure and back online with the time of the last success', async () => {
    let down = true;
    const runner = new SyncRunner({ engine: engineThat(() => (down ? new SyncError('network', 'ECONNREFUSED') : null)), clock: () => 9000, random: () => 0.5 });
    expect(await runner.step()).toBe(1000); // 0.5 x 2 s after the first failure
    expect(runner.status.online).toBe(false);
    down = false;
    expect(await runner.step()).toBe(30_000);
    expect(runner.status).toMatchObject({ online: true, lastSuccessAt: 9000, lastError: null });
  });

  it('stops for good when the hub refuses the token (revoked)', async () => {
    const runner = new SyncRunner({ engine: engineThat(() => new SyncError('unauthorized', 'hub refused this device (401)')), random: () => 0 });
    await runner.run();
    expect(runner.status.refused).toBe(true);
  });
});
