import { afterEach, describe, expect, test, vi } from 'vitest';
import { installHotkeys, registerHotkey } from './hotkeys';

const press = (key: string, init: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
  window.dispatchEvent(e);
  return e;
};

let uninstall = () => {};
afterEach(() => uninstall());

describe('desk hotkeys', () => {
  test('a key with no handler leads to its section; a registered handler takes over until removed', () => {
    const fallback = vi.fn();
    uninstall = installHotkeys(fallback);
    expect(press('F3').defaultPrevented).toBe(true);
    expect(fallback).toHaveBeenLastCalledWith(expect.objectContaining({ action: 'visits.new', section: 'visits' }));

    const newVisit = vi.fn();
    const unregister = registerHotkey('visits.new', newVisit);
    press('F3');
    expect(newVisit).toHaveBeenCalledTimes(1);
    expect(fallback).toHaveBeenCalledTimes(1);

    unregister();
    press('F3');
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  test('Ctrl+K is search, plain K is typing, F2 and F4 are calls and work orders', () => {
    const fallback = vi.fn();
    uninstall = installHotkeys(fallback);
    expect(press('k').defaultPrevented).toBe(false);
    press('k', { ctrlKey: true });
    press('F2');
    press('F4');
    expect(fallback.mock.calls.map(([b]) => b.action)).toEqual(['search', 'calls.new', 'workorders.new']);
  });
});
