import { eq } from 'drizzle-orm';
import { mutate } from '../../db/mutate';
import { pinAttempts, staff } from '../../db/schema';
import { AppError } from '../errors';
import { pin } from '../fields';
import type { Ctx, SessionStaff, StaffRole } from '../procedure';
import { verifyPin } from './pin';

export const MAX_PIN_FAILURES = 5;
export const PIN_LOCK_MS = 60_000;

/**
 * Check a staff member's PIN with the lock-out (5 wrong -> 60 s) and the audit trail. Every
 * place that asks for a PIN (sign-in, handover acknowledgement, leaving the kiosk) goes through
 * here, so none of them is a way around the lock.
 */
export function checkPin(ctx: Pick<Ctx, 'db' | 'clock' | 'audit'>, staffId: string, given: string, purpose: string): SessionStaff {
  const { sqlite, orm } = ctx.db;
  const now = ctx.clock();
  const person = orm.select().from(staff).where(eq(staff.id, staffId)).get();
  if (!person || person.deletedAt || !person.active) throw new AppError('not_found', 'error.not_found');
  if (!person.pinHash) throw new AppError('forbidden', 'session.no_pin');
  const attempts = orm.select().from(pinAttempts).where(eq(pinAttempts.staffId, person.id)).get();
  if (attempts?.lockedUntil && attempts.lockedUntil > now) {
    throw new AppError('forbidden', 'session.locked', { seconds: Math.ceil((attempts.lockedUntil - now) / 1000) });
  }
  const good = pin.safeParse(given).success && verifyPin(given, person.pinHash);
  if (!good) {
    const failures = (attempts?.lockedUntil ? 0 : (attempts?.failures ?? 0)) + 1;
    const locked = failures >= MAX_PIN_FAILURES;
    mutate(ctx.db, (tx) => {
      sqlite
        .prepare(
          'INSERT INTO pin_attempts (staff_id, failures, locked_until) VALUES (?, ?, ?) ' +
            'ON CONFLICT(staff_id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until',
        )
        .run(person.id, locked ? 0 : failures, locked ? now + PIN_LOCK_MS : null);
      ctx.audit(tx, locked ? 'pin.locked' : 'pin.wrong', person.id, { purpose });
    });
    if (locked) throw new AppError('forbidden', 'session.locked', { seconds: PIN_LOCK_MS / 1000 });
    throw new AppError('forbidden', 'session.bad_pin', { left: MAX_PIN_FAILURES - failures });
  }
  if (attempts) sqlite.prepare('DELETE FROM pin_attempts WHERE staff_id = ?').run(person.id);
  return { id: person.id, name: person.name, role: person.role as StaffRole };
}
