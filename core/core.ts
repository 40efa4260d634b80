import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../db/open';
import { auditLog } from '../db/schema';
import { AppError, type Answer } from './errors';
import { fieldLabel, t, type Locale } from './i18n';
import type { Caller, Ctx, CoreServices, EventName, Procedure } from './procedure';
import { procedures, type ProcedureName } from './router';
import { createSecrets, type Secrets } from './secrets';
import { createSessions } from './session/sessions';
import { translateIssues } from './validation';

export interface CoreOptions {
  db: Db;
  /** Defaults to the store's clock; give both the same clock. */
  clock?: () => number;
  version?: string;
  dataDir?: string | null;
  /** Key for personal fields; a random per-process key when absent (tests). */
  secrets?: Secrets;
  locale?: Locale;
  /** The desk is reachable from the LAN; pairing links then name the LAN address, not loopback. */
  lanKiosks?: boolean;
}

export interface Core {
  call(name: string, input: unknown, caller: Caller): Promise<Answer>;
  services: CoreServices;
  db: Db;
  clock: () => number;
  /** Subscribe to core events (data-changed, kiosk-alert, ...). Returns an unsubscribe. */
  on(event: EventName, cb: (payload: unknown) => void): () => void;
}

export function createCore(opts: CoreOptions): Core {
  const clock = opts.clock ?? opts.db.clock;
  const events = new EventEmitter();
  events.setMaxListeners(100);
  const services: CoreServices = {
    version: opts.version ?? '0.0.0',
    dataDir: opts.dataDir ?? null,
    sessions: createSessions(clock),
    secrets: opts.secrets ?? createSecrets(randomBytes(32)),
    events,
    lanKiosks: opts.lanKiosks ?? false,
  };

  async function call(name: string, input: unknown, caller: Caller): Promise<Answer> {
    const locale: Locale = caller.locale ?? opts.locale ?? 'zh-CN';
    const fail = (code: AppError['code'], key: string, params?: Record<string, unknown>): Answer => ({
      ok: false,
      error: { code, message: t(locale, key, params) },
    });

    const proc = Object.hasOwn(procedures, name) ? (procedures[name as ProcedureName] as Procedure) : undefined;
    if (!proc) return fail('not_found', 'error.unknown_procedure', { name: String(name).slice(0, 80) });

    const staff = caller.window === 'desk' ? services.sessions.get(caller.token) : null;
    const allowed =
      proc.roles.includes('pairing') ||
      (caller.window === 'kiosk' && proc.roles.includes('kiosk')) ||
      (caller.window === 'desk' && proc.roles.includes('public')) ||
      (caller.window === 'desk' && proc.roles.includes('desk') && staff !== null);
    if (!allowed) {
      const wantsSession = caller.window === 'desk' && proc.roles.includes('desk');
      return wantsSession ? fail('unauthenticated', 'error.unauthenticated') : fail('forbidden', 'error.forbidden');
    }
    if (staff && proc.staffRoles && !proc.roles.includes('public') && !proc.staffRoles.includes(staff.role)) {
      return fail('forbidden', 'error.forbidden');
    }

    const book = name.split('.')[0];
    const parsed = proc.input.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid', message: t(locale, 'error.invalid'), issues: translateIssues(locale, parsed.error.issues, book) },
      };
    }

    const ctx: Ctx = {
      db: opts.db,
      clock,
      locale,
      caller,
      staff,
      services,
      audit(tx, action, target = null, detail) {
        tx.insert(auditLog, {
          id: uuidv7(),
          at: tx.now,
          staffId: staff?.id ?? null,
          action,
          target,
          detail: detail === undefined ? null : JSON.stringify(detail),
        });
      },
      emit(event, payload) {
        events.emit(event, payload);
      },
    };

    try {
      const value = await proc.handler(ctx, parsed.data);
      return { ok: true, value: value ?? null };
    } catch (err) {
      if (err instanceof AppError) {
        const issues = err.fieldIssues.length
          ? err.fieldIssues.map((i) => {
              const field = fieldLabel(locale, i.path, book);
              const message = t(locale, i.key, i.params);
              return { path: i.path, field, message: field ? `${field}：${message}` : message };
            })
          : undefined;
        return { ok: false, error: { code: err.code, message: t(locale, err.key, err.params), ...(issues ? { issues } : {}) } };
      }
      console.error(`[core] ${name} failed:`, err);
      return fail('internal', 'error.internal');
    }
  }

  return {
    call,
    services,
    db: opts.db,
    clock,
    on(event, cb) {
      events.on(event, cb);
      return () => events.off(event, cb);
    },
  };
}
