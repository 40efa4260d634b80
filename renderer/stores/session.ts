// Who is at the desk: first-run set-up, signed out, or signed in. In browser mode the session token
// is kept in this tab; under Electron the main process keeps it and the preload never hands it back.
import { create } from 'zustand';
import type { AnswerError, ProcOutput } from '../../core/api-types';
import { invoke, tokens } from '../api/client';
import { isLocale, setLocale } from '../i18n';

type Staff = ProcOutput<'session.me'>['staff'];
export type Phase = 'loading' | 'setup' | 'signedOut' | 'signedIn' | 'unreachable';

interface SessionState {
  phase: Phase;
  staff: Staff;
  siteName: string;
  error: AnswerError | null;
  /** Ask the desk where we are: set-up needed, a live session, or the sign-in screen. */
  load(): Promise<void>;
  setup(input: { siteName: string; name: string; pin: string }): Promise<AnswerError | null>;
  signIn(staffId: string, pin: string): Promise<AnswerError | null>;
  signOut(): Promise<void>;
  /** The core said our session is gone (expired, PIN changed, removed). */
  ended(): void;
}

const keepToken = (token: string | null) => {
  if (!window.frontDesk) tokens.setSession(token);
};

export const useSession = create<SessionState>((set) => ({
  phase: 'loading',
  staff: null,
  siteName: '',
  error: null,

  async load() {
    const status = await invoke('setup.status');
    if (!status.ok) return set({ phase: 'unreachable', error: status.error });
    if (isLocale(status.value.locale)) await setLocale(status.value.locale);
    const siteName = status.value.siteName ?? '';
    if (status.value.needsSetup) return set({ phase: 'setup', siteName, staff: null });
    const me = await invoke('session.me');
    const staff = me.ok ? me.value.staff : null;
    set({ phase: staff ? 'signedIn' : 'signedOut', staff, siteName, error: null });
  },

  async setup(input) {
    const a = await invoke('setup.init', input);
    if (!a.ok) return a.error;
    keepToken(a.value.token);
    set({ phase: 'signedIn', staff: a.value.staff, siteName: input.siteName });
    return null;
  },

  async signIn(staffId, pin) {
    const a = await invoke('session.signIn', { staffId, pin });
    if (!a.ok) return a.error;
    keepToken(a.value.token);
    set({ phase: 'signedIn', staff: a.value.staff });
    return null;
  },

  async signOut() {
    await invoke('session.signOut');
    keepToken(null);
    set({ phase: 'signedOut', staff: null });
  },

  ended() {
    keepToken(null);
    set({ phase: 'signedOut', staff: null });
  },
}));
