import { afterEach, expect, test, vi } from 'vitest';
import { on, tokens } from './client';

/** The network edge: a stand-in for the browser's EventSource that records what the page opened. */
class FakeSource extends EventTarget {
  static opened: FakeSource[] = [];
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeSource.opened.push(this);
  }
  close() {
    this.closed = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeSource.opened = [];
});

test('browser mode: every listener shares one event stream, closed when the last one leaves', () => {
  vi.stubGlobal('EventSource', FakeSource);
  tokens.setSession('tab-token');
  const seen: unknown[] = [];
  const offs = [on('data-changed', (p) => seen.push(['data', p])), on('sync-status', (p) => seen.push(['sync', p])), on('data-changed', () => {})];
  expect(FakeSource.opened).toHaveLength(1);
  expect(FakeSource.opened[0].url).toBe('/events?token=tab-token');

  FakeSource.opened[0].dispatchEvent(new MessageEvent('data-changed', { data: '{"tables":["staff"]}' }));
  expect(seen).toEqual([['data', { tables: ['staff'] }]]);

  offs[0]();
  offs[1]();
  expect(FakeSource.opened[0].closed).toBe(false);
  offs[2]();
  expect(FakeSource.opened[0].closed).toBe(true);
});

test('no session, no stream', () => {
  vi.stubGlobal('EventSource', FakeSource);
  on('data-changed', () => {})();
  expect(FakeSource.opened).toHaveLength(0);
});
