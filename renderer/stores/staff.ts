import { create } from 'zustand';
import type { Answer, ProcInput, ProcOutput } from '../../core/api-types';
import { invoke } from '../api/client';

export type StaffRow = ProcOutput<'staff.list'>[number];
export type StaffInput = ProcInput<'staff.upsert'>;

interface StaffState {
  list: StaffRow[];
  loading: boolean;
  load(): Promise<void>;
  save(input: StaffInput): Promise<Answer<{ id: string }>>;
  remove(id: string): Promise<Answer<{ id: string }>>;
}

export const useStaff = create<StaffState>((set, get) => ({
  list: [],
  loading: false,

  async load() {
    set({ loading: true });
    const a = await invoke('staff.list');
    set({ loading: false, ...(a.ok ? { list: a.value } : {}) });
  },

  async save(input) {
    const a = await invoke('staff.upsert', input);
    if (a.ok) await get().load();
    return a;
  },

  async remove(id) {
    const a = await invoke('staff.remove', { id });
    if (a.ok) await get().load();
    return a;
  },
}));
