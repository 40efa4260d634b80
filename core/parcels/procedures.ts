import { z } from 'zod';
import { mutate } from '../../db/mutate';
import { siteTimeZone } from '../../db/numbers';
import { parcels } from '../../db/schema';
import { prepared } from '../calls/sql';
import { AppError, conflict, invalidField, notFound } from '../errors';
import { id, longText, text } from '../fields';
import { procedure, type Ctx } from '../procedure';
import { byUrgency, PARCEL_COLUMNS, parcelDeadlines, readParcel, viewParcel, type ParcelRow } from './read';
import { resolveRecipient } from './recipients';
import { CHANNELS, listInput, pickUpInput, receiveInput } from './schemas';
import { writeParcel } from './write';

const DESK = ['reception', 'supervisor'] as const;
const TABLES = { tables: ['parcels'] };

const me = (ctx: Ctx) => {
  if (!ctx.staff) throw new AppError('unauthenticated', 'error.unauthenticated');
  return ctx.staff.id;
};

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A parcel still on the shelf, or the refusal that says where it went. */
function waitingParcel(ctx: Ctx, parcelId: string): ParcelRow {
  const p = readParcel(ctx.db, parcelId);
  if (!p) throw notFound();
  if (p.pickedUpAt !== null) {
    const at = new Date(p.pickedUpAt).toLocaleString(ctx.locale, { timeZone: siteTimeZone(ctx.db) });
    throw conflict('parcels.already_picked_up', { at, by: p.pickedUpBy });
  }
  if (p.returnedAt !== null) throw conflict('parcels.already_returned');
  return p;
}

const views = (ctx: Ctx, rows: ParcelRow[]) => {
  const d = parcelDeadlines(ctx.db);
  const now = ctx.clock();
  return rows.map((r) => viewParcel(r, now, d));
};

