import { afterEach, describe, expect, it } from 'vitest';
import { installFakeDesk, ok, SYSTEM_STATUS } from '../testing/fakeDesk';
import { useStatus } from './status';

let stop: (() => void) | null = null;
afterEach(() => stop?.());

describe('status store', () => {
  it('wakes the sync worker when the network comes back, and not after the watch stops', async () => {
    const desk = installFakeDesk({ 'system.status': () => ok(SYSTEM_STATUS), 'sync.now': () => ok({}) });
    stop = useStatus.getState().watch();
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 0));
    expect(desk.calls.filter((c) => c.name === 'sync.now')).toHaveLength(1);
    stop();
    stop = null;
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 0));
    expect(desk.calls.filter((c) => c.name === 'sync.now')).toHaveLength(1);
  });
});
