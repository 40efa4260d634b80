// The kiosk's screens are a tiny router: one screen at a time, a way back, and a reset that clears
// everything a visitor typed. Domains add screens in ./screens.ts and clear their stores on reset.
import { create } from 'zustand';

type Params = Record<string, string | number | boolean | undefined>;

interface KioskNav {
  screen: string;
  params: Params;
  /** Bumped on every reset so screens remount with empty local state. */
  visit: number;
  go(screen: string, params?: Params): void;
  /** Back to welcome, forgetting the visitor (idle timeout, finish, or the back-to-start button). */
  reset(): void;
}

const resetters = new Set<() => void>();

/** A kiosk store clears itself here when a visitor's session ends. Returns the unregister. */
export function onKioskReset(fn: () => void): () => void {
  resetters.add(fn);
  return () => resetters.delete(fn);
}

export const useKiosk = create<KioskNav>((set) => ({
  screen: 'welcome',
  params: {},
  visit: 0,
  go(screen, params = {}) {
    set({ screen, params });
  },
  reset() {
    resetters.forEach((fn) => fn());
    set((s) => ({ screen: 'welcome', params: {}, visit: s.visit + 1 }));
  },
}));
