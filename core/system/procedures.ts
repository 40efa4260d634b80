import { z } from 'zod';
import { eq, isNull } from 'drizzle-orm';
import { mutate } from '../../db/mutate';
import { sites, staff } from '../../db/schema';
import { AppError } from '../errors';
import { pin, text } from '../fields';
import { procedure, type SyncStatus } from '../procedure';
import { getSetting, writeSetting } from '../settings/store';
import { writeStaff } from '../staff/procedures';

/** Outbox figures for the status bar: how much is waiting for the hub and since when. */
export function outboxStatus(ctx: { db: { sqlite: import('better-sqlite3').Database } }, now: number) {
  const row = ctx.db.sqlite
    .prepare('SELECT COUNT(DISTINCT tx_id) AS pending, MIN(created_at) AS oldest FROM outbox')
    .get() as { pending: number; oldest: number | null };
  return { pending: row.pending, oldestPendingAgeMs: row.oldest === null ? null : Math.max(0, now - row.oldest) };
}

export const systemProcedures = {
  'system.status': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    handler(ctx) {
      const now = ctx.clock();
      return {
        version: ctx.services.version,
        dbPath: ctx.db.path,
        site: ctx.db.device.siteCode,
        device: ctx.db.device.letter,
        now,
        outbox: outboxStatus(ctx, now),
        // Filled in by the sync worker once a hub is connected.
        sync: (ctx.services.syncStatus?.() ?? { connected: false, online: false, lastSuccessAt: null, lastError: null }) as SyncStatus,
      };
    },
  }),

  /** Before sign-in: does this desk still need its first-run set-up? */
  'setup.status': procedure({
    input: z.object({}).strict().optional(),
    roles: ['public', 'kiosk'],
    handler(ctx) {
      const anyStaff = ctx.db.orm.select({ id: staff.id }).from(staff).where(isNull(staff.deletedAt)).limit(1).get();
      const site = ctx.db.orm.select().from(sites).where(eq(sites.code, ctx.db.device.siteCode)).get();
      return {
        needsSetup: !anyStaff,
        siteCode: ctx.db.device.siteCode,
        siteName: getSetting(ctx.db, 'siteName') ?? site?.name,
        locale: getSetting(ctx.db, 'locale'),
      };
    },
  }),

  /** First run: name the site and create the first supervisor. Refused once anyone exists. */
  'setup.init': procedure({
    input: z.object({ siteName: text(50), name: text(50), pin }).strict(),
    roles: ['public'],
    handler(ctx, input) {
      const staffId = mutate(ctx.db, (tx) => {
        const anyStaff = tx.db.sqlite.prepare('SELECT 1 FROM staff WHERE deleted_at IS NULL LIMIT 1').get();
        if (anyStaff) throw new AppError('conflict', 'staff.setup_done');
        writeSetting(tx, 'siteName', input.siteName);
        return writeStaff(ctx, tx, { name: input.name, role: 'supervisor', pin: input.pin });
      });
      const who = { id: staffId, name: input.name, role: 'supervisor' as const };
      ctx.emit('data-changed', { tables: ['staff', 'settings'] });
      return { token: ctx.services.sessions.create(who), staff: who };
    },
  }),
};
