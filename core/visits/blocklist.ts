import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import { mutate } from '../../db/mutate';
import { visitBlocklist } from '../../db/schema';
import { prepared } from '../calls/sql';
import { notFound } from '../errors';
import { id } from '../fields';
import { procedure } from '../procedure';
import { sealPhone } from './privacy';
import { blocklistAddInput } from './schemas';

const DESK = ['reception', 'supervisor'] as const;

/** The blocklist (黑名单): the desk adds and removes people with a reason; every change is audited. */
export const blocklistProcedures = {
  'blocklist.add': procedure({
    input: blocklistAddInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const entryId = uuidv7();
      const phone = input.phone ? sealPhone(ctx.services.secrets, input.phone) : null;
      mutate(ctx.db, (tx) => {
        tx.insert(visitBlocklist, {
          id: entryId,
          name: input.name,
          phoneMasked: phone?.phoneMasked ?? null,
          phoneIndex: phone?.phoneIndex ?? null,
          reason: input.reason,
          createdAt: tx.now,
          createdBy: ctx.staff!.id,
        });
        ctx.audit(tx, 'blocklist.add', entryId, { reason: input.reason });
      });
      ctx.emit('data-changed', { tables: ['visit_blocklist'] });
      return { id: entryId };
    },
  }),

  'blocklist.remove': procedure({
    input: z.object({ id }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      if (!prepared(ctx.db, 'SELECT 1 FROM visit_blocklist WHERE id = ? AND deleted_at IS NULL').get(input.id)) throw notFound();
      mutate(ctx.db, (tx) => {
        tx.remove(visitBlocklist, input.id);
        ctx.audit(tx, 'blocklist.remove', input.id);
      });
      ctx.emit('data-changed', { tables: ['visit_blocklist'] });
      return { removed: true };
    },
  }),

  'blocklist.list': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx) {
      return prepared(
        ctx.db,
        `SELECT b.id, b.name, b.phone_masked AS phoneMasked, b.reason, b.created_at AS createdAt, s.name AS createdByName
         FROM visit_blocklist b LEFT JOIN staff s ON s.id = b.created_by WHERE b.deleted_at IS NULL ORDER BY b.created_at DESC`,
      ).all();
    },
  }),
};
