import { z } from 'zod';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import QRCode from 'qrcode';
import { mutate } from '../../db/mutate';
import { AppError } from '../errors';
import { id } from '../fields';
import { checkPin } from '../session/check-pin';
import { lanAddress, reachableBaseUrl } from './lan-url';
import { procedure } from '../procedure';

export const PAIRING_TTL_MS = 10 * 60 * 1000;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Is this a live kiosk token? Used by the HTTP transport to give a caller the kiosk role. */
export function isKioskToken(db: { sqlite: import('better-sqlite3').Database }, token: string | undefined): boolean {
  if (!token) return false;
  return !!db.sqlite.prepare('SELECT 1 FROM kiosk_devices WHERE token_hash = ? AND revoked_at IS NULL').get(hashToken(token));
}

/** Staff roles that may take a touchscreen out of kiosk mode. */
const KIOSK_KEEPERS = ['reception', 'supervisor'];

export const kioskProcedures = {
  /** Leaving kiosk mode: a reception or supervisor PIN, under the same lock-out as sign-in. */
  'kiosk.exit': procedure({
    input: z.object({ staffId: id, pin: z.string().max(64) }).strict(),
    roles: ['kiosk'],
    handler(ctx, input) {
      const who = checkPin(ctx, input.staffId, input.pin, 'kioskExit');
      if (!KIOSK_KEEPERS.includes(who.role)) throw new AppError('forbidden', 'error.forbidden');
      mutate(ctx.db, (tx) => ctx.audit(tx, 'kiosk.exit', who.id));
      return { exited: true };
    },
  }),

  /** Desk: a one-time code (and its QR) a kiosk enters to pair with this desk. */
  'kiosk.pair': procedure({
    input: z.object({ baseUrl: z.string().url().max(200).optional() }).strict().optional(),
    roles: ['desk'],
    async handler(ctx, input) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const now = ctx.clock();
      const expiresAt = now + PAIRING_TTL_MS;
      mutate(ctx.db, (tx) => {
        tx.db.sqlite.prepare('DELETE FROM kiosk_pairings WHERE expires_at < ?').run(now);
        tx.db.sqlite
          .prepare('INSERT OR REPLACE INTO kiosk_pairings (code, expires_at, created_by) VALUES (?, ?, ?)')
          .run(code, expiresAt, ctx.staff!.id);
        ctx.audit(tx, 'kiosk.pair', null, { expiresAt });
      });
      const url = `${reachableBaseUrl(input?.baseUrl, ctx.services.lanKiosks ? lanAddress() : null)}/kiosk?pair=${code}`;
      const qr = await QRCode.toDataURL(url, { margin: 1, width: 240 });
      return { code, expiresAt, url, qr };
    },
  }),

  /** A kiosk device trades a pairing code for its token (once). */
  'kiosk.claim': procedure({
    input: z.object({ code: z.string().regex(/^\d{6}$/, { error: 'kiosk.bad_code' }) }).strict(),
    roles: ['pairing'],
    handler(ctx, input) {
      const token = randomBytes(32).toString('base64url');
      const deviceId = uuidv7();
      mutate(ctx.db, (tx) => {
        const sqlite = tx.db.sqlite;
        const row = sqlite.prepare('SELECT expires_at AS expiresAt FROM kiosk_pairings WHERE code = ?').get(input.code) as
          | { expiresAt: number }
          | undefined;
        if (!row || row.expiresAt < tx.now) throw new AppError('forbidden', 'kiosk.bad_code');
        sqlite.prepare('DELETE FROM kiosk_pairings WHERE code = ?').run(input.code);
        sqlite
          .prepare('INSERT INTO kiosk_devices (id, token_hash, created_at) VALUES (?, ?, ?)')
          .run(deviceId, hashToken(token), tx.now);
        ctx.audit(tx, 'kiosk.claim', deviceId);
      });
      return { token, deviceId };
    },
  }),
};
