import { z } from 'zod';
import { mutate } from '../../db/mutate';
import { callMessages } from '../../db/schema';
import { conflict, notFound } from '../errors';
import { id, optionalText } from '../fields';
import { procedure, type Ctx } from '../procedure';
import { dueStateOf } from './due';
import { prepared } from './sql';

// Messages (信息传递): a message is open until the promised callback is made; delivering it to the
// person it is for is the first step, and the list shows which of the two is still missing.

const DESK = ['reception', 'supervisor'] as const;

interface MessageRow {
  id: string;
  callId: string;
  forStaffId: string;
  forStaffName: string | null;
  text: string;
  callbackDueAt: number;
  createdAt: number;
  deliveredAt: number | null;
  receivedAt: number;
  callerName: string;
  callerPhone: string;
  callerCompany: string | null;
}

const OPEN_SQL = `
  SELECT m.id, m.call_id AS callId, m.for_staff_id AS forStaffId, s.name AS forStaffName, m.text,
         m.callback_due_at AS callbackDueAt, m.created_at AS createdAt, m.delivered_at AS deliveredAt,
         c.received_at AS receivedAt, c.caller_name AS callerName, c.caller_phone AS callerPhone,
         c.caller_company AS callerCompany
  FROM call_messages m
  JOIN calls c ON c.id = m.call_id
  LEFT JOIN staff s ON s.id = m.for_staff_id
  WHERE m.callback_done_at IS NULL AND m.deleted_at IS NULL AND (@staff IS NULL OR m.for_staff_id = @staff)
  ORDER BY m.callback_due_at, m.id`;

function loadMessage(ctx: Ctx, messageId: string) {
  const row = prepared(ctx.db, 'SELECT id, delivered_at AS deliveredAt, callback_done_at AS callbackDoneAt FROM call_messages WHERE id = ? AND deleted_at IS NULL').get(messageId) as
    | { id: string; deliveredAt: number | null; callbackDoneAt: number | null }
    | undefined;
  if (!row) throw notFound();
  return row;
}

export const messageProcedures = {
  'messages.open': procedure({
    input: z.object({ forStaffId: id.optional() }).strict().optional(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const state = dueStateOf(ctx.db, ctx.clock());
      const rows = prepared(ctx.db, OPEN_SQL).all({ staff: input?.forStaffId ?? null }) as MessageRow[];
      return rows.map((r) => ({
        ...r,
        status: r.deliveredAt === null ? ('undelivered' as const) : ('awaiting_callback' as const),
        due: state(r.callbackDueAt),
      }));
    },
  }),

  'messages.deliver': procedure({
    input: z.object({ id }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const msg = loadMessage(ctx, input.id);
      if (msg.deliveredAt !== null) throw conflict('messages.already_delivered');
      const at = mutate(ctx.db, (tx) => {
        tx.update(callMessages, msg.id, { deliveredAt: tx.now, deliveredBy: ctx.staff!.id });
        ctx.audit(tx, 'messages.deliver', msg.id);
        return tx.now;
      });
      ctx.emit('data-changed', { tables: ['call_messages'] });
      return { id: msg.id, deliveredAt: at };
    },
  }),

  'messages.callbackDone': procedure({
    input: z.object({ id, note: optionalText(200) }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const msg = loadMessage(ctx, input.id);
      if (msg.callbackDoneAt !== null) throw conflict('messages.already_done');
      const at = mutate(ctx.db, (tx) => {
        tx.update(callMessages, msg.id, {
          callbackDoneAt: tx.now,
          callbackBy: ctx.staff!.id,
          callbackNote: input.note ?? null,
          // Whoever called back clearly had the message.
          ...(msg.deliveredAt === null ? { deliveredAt: tx.now, deliveredBy: ctx.staff!.id } : {}),
        });
        ctx.audit(tx, 'messages.callbackDone', msg.id, input.note ? { note: input.note } : undefined);
        return tx.now;
      });
      ctx.emit('data-changed', { tables: ['call_messages'] });
      return { id: msg.id, callbackDoneAt: at };
    },
  }),
};
