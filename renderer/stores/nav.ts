// The desk's current section, kept in the URL hash so a reload comes back to the same book.
import { create } from 'zustand';

const fromHash = () => decodeURIComponent(window.location.hash.replace(/^#\/?/, '')) || 'visits';

interface NavState {
  section: string;
  go(section: string): void;
}

export const useNav = create<NavState>((set) => ({
  section: fromHash(),
  go(section) {
    window.location.hash = `/${section}`;
    set({ section });
  },
}));

window.addEventListener('hashchange', () => useNav.setState({ section: fromHash() }));