export const parcelProcedures = {
  'parcels.receive': procedure({
    input: receiveInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const who = resolveRecipient(ctx.db, input.recipient);
      const by = me(ctx);
      const written = mutate(ctx.db, (tx) => {
        const w = writeParcel(tx, {
          trackingNo: input.trackingNo,
          courier: input.courier,
          ...who,
          shelf: input.shelf ?? null,
          notes: input.notes ?? null,
          receivedBy: by,
        });
        ctx.audit(tx, 'parcels.receive', w.id, { trackingNo: input.trackingNo });
        return w;
      });
      ctx.emit('data-changed', TABLES);
      return { ...written, recipientName: who.recipientName };
    },
  }),

  'parcels.notify': procedure({
    input: z.object({ id, channel: z.enum(CHANNELS) }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const p = waitingParcel(ctx, input.id);
      const by = me(ctx);
      const at = mutate(ctx.db, (tx) => {
        tx.update(parcels, p.id, { notifiedAt: tx.now, notifyChannel: input.channel, notifiedBy: by, notifyCount: p.notifyCount + 1 });
        ctx.audit(tx, 'parcels.notify', p.id, { channel: input.channel });
        return tx.now;
      });
      ctx.emit('data-changed', TABLES);
      return { id: p.id, notifiedAt: at, notifyCount: p.notifyCount + 1 };
    },
  }),

  'parcels.pickUp': procedure({
    input: pickUpInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const p = waitingParcel(ctx, input.id);
      // A code given must be right even when the ID was also checked: a wrong code is a warning sign.
      if (input.pickupCode !== undefined && input.pickupCode !== p.code) throw invalidField('pickupCode', 'parcels.wrong_code');
      const by = me(ctx);
      const at = mutate(ctx.db, (tx) => {
        tx.update(parcels, p.id, {
          pickedUpAt: tx.now,
          pickedUpBy: input.pickedUpBy,
          pickedUpCheck: input.pickupCode !== undefined ? 'code' : 'id',
          handedOverBy: by,
        });
        ctx.audit(tx, 'parcels.pickUp', p.id, { pickedUpBy: input.pickedUpBy });
        return tx.now;
      });
      ctx.emit('data-changed', TABLES);
      return { id: p.id, pickedUpAt: at };
    },
  }),

  'parcels.return': procedure({
    input: z.object({ id, reason: longText(200) }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const p = waitingParcel(ctx, input.id);
      const by = me(ctx);
      const at = mutate(ctx.db, (tx) => {
        tx.update(parcels, p.id, { returnedAt: tx.now, returnedBy: by, returnReason: input.reason });
        ctx.audit(tx, 'parcels.return', p.id, { reason: input.reason });
        return tx.now;
      });
      ctx.emit('data-changed', TABLES);
      return { id: p.id, returnedAt: at };
    },
  }),

  'parcels.get': procedure({
    input: z.object({ id }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const p = readParcel(ctx.db, input.id);
      if (!p) throw notFound();
      return views(ctx, [p])[0];
    },
  }),

  'parcels.list': procedure({
    input: listInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const status = input?.status ?? 'waiting';
      const where = {
        waiting: 'picked_up_at IS NULL AND returned_at IS NULL',
        picked_up: 'picked_up_at IS NOT NULL',
        returned: 'returned_at IS NOT NULL',
      }[status];
      const order = status === 'waiting' ? 'received_at' : status === 'picked_up' ? 'picked_up_at DESC' : 'returned_at DESC';
      const rows = prepared(ctx.db, `SELECT ${PARCEL_COLUMNS} FROM parcels WHERE ${where} AND deleted_at IS NULL ORDER BY ${order} LIMIT ?`).all(
        input?.limit ?? 200,
      ) as ParcelRow[];
      const out = views(ctx, rows);
      return status === 'waiting' ? out.sort(byUrgency) : out;
    },
  }),

  'parcels.search': procedure({
    input: z.object({ q: text(50), limit: z.number().int().min(1).max(100).default(30) }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const q = input.q.replace(/\s+/g, '');
      // Six digits is a pick-up code: only a waiting parcel answers to it.
      if (/^\d{6}$/.test(q)) {
        const rows = prepared(
          ctx.db,
          `SELECT ${PARCEL_COLUMNS} FROM parcels WHERE code = ? AND picked_up_at IS NULL AND returned_at IS NULL AND deleted_at IS NULL`,
        ).all(q) as ParcelRow[];
        if (rows.length) return views(ctx, rows);
      }
      const rows = prepared(
        ctx.db,
        `SELECT ${PARCEL_COLUMNS} FROM parcels WHERE deleted_at IS NULL AND (tracking_no LIKE @up ESCAPE '\\' OR recipient_name LIKE @q ESCAPE '\\'
           OR recipient_pinyin LIKE @py ESCAPE '\\' OR recipient_phone LIKE @q ESCAPE '\\')
         ORDER BY received_at DESC LIMIT @limit`,
      ).all({ q: like(q), up: like(q.toUpperCase()), py: like(q.toLowerCase()), limit: input.limit }) as ParcelRow[];
      return views(ctx, rows);
    },
  }),

  'parcels.recipients': procedure({
    input: z.object({ q: text(50) }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const q = input.q.replace(/\s+/g, '');
      const params = { q: like(q), py: like(q.toLowerCase()) };
      const residents = prepared(
        ctx.db,
        `SELECT id, name, phone, building || COALESCE(unit, '') || room AS detail FROM residents
         WHERE deleted_at IS NULL AND (name LIKE @q ESCAPE '\\' OR pinyin LIKE @py ESCAPE '\\' OR (building || COALESCE(unit, '') || room) LIKE @q ESCAPE '\\')
         ORDER BY pinyin LIMIT 20`,
      ).all(params) as { id: string; name: string; phone: string | null; detail: string }[];
      const staff = prepared(
        ctx.db,
        `SELECT id, name, phone, role AS detail FROM staff WHERE deleted_at IS NULL AND (name LIKE @q ESCAPE '\\' OR pinyin LIKE @py ESCAPE '\\')
         ORDER BY pinyin LIMIT 10`,
      ).all(params) as { id: string; name: string; phone: string | null; detail: string }[];
      return [...staff.map((s) => ({ kind: 'staff' as const, ...s })), ...residents.map((r) => ({ kind: 'resident' as const, ...r }))];
    },
  }),
};
