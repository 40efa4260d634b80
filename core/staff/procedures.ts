import { z } from 'zod';
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { mutate } from '../../db/mutate';
import { departments, staff } from '../../db/schema';
import { AppError, notFound } from '../errors';
import { id, optionalText, phone, pin, text } from '../fields';
import { procedure, STAFF_ROLES, type Ctx } from '../procedure';
import { hashPin } from '../session/pin';
import { pinyinKeys } from './pinyin';

const staffInput = z
  .object({
    id: id.optional(),
    name: text(50),
    role: z.enum(STAFF_ROLES),
    departmentId: id.nullish(),
    extension: optionalText(20),
    phone: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), phone.optional()),
    location: optionalText(100),
    /** Set or change the sign-in PIN; omit to keep the current one. */
    pin: pin.optional(),
  })
  .strict();

export type StaffInput = z.input<typeof staffInput>;

function activeSupervisors(ctx: Ctx, exceptId?: string): number {
  const rows = ctx.db.orm
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.role, 'supervisor'), isNull(staff.deletedAt), exceptId ? ne(staff.id, exceptId) : undefined))
    .all();
  return rows.length;
}

/** Insert or update one staff member inside a write transaction; returns the id. */
export function writeStaff(ctx: Pick<Ctx, 'db' | 'audit'>, tx: Parameters<Parameters<typeof mutate>[1]>[0], input: z.output<typeof staffInput>): string {
  const fields = {
    name: input.name,
    role: input.role,
    departmentId: input.departmentId ?? null,
    extension: input.extension ?? null,
    phone: input.phone ?? null,
    location: input.location ?? null,
    pinyin: pinyinKeys(input.name),
    ...(input.pin ? { pinHash: hashPin(input.pin) } : {}),
  };
  if (input.id) {
    tx.update(staff, input.id, fields);
    ctx.audit(tx, 'staff.update', input.id, { name: input.name, role: input.role, pinChanged: !!input.pin });
    return input.id;
  }
  const newId = uuidv7();
  tx.insert(staff, { id: newId, createdAt: tx.now, active: true, ...fields });
  ctx.audit(tx, 'staff.create', newId, { name: input.name, role: input.role });
  return newId;
}

export const staffProcedures = {
  'departments.list': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    handler(ctx) {
      return ctx.db.orm
        .select({ id: departments.id, name: departments.name, location: departments.location })
        .from(departments)
        .where(isNull(departments.deletedAt))
        .orderBy(asc(departments.name))
        .all();
    },
  }),

  'staff.list': procedure({
    input: z.object({ role: z.enum(STAFF_ROLES).optional() }).strict().optional(),
    roles: ['public', 'kiosk'],
    handler(ctx, input) {
      const rows = ctx.db.orm
        .select()
        .from(staff)
        .where(and(isNull(staff.deletedAt), input?.role ? eq(staff.role, input.role) : undefined))
        .orderBy(asc(staff.pinyin))
        .all();
      // Before sign-in (and at the kiosk) only names and roles: enough to pick yourself or a host.
      const full = ctx.staff !== null;
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        role: r.role,
        canSignIn: !!r.pinHash,
        pinyin: r.pinyin,
        ...(full
          ? { departmentId: r.departmentId, extension: r.extension, phone: r.phone, location: r.location }
          : { location: r.location }),
      }));
    },
  }),

  'staff.upsert': procedure({
    input: staffInput,
    roles: ['desk'],
    staffRoles: ['supervisor'],
    handler(ctx, input) {
      if (input.id) {
        const existing = ctx.db.orm.select().from(staff).where(eq(staff.id, input.id)).get();
        if (!existing || existing.deletedAt) throw notFound();
        if (existing.role === 'supervisor' && input.role !== 'supervisor' && activeSupervisors(ctx, input.id) === 0) {
          throw new AppError('conflict', 'staff.last_supervisor');
        }
      }
      const staffId = mutate(ctx.db, (tx) => writeStaff(ctx, tx, input));
      if (input.pin && input.id) ctx.services.sessions.endAllFor(input.id);
      ctx.emit('data-changed', { tables: ['staff'] });
      return { id: staffId };
    },
  }),

  'staff.remove': procedure({
    input: z.object({ id }).strict(),
    roles: ['desk'],
    staffRoles: ['supervisor'],
    handler(ctx, input) {
      const existing = ctx.db.orm.select().from(staff).where(eq(staff.id, input.id)).get();
      if (!existing || existing.deletedAt) throw notFound();
      if (existing.role === 'supervisor' && activeSupervisors(ctx, input.id) === 0) {
        throw new AppError('conflict', 'staff.last_supervisor');
      }
      mutate(ctx.db, (tx) => {
        tx.remove(staff, input.id);
        ctx.audit(tx, 'staff.remove', input.id, { name: existing.name });
      });
      ctx.services.sessions.endAllFor(input.id);
      ctx.emit('data-changed', { tables: ['staff'] });
      return { id: input.id };
    },
  }),
};
