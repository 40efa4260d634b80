// The desk's current section, kept in the URL hash so a reload comes back to the same book; and,
// from the global search, the record that section should open once (its id, and what to search
// for where a page shows records through its search).
import { create } from 'zustand';

const fromHash = () => decodeURIComponent(window.location.hash.replace(/^#\/?/, '')) || 'visits';

export interface Focus {
  id: string;
  q?: string;
}

interface NavState {
  section: string;
  /** A record for `section` to open, left by the global search and taken once. */
  focus: (Focus & { section: string }) | null;
  go(section: string, focus?: Focus): void;
  /** The record to open in this section, if one was left for it; clears it. */
  takeFocus(section: string): Focus | null;
}

export const useNav = create<NavState>((set, get) => ({
  section: fromHash(),
  focus: null,
  go(section, focus) {
    window.location.hash = `/${section}`;
    set({ section, focus: focus ? { ...focus, section } : null });
  },
  takeFocus(section) {
    const f = get().focus;
    if (!f || f.section !== section) return null;
    set({ focus: null });
    return { id: f.id, ...(f.q !== undefined ? { q: f.q } : {}) };
  },
}));

window.addEventListener('hashchange', () => useNav.setState({ section: fromHash() }));
