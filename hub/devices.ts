import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { devices } from './schema';
import type { HubStore } from './store';

const CODE_TTL_MS = 24 * 60 * 60 * 1000;
// No 0/O/1/I: the code is read off a screen and typed by hand.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface Device {
  deviceId: string;
  site: string;
}

export function isSiteCode(site: string): boolean {
  return /^[A-Za-z0-9_-]{1,32}$/.test(site);
}

/** A new device slot with a one-time enrolment code; only the code's hash is stored. */
export async function createEnrolment(store: HubStore, site: string, now = Date.now()) {
  if (!isSiteCode(site)) throw new Error(`bad site code: ${site}`);
  const bytes = randomBytes(10);
  const code = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
  const deviceId = randomUUID();
  await store.db.insert(devices).values({
    id: deviceId,
    site,
    codeHash: sha256(code),
    codeExpiresAt: now + CODE_TTL_MS,
    createdAt: now,
  });
  return { deviceId, code };
}

/** Trade a code for a device token. The code works once. */
export async function enroll(store: HubStore, code: string, now = Date.now()): Promise<(Device & { token: string }) | null> {
  const token = randomBytes(32).toString('base64url');
  const claimed = await store.db
    .update(devices)
    .set({ codeHash: null, tokenHash: sha256(token), enrolledAt: now })
    .where(and(eq(devices.codeHash, sha256(code.trim().toUpperCase())), isNull(devices.revokedAt)))
    .returning({ id: devices.id, site: devices.site, expires: devices.codeExpiresAt });
  const row = claimed[0];
  if (!row || (row.expires ?? 0) < now) return null;
  return { deviceId: row.id, site: row.site, token };
}

export async function authenticate(store: HubStore, token: string | undefined): Promise<Device | null> {
  if (!token) return null;
  const found = await store.db
    .select({ id: devices.id, site: devices.site, revokedAt: devices.revokedAt })
    .from(devices)
    .where(eq(devices.tokenHash, sha256(token)));
  const row = found[0];
  if (!row || row.revokedAt !== null) return null;
  return { deviceId: row.id, site: row.site };
}

export async function revoke(store: HubStore, deviceId: string, now = Date.now()): Promise<boolean> {
  const res = await store.db
    .update(devices)
    .set({ revokedAt: now, codeHash: null })
    .where(eq(devices.id, deviceId))
    .returning({ id: devices.id });
  return res.length > 0;
}

export async function listDevices(store: HubStore) {
  return store.db
    .select({ id: devices.id, site: devices.site, enrolledAt: devices.enrolledAt, revokedAt: devices.revokedAt })
    .from(devices)
    .orderBy(devices.site, devices.createdAt);
}
