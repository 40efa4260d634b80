import { z } from 'zod';
import { mutate } from '../../db/mutate';
import { itemLoans, lentItems } from '../../db/schema';
import { AppError, conflict, invalidField, notFound } from '../errors';
import { id } from '../fields';
import { procedure, type Ctx } from '../procedure';
import { getSetting } from '../settings/store';
import { capacity, itemPlace, openLoans, readItem, readLoan } from './read';
import { KEY_KIND, lendInput, listInput, upsertInput } from './schemas';
import { writeItem, writeLoan } from './write';
import { prepared } from '../calls/sql';
import type { ItemRow } from './read';

const DESK = ['reception', 'supervisor'] as const;
const TABLES = { tables: ['lent_items', 'item_loans'] };

const me = (ctx: Ctx) => {
  if (!ctx.staff) throw new AppError('unauthenticated', 'error.unauthenticated');
  return ctx.staff.id;
};

export const keyProcedures = {
  'keys.upsert': procedure({
    input: upsertInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      if (input.kind !== KEY_KIND && !getSetting(ctx.db, 'lending.kinds').some((k) => k.id === input.kind)) {
        throw invalidField('kind', 'keys.unknown_kind');
      }
      if (input.id) {
        if (!readItem(ctx.db, input.id)) throw notFound();
        const out = openLoans(ctx.db, input.id).length;
        if (out > capacity(input)) throw invalidField('count', 'keys.has_loans', { count: input.count });
      }
      const itemId = mutate(ctx.db, (tx) => {
        const w = writeItem(tx, input);
        ctx.audit(tx, 'keys.upsert', w, { label: input.label });
        return w;
      });
      ctx.emit('data-changed', TABLES);
      return { id: itemId };
    },
  }),

  'keys.lend': procedure({
    input: lendInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const item = readItem(ctx.db, input.keyId);
      if (!item) throw invalidField('keyId', 'error.not_found');
      if (input.dueAt <= ctx.clock()) throw invalidField('dueAt', 'keys.due_past');
      const by = me(ctx);
      const loanId = mutate(ctx.db, (tx) => {
        // Counted inside the write transaction, so two desks cannot both lend the last one.
        const out = openLoans(tx.db, item.id);
        if (out.length >= capacity(item)) {
          throw item.kind === KEY_KIND
            ? conflict('keys.already_out', { label: item.label, borrower: out[0].borrower })
            : conflict('keys.none_left', { label: item.label });
        }
        const w = writeLoan(tx, input, by);
        ctx.audit(tx, 'keys.lend', w, { itemId: item.id, borrower: input.borrower });
        return w;
      });
      ctx.emit('data-changed', TABLES);
      return { id: loanId };
    },
  }),

  'keys.return': procedure({
    input: z.object({ loanId: id }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const by = me(ctx);
      // Read inside the write transaction, so a loan returned at two desks at once is returned once.
      const { at, dueAt } = mutate(ctx.db, (tx) => {
        const loan = readLoan(tx.db, input.loanId);
        if (!loan) throw notFound();
        if (loan.returnedAt !== null) throw conflict('keys.already_returned');
        tx.update(itemLoans, loan.id, { returnedAt: tx.now, returnedBy: by });
        ctx.audit(tx, 'keys.return', loan.id, { itemId: loan.itemId });
        return { at: tx.now, dueAt: loan.dueAt };
      });
      ctx.emit('data-changed', TABLES);
      return { id: input.loanId, returnedAt: at, late: at > dueAt };
    },
  }),

  /** Take an item off the board (lost, handed back to the owner). Refused while any of it is out. */
  'keys.remove': procedure({
    input: z.object({ id }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      mutate(ctx.db, (tx) => {
        // Checked inside the write transaction, so an item lent at another window cannot vanish mid-loan.
        const item = readItem(tx.db, input.id);
        if (!item) throw notFound();
        const out = openLoans(tx.db, item.id);
        if (out.length > 0) throw conflict('keys.remove_out', { label: item.label, borrower: out[0].borrower });
        tx.remove(lentItems, item.id);
        ctx.audit(tx, 'keys.remove', item.id, { label: item.label });
      });
      ctx.emit('data-changed', TABLES);
      return { id: input.id };
    },
  }),

  /** Where every item is now: on the board (available) or out, with whom, due when, overdue first. */
  'keys.list': procedure({
    input: listInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const now = ctx.clock();
      const items = (
        input?.kind
          ? prepared(ctx.db, 'SELECT id, kind, label, building, unit, room, place, count, notes FROM lent_items WHERE deleted_at IS NULL AND kind = ? ORDER BY kind, label').all(input.kind)
          : prepared(ctx.db, 'SELECT id, kind, label, building, unit, room, place, count, notes FROM lent_items WHERE deleted_at IS NULL ORDER BY kind, label').all()
      ) as ItemRow[];
      const loansByItem = new Map<string, ReturnType<typeof openLoans>>();
      for (const l of openLoans(ctx.db)) loansByItem.set(l.itemId, [...(loansByItem.get(l.itemId) ?? []), l]);
      const rows = items.map((item) => {
        const loans = (loansByItem.get(item.id) ?? []).map((l) => ({ ...l, overdue: l.dueAt < now }));
        return {
          ...item,
          where: itemPlace(item),
          loans,
          available: capacity(item) - loans.length,
          overdue: loans.some((l) => l.overdue),
        };
      });
      return rows.sort((a, b) => Number(b.overdue) - Number(a.overdue) || Number(a.available > 0) - Number(b.available > 0));
    },
  }),

  /** The lending kinds this desk offers (keys first), for the item form. */
  'keys.kinds': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx) {
      return [{ id: KEY_KIND, label: null }, ...getSetting(ctx.db, 'lending.kinds')];
    },
  }),
};
