import type { z } from 'zod';
import type { Db } from '../db/open';
import type { WriteTx } from '../db/mutate';
import type { Locale } from './i18n';

/**
 * Who may call a procedure:
 * - `public`: the desk window before sign-in (staff picker, sign-in, first-run set-up);
 * - `desk`: a signed-in staff member at the desk;
 * - `kiosk`: the visitor touchscreen (the kiosk window, or a paired LAN kiosk);
 * - `pairing`: anyone who holds a one-time pairing code (a LAN kiosk claiming its token).
 */
export type Access = 'public' | 'desk' | 'kiosk' | 'pairing';
export type StaffRole = 'reception' | 'supervisor' | 'host' | 'worker';
export const STAFF_ROLES = ['reception', 'supervisor', 'host', 'worker'] as const;

/** Where a call comes from. Set by the transport, never by the caller's own word. */
export interface Caller {
  /** desk: the desk window or a loopback browser; kiosk: the kiosk window or a paired kiosk; lan: anyone else. */
  window: 'desk' | 'kiosk' | 'lan';
  /** The session token (desk) or kiosk token. */
  token?: string;
  locale?: Locale;
}

export interface SessionStaff {
  id: string;
  name: string;
  role: StaffRole;
}

export type EventName = 'data-changed' | 'kiosk-alert' | 'sync-status' | 'session-ended';

export interface Ctx {
  db: Db;
  /** The desk's clock (injectable, so tests can move time). */
  clock: () => number;
  locale: Locale;
  caller: Caller;
  /** The signed-in staff member, for desk calls; null for public, kiosk and pairing calls. */
  staff: SessionStaff | null;
  services: CoreServices;
  /** Append an audit entry inside the caller's write transaction. */
  audit(tx: WriteTx, action: string, target?: string | null, detail?: unknown): void;
  emit(event: EventName, payload?: unknown): void;
}

/** Long-lived parts of the core shared by every call (sessions, secrets, paths). */
export interface CoreServices {
  version: string;
  dataDir: string | null;
  sessions: import('./session/sessions').Sessions;
  /** Encrypts personal fields at rest (AES-256-GCM). */
  secrets: import('./secrets').Secrets;
  events: import('node:events').EventEmitter;
  /** The desk listens on the LAN (browser mode with --host 0.0.0.0), so kiosk pairing links use the LAN address. */
  lanKiosks: boolean;
  /** Set by the host once the sync worker runs; the status bar reads it through system.status. */
  syncStatus?: () => SyncStatus;
}

export interface SyncStatus {
  connected: boolean;
  online: boolean;
  lastSuccessAt: number | null;
  lastError: string | null;
}

export interface Procedure<S extends z.ZodType = z.ZodType, O = unknown> {
  input: S;
  roles: readonly Access[];
  /** For desk calls: only these staff roles (e.g. supervisor for staff management). */
  staffRoles?: readonly StaffRole[];
  handler(ctx: Ctx, input: z.output<S>): O | Promise<O>;
}

/** Identity function that keeps the input and output types of a procedure. */
export function procedure<S extends z.ZodType, O>(p: Procedure<S, O>): Procedure<S, O> {
  return p;
}
