// The IPC transport's decisions, kept free of Electron so Node tests can drive them with the real
// core: which window may call, as which role, with which session token, and what goes back.
import type { Core } from '../core/core';
import type { Answer, ErrorCode } from '../core/errors';
import { MAX_BODY_BYTES } from '../core/http';
import { t, type Locale } from '../core/i18n';
import type { EventName } from '../core/procedure';
import type { WindowRole } from './security';

/** What Electron tells us about an `invoke`: which webContents, which frame, at which URL. */
export interface InvokeOrigin {
  senderId: number;
  mainFrame: boolean;
  frameUrl: string;
}

/** Procedures whose answer carries a new desk session token. */
const SESSION_OPENERS = new Set(['session.signIn', 'setup.init']);
/** The events a signed-in desk hears. The kiosk hears none of the desk's data. */
export const DESK_EVENTS: readonly EventName[] = ['data-changed', 'kiosk-alert', 'sync-status', 'session-ended'];
/** Structured clone lets Dates, Maps and typed arrays through; the procedure table takes plain JSON only. */
export function isJsonValue(v: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => isJsonValue(x, depth + 1));
  if (typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(v).every((x) => x === undefined || isJsonValue(x, depth + 1));
}

interface Attached {
  role: WindowRole;
  /** The desk window whose session this one uses (itself, or the desk that opened a print window). */
  sessionOf: number;
}

export interface IpcRouterOptions {
  core: Core;
  /** Is this URL one of our own pages? (appEntries().isOwn) */
  isOwn(url: string): boolean;
  /** The language answers are written in (the site's `locale` setting). */
  locale(): Locale;
}

export function createIpcRouter({ core, isOwn, locale }: IpcRouterOptions) {
  const windows = new Map<number, Attached>();
  /** Session tokens by the desk window that signed in. They never go back to a renderer. */
  const tokens = new Map<number, string>();

  const fail = (code: ErrorCode, key: string): Answer => ({ ok: false, error: { code, message: t(locale(), key) } });

  /** The window's role, or null when the call must be refused before it reaches the core. */
  function roleOf(origin: InvokeOrigin): Attached | null {
    const w = windows.get(origin.senderId);
    if (!w || !origin.mainFrame || !isOwn(origin.frameUrl)) return null;
    return w;
  }

  function forget(owner: number) {
    core.services.sessions.end(tokens.get(owner));
    tokens.delete(owner);
  }

  return {
    /** Called when a window is created: its role is fixed by main here, never by the renderer. */
    attach(senderId: number, role: WindowRole, opts: { sessionOf?: number } = {}) {
      windows.set(senderId, { role, sessionOf: opts.sessionOf ?? senderId });
    },

    /** Called when a webContents is destroyed; a closed desk window signs its staff out. */
    detach(senderId: number) {
      if (windows.get(senderId)?.sessionOf === senderId) forget(senderId);
      windows.delete(senderId);
    },

    /** The `invoke` channel: one procedure call from a renderer. */
    async invoke(origin: InvokeOrigin, name: unknown, input: unknown): Promise<Answer> {
      const w = roleOf(origin);
      if (!w) return fail('forbidden', 'error.forbidden');
      if (typeof name !== 'string' || name.length > 100 || (input !== undefined && !isJsonValue(input))) {
        return fail('invalid', 'error.bad_json');
      }
      if (input !== undefined && Buffer.byteLength(JSON.stringify(input)) > MAX_BODY_BYTES) {
        return fail('invalid', 'error.body_too_large');
      }
      const token = w.role === 'desk' ? tokens.get(w.sessionOf) : undefined;
      const answer = await core.call(name, input, { window: w.role, token, locale: locale() });
      if (w.role !== 'desk') return answer;
      if (name === 'session.signOut') tokens.delete(w.sessionOf);
      if (answer.ok && SESSION_OPENERS.has(name)) return keepToken(w.sessionOf, answer);
      return answer;
    },

    /** Printing is for a signed-in desk window itself (not its print windows, not the kiosk). */
    mayPrint(origin: InvokeOrigin): boolean {
      const w = roleOf(origin);
      return !!w && w.role === 'desk' && w.sessionOf === origin.senderId && tokens.has(origin.senderId);
    },

    /** Desk windows with a signed-in staff member: the only ones core events are sent to. */
    eventTargets(): number[] {
      return [...windows].filter(([id, w]) => w.role === 'desk' && w.sessionOf === id && tokens.has(id)).map(([id]) => id);
    },

    /** A kiosk window asks to leave kiosk mode: the core checks the PIN (lock-out, audit) and the role. */
    async exitKiosk(origin: InvokeOrigin, staffId: unknown, pin: unknown): Promise<Answer> {
      const w = roleOf(origin);
      if (!w || w.role !== 'kiosk') return fail('forbidden', 'error.forbidden');
      return core.call('kiosk.exit', { staffId, pin }, { window: 'kiosk', locale: locale() });
    },
  };

  function keepToken(owner: number, answer: Answer & { ok: true }): Answer {
    const { token, ...rest } = answer.value as { token: string };
    const previous = tokens.get(owner);
    if (previous && previous !== token) core.services.sessions.end(previous);
    tokens.set(owner, token);
    return { ok: true, value: rest };
  }
}

export type IpcRouter = ReturnType<typeof createIpcRouter>;
