// The desk's current section, kept in the URL hash so a reload comes back to the same book; and,
// from the global search, the record that section should open once (its id).
import { create } from 'zustand';

const fromHash = () => decodeURIComponent(window.location.hash.replace(/^#\/?/, '')) || 'visits';

interface NavState {
  section: string;
  /** A record for `section` to open, left by the global search and taken once. */
  focus: { section: string; id: string } | null;
  go(section: string, focusId?: string): void;
  /** The id to open in this section, if one was left for it; clears it. */
  takeFocus(section: string): string | null;
}

export const useNav = create<NavState>((set, get) => ({
  section: fromHash(),
  focus: null,
  go(section, focusId) {
    window.location.hash = `/${section}`;
    set({ section, focus: focusId ? { section, id: focusId } : null });
  },
  takeFocus(section) {
    const f = get().focus;
    if (!f || f.section !== section) return null;
    set({ focus: null });
    return f.id;
  },
}));

window.addEventListener('hashchange', () => useNav.setState({ section: fromHash() }));
