// One api client for every screen: Electron IPC when the preload put `window.frontDesk` there,
// otherwise HTTP to the browser-mode host. Screens never know which.
import type { Answer, EventName, ProcedureName, ProcInput, ProcOutput } from '../../core/api-types';

export interface PreloadApi {
  invoke(name: string, input: unknown): Promise<Answer>;
  on(event: EventName, cb: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    frontDesk?: PreloadApi;
  }
}

const TOKEN_KEY = 'frontdesk.token';
const KIOSK_TOKEN_KEY = 'frontdesk.kioskToken';

let app: 'desk' | 'kiosk' = 'desk';
/** Which page this is: a desk tab must never fall back to a kiosk token paired in the same browser. */
export const setClientApp = (a: 'desk' | 'kiosk') => (app = a);

/** In browser mode the desk keeps its session token per tab; the kiosk keeps its device token. */
export const tokens = {
  get: (): string | null => (app === 'kiosk' ? localStorage.getItem(KIOSK_TOKEN_KEY) : sessionStorage.getItem(TOKEN_KEY)),
  setSession: (t: string | null) => (t ? sessionStorage.setItem(TOKEN_KEY, t) : sessionStorage.removeItem(TOKEN_KEY)),
  setKiosk: (t: string | null) => (t ? localStorage.setItem(KIOSK_TOKEN_KEY, t) : localStorage.removeItem(KIOSK_TOKEN_KEY)),
  hasKiosk: () => !!localStorage.getItem(KIOSK_TOKEN_KEY),
};

let locale: 'zh-CN' | 'en' = 'zh-CN';
export const setApiLocale = (l: 'zh-CN' | 'en') => (locale = l);

async function httpInvoke(name: string, input: unknown): Promise<Answer> {
  const token = tokens.get();
  try {
    const res = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-locale': locale,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as Answer;
  } catch {
    return { ok: false, error: { code: 'internal', message: locale === 'en' ? 'The desk service is not answering' : '前台服务无响应，请稍后重试' } };
  }
}

/** Call a procedure; the answer is always `{ok, value}` or `{ok:false, error}`, never a throw. */
export function invoke<N extends ProcedureName>(name: N, input?: ProcInput<N>): Promise<Answer<ProcOutput<N>>> {
  const api = window.frontDesk;
  return (api ? api.invoke(name, input) : httpInvoke(name, input)) as Promise<Answer<ProcOutput<N>>>;
}

// One event stream per page, shared by every listener: a browser allows only ~6 connections per
// host over HTTP/1.1, and a stream per listener would soon leave none for the calls themselves.
let stream: { token: string; source: EventSource; listeners: number } | null = null;

function sharedStream(token: string): EventSource {
  if (stream && stream.token !== token) {
    stream.source.close();
    stream = null;
  }
  stream ??= { token, source: new EventSource(`/events?token=${encodeURIComponent(token)}`), listeners: 0 };
  stream.listeners++;
  return stream.source;
}

function releaseStream(source: EventSource) {
  if (stream?.source !== source || --stream.listeners > 0) return;
  source.close();
  stream = null;
}

/** Listen to core events (data-changed, kiosk-alert, sync-status). Returns an unsubscribe. */
export function on(event: EventName, cb: (payload: unknown) => void): () => void {
  if (window.frontDesk) return window.frontDesk.on(event, cb);
  const token = tokens.get();
  if (!token) return () => {};
  const source = sharedStream(token);
  const handler = (e: MessageEvent) => cb(JSON.parse(e.data));
  source.addEventListener(event, handler);
  return () => {
    source.removeEventListener(event, handler);
    releaseStream(source);
  };
}
