// The handover waiting for its signature: the shell's banner and the handover page both read it,
// and any change to the handovers table (here or on another desk, by sync) refreshes it.
import { create } from 'zustand';
import type { ProcOutput } from '../../core/api-types';
import { invoke, on } from '../api/client';

export type StoredHandover = NonNullable<ProcOutput<'handover.pending'>>;

interface HandoverState {
  pending: StoredHandover | null;
  load(): Promise<void>;
  /** Keep `pending` fresh while the desk is signed in; returns the unsubscribe. */
  watch(): () => void;
}

export const useHandover = create<HandoverState>((set, get) => ({
  pending: null,
  async load() {
    const a = await invoke('handover.pending');
    if (a.ok) set({ pending: a.value });
  },
  watch() {
    void get().load();
    return on('data-changed', (p) => {
      const tables = (p as { tables?: string[] } | null)?.tables;
      if (!tables || tables.includes('handovers')) void get().load();
    });
  },
}));
