import { invoke, tokens } from '../api/client';

export interface PairResult {
  paired: boolean;
  /** Why a pairing code was refused, in the kiosk's language. */
  error?: string;
}

/**
 * Browser mode: `/kiosk?pair=CODE` trades the one-time code for this device's token, then drops the
 * code from the address bar (it is spent). Under Electron the kiosk window needs no token.
 */
export async function pairFromUrl(): Promise<PairResult> {
  if (window.frontDesk) return { paired: true };
  const code = new URLSearchParams(location.search).get('pair');
  if (!code) return { paired: tokens.hasKiosk() };
  const a = await invoke('kiosk.claim', { code });
  history.replaceState(null, '', location.pathname + location.hash);
  if (!a.ok) return { paired: tokens.hasKiosk(), error: a.error.message };
  tokens.setKiosk(a.value.token);
  return { paired: true };
}
