// The status bar's figures: hub connection, what waits to be synced and for how long.
// Polled every few seconds and at once when the core says data changed; the network coming back
// wakes the sync worker.
import { create } from 'zustand';
import type { ProcOutput } from '../../core/api-types';
import { invoke, on } from '../api/client';
import { useSession } from './session';

export const STATUS_POLL_MS = 5000;

type SystemStatus = ProcOutput<'system.status'>;

interface StatusState {
  status: SystemStatus | null;
  /** The desk service itself did not answer (browser mode: the host process is gone). */
  reachable: boolean;
  refresh(): Promise<void>;
  /** Start polling and listening; returns the stop function. */
  watch(): () => void;
}

export const useStatus = create<StatusState>((set, get) => ({
  status: null,
  reachable: true,

  async refresh() {
    const a = await invoke('system.status');
    if (a.ok) return set({ status: a.value, reachable: true });
    if (a.error.code === 'unauthenticated') return useSession.getState().ended();
    set({ reachable: a.error.code !== 'internal' });
  },

  watch() {
    void get().refresh();
    const timer = setInterval(() => void get().refresh(), STATUS_POLL_MS);
    const offData = on('data-changed', () => void get().refresh());
    const offSync = on('sync-status', () => void get().refresh());
    const offEnded = on('session-ended', () => useSession.getState().ended());
    // The network back (a cable plugged in, Wi-Fi rejoined): sync now rather than wait out the backoff.
    const networkBack = () => void invoke('sync.now').then(() => get().refresh());
    window.addEventListener('online', networkBack);
    return () => {
      window.removeEventListener('online', networkBack);
      clearInterval(timer);
      offData();
      offSync();
      offEnded();
    };
  },
}));
