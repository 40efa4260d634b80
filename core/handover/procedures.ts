import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import { mutate } from '../../db/mutate';
import { handovers } from '../../db/schema';
import { AppError, invalidField, notFound } from '../errors';
import { id, longText } from '../fields';
import { procedure, type Ctx } from '../procedure';
import { checkPin } from '../session/check-pin';
import { getSetting } from '../settings/store';
import { listDuty } from '../duty/procedures';
import { t, type Locale } from '../i18n';
import { collectMatters, type Matter } from './matters';

interface HandoverRow {
  id: string;
  fromStaffId: string;
  fromName: string | null;
  submittedAt: number;
  matters: string;
  inventory: string;
  notes: string | null;
  toStaffId: string | null;
  toName: string | null;
  acknowledgedAt: number | null;
  disagreements: string | null;
}

const SELECT = `SELECT h.id, h.from_staff_id AS fromStaffId, f.name AS fromName, h.submitted_at AS submittedAt,
  h.matters, h.inventory, h.notes, h.to_staff_id AS toStaffId, t.name AS toName,
  h.acknowledged_at AS acknowledgedAt, h.disagreements
  FROM handovers h LEFT JOIN staff f ON f.id = h.from_staff_id LEFT JOIN staff t ON t.id = h.to_staff_id
  WHERE h.deleted_at IS NULL`;

/**
 * Each kind's label in the caller's language, so the UI lists any kind a book adds without
 * knowing it (a stored handover keeps kinds whose provider may since have gone).
 */
function kindLabels(locale: Locale, kinds: string[]): Record<string, string> {
  return Object.fromEntries(kinds.map((k) => [k, t(locale, `handover.kind.${k}`)]));
}

function view(row: HandoverRow, locale: Locale) {
  const matters = JSON.parse(row.matters) as Record<string, (Matter & { note: string | null })[]>;
  const inventory = JSON.parse(row.inventory) as { item: string; expected: number; counted: number | null }[];
  return { ...row, matters, inventory, kinds: kindLabels(locale, Object.keys(matters)) };
}

function lastHandover(ctx: Pick<Ctx, 'db' | 'locale'>) {
  const row = ctx.db.sqlite.prepare(`${SELECT} ORDER BY h.submitted_at DESC LIMIT 1`).get() as HandoverRow | undefined;
  return row ? view(row, ctx.locale) : null;
}

function draft(ctx: Ctx) {
  const now = ctx.clock();
  const last = lastHandover(ctx);
  const since = last?.submittedAt ?? now - 12 * 3600_000;
  const matters = collectMatters(ctx.db, now);
  return {
    now,
    since,
    matters,
    kinds: kindLabels(ctx.locale, Object.keys(matters)),
    inventory: getSetting(ctx.db, 'handover.inventory'),
    duty: listDuty(ctx.db, since, now + 1),
    last,
  };
}

export const handoverProcedures = {
  /** Everything open right now, live from the books, plus the count list and this shift's duty log. */
  'handover.draft': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    handler: (ctx) => draft(ctx),
  }),

  'handover.submit': procedure({
    input: z
      .object({
        inventory: z.array(z.object({ item: z.string().trim().min(1).max(30), counted: z.number().int().min(0).max(9999) }).strict()).max(50),
        notes: longText(2000).optional(),
        matterNotes: z.record(z.string().max(200), longText(500)).optional(),
      })
      .strict(),
    roles: ['desk'],
    handler(ctx, input) {
      const current = draft(ctx);
      const expected = new Map(current.inventory.map((i) => [i.item, i.expected]));
      input.inventory.forEach((c, i) => {
        if (!expected.has(c.item)) throw invalidField(['inventory', i, 'item'], 'handover.unknown_item', { item: c.item });
      });
      const counted = new Map(input.inventory.map((c) => [c.item, c.counted]));
      const inventory = current.inventory.map((i) => ({ item: i.item, expected: i.expected, counted: counted.get(i.item) ?? null }));
      const notes = input.matterNotes ?? {};
      const matters = Object.fromEntries(
        Object.entries(current.matters).map(([kind, list]) => [kind, list.map((m) => ({ ...m, note: notes[m.key] ?? null }))]),
      );
      const handoverId = uuidv7();
      mutate(ctx.db, (tx) => {
        tx.insert(handovers, {
          id: handoverId,
          fromStaffId: ctx.staff!.id,
          submittedAt: tx.now,
          matters: JSON.stringify(matters),
          inventory: JSON.stringify(inventory),
          notes: input.notes ?? null,
        });
        ctx.audit(tx, 'handover.submit', handoverId);
      });
      ctx.emit('data-changed', { tables: ['handovers'] });
      return { id: handoverId };
    },
  }),

  /** The incoming staff member signs for the handover with their own PIN. */
  'handover.acknowledge': procedure({
    input: z.object({ id, staffId: id, pin: z.string().max(64), disagreements: longText(2000).optional() }).strict(),
    roles: ['desk'],
    handler(ctx, input) {
      const row = ctx.db.sqlite.prepare(`${SELECT} AND h.id = ?`).get(input.id) as HandoverRow | undefined;
      if (!row) throw notFound();
      if (row.acknowledgedAt) throw new AppError('conflict', 'handover.already_acknowledged');
      if (input.staffId === row.fromStaffId) throw invalidField('staffId', 'handover.same_person');
      const incoming = checkPin(ctx, input.staffId, input.pin, 'handover');
      mutate(ctx.db, (tx) => {
        tx.update(handovers, input.id, { toStaffId: incoming.id, acknowledgedAt: tx.now, disagreements: input.disagreements ?? null });
        ctx.audit(tx, 'handover.acknowledge', input.id, { by: incoming.id });
      });
      ctx.emit('data-changed', { tables: ['handovers'] });
      return { id: input.id, acknowledgedBy: incoming };
    },
  }),

  /** The handover still waiting for its signature, if any: the desk shows it until signed. */
  'handover.pending': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    handler(ctx) {
      const row = ctx.db.sqlite
        .prepare(`${SELECT} AND h.acknowledged_at IS NULL ORDER BY h.submitted_at DESC LIMIT 1`)
        .get() as HandoverRow | undefined;
      return row ? view(row, ctx.locale) : null;
    },
  }),

  'handover.get': procedure({
    input: z.object({ id }).strict(),
    roles: ['desk'],
    handler(ctx, input) {
      const row = ctx.db.sqlite.prepare(`${SELECT} AND h.id = ?`).get(input.id) as HandoverRow | undefined;
      if (!row) throw notFound();
      return view(row, ctx.locale);
    },
  }),

  'handover.list': procedure({
    input: z.object({ limit: z.number().int().min(1).max(200).optional() }).strict().optional(),
    roles: ['desk'],
    handler(ctx, input) {
      const rows = ctx.db.sqlite.prepare(`${SELECT} ORDER BY h.submitted_at DESC LIMIT ?`).all(input?.limit ?? 30) as HandoverRow[];
      return rows.map((r) => view(r, ctx.locale));
    },
  }),
};
