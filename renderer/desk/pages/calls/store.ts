// The calls page's state: whether the call form is open, and the day's lists, reloaded whenever
// the core says data changed (a message delivered at another desk shows here at once).
import { create } from 'zustand';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke, on } from '../../../api/client';
import { registerHotkey } from '../../hotkeys';
import { useNav } from '../../../stores/nav';

type Lists = {
  calls: ProcOutput<'calls.list'>['calls'];
  messages: ProcOutput<'messages.open'>;
  cases: ProcOutput<'cases.list'>;
  kpis: ProcOutput<'calls.kpis'> | null;
};

interface CallsState extends Lists {
  formOpen: boolean;
  loaded: boolean;
  openForm(): void;
  closeForm(): void;
  load(): Promise<void>;
  /** Load now and on every data change; returns the stop function. */
  watch(): () => void;
}

const DAY = 86_400_000;

export const useCalls = create<CallsState>((set, get) => ({
  formOpen: false,
  loaded: false,
  calls: [],
  messages: [],
  cases: [],
  kpis: null,
  openForm: () => set({ formOpen: true }),
  closeForm: () => set({ formOpen: false }),

  async load() {
    const [calls, messages, cases] = await Promise.all([invoke('calls.list'), invoke('messages.open'), invoke('cases.list', { status: 'open' })]);
    const from = calls.ok ? calls.value.from : Date.now() - DAY;
    const to = calls.ok ? calls.value.to : Date.now();
    const kpis = await invoke('calls.kpis', { from, to });
    set({
      loaded: true,
      ...(calls.ok ? { calls: calls.value.calls } : {}),
      ...(messages.ok ? { messages: messages.value } : {}),
      ...(cases.ok ? { cases: cases.value } : {}),
      ...(kpis.ok ? { kpis: kpis.value } : {}),
    });
  },

  watch() {
    void get().load();
    // Due states turn red by the clock, not by a change: refresh each minute too.
    const timer = setInterval(() => void get().load(), 60_000);
    const off = on('data-changed', () => void get().load());
    return () => {
      clearInterval(timer);
      off();
    };
  },
}));

// F2 opens the call form from anywhere in the desk, not only while this page is shown: the phone
// rings whatever the receptionist is doing. Registered once, when the section table loads this page.
registerHotkey('calls.new', () => {
  useCalls.getState().openForm();
  useNav.getState().go('calls');
});
