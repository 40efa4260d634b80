// Global keys of the desk: one key per book. A section that is built registers a handler for its
// action; until then the key just opens that section, so the key is never dead.
import { useEffect } from 'react';

export type HotkeyAction = 'calls.new' | 'visits.new' | 'workorders.new' | 'parcels.receive' | 'search';

export interface HotkeyBinding {
  action: HotkeyAction;
  key: string;
  ctrl?: boolean;
  /** Where the key leads while no handler is registered (null: nowhere yet). */
  section: string | null;
}

export const HOTKEYS: readonly HotkeyBinding[] = [
  { action: 'calls.new', key: 'F2', section: 'calls' },
  { action: 'visits.new', key: 'F3', section: 'visits' },
  { action: 'workorders.new', key: 'F4', section: 'workorders' },
  { action: 'parcels.receive', key: 'F6', section: 'parcels' },
  { action: 'search', key: 'k', ctrl: true, section: null },
];

type Handler = () => void;
const handlers = new Map<HotkeyAction, Handler[]>();

/** Register a handler for an action; the latest registered one wins. Returns the unregister. */
export function registerHotkey(action: HotkeyAction, handler: Handler): () => void {
  const list = handlers.get(action) ?? [];
  list.push(handler);
  handlers.set(action, list);
  return () => {
    const rest = (handlers.get(action) ?? []).filter((h) => h !== handler);
    handlers.set(action, rest);
  };
}

/** A section page's hook: while mounted, `handler` answers the key of `action`. */
export function useHotkey(action: HotkeyAction, handler: Handler): void {
  useEffect(() => registerHotkey(action, handler), [action, handler]);
}

export function bindingFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): HotkeyBinding | undefined {
  if (e.altKey) return undefined;
  const ctrl = e.ctrlKey || e.metaKey;
  return HOTKEYS.find((b) => b.key.toLowerCase() === e.key.toLowerCase() && !!b.ctrl === ctrl);
}

/**
 * Listen on the window: run the registered handler, else `fallback` (the shell navigates to the
 * section). Returns the remover.
 */
export function installHotkeys(fallback: (binding: HotkeyBinding) => void): () => void {
  const onKey = (e: KeyboardEvent) => {
    const binding = bindingFor(e);
    if (!binding) return;
    e.preventDefault();
    const list = handlers.get(binding.action) ?? [];
    const handler = list[list.length - 1];
    if (handler) handler();
    else fallback(binding);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
