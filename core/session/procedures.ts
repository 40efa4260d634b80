import { z } from 'zod';
import { mutate } from '../../db/mutate';
import { id } from '../fields';
import { procedure } from '../procedure';
import { checkPin } from './check-pin';

export const sessionProcedures = {
  'session.signIn': procedure({
    input: z.object({ staffId: id, pin: z.string().max(64) }).strict(),
    roles: ['public'],
    handler(ctx, input) {
      const who = checkPin(ctx, input.staffId, input.pin, 'signIn');
      mutate(ctx.db, (tx) => ctx.audit(tx, 'session.signIn', who.id));
      return { token: ctx.services.sessions.create(who), staff: who };
    },
  }),

  'session.signOut': procedure({
    input: z.object({}).strict().optional(),
    roles: ['public'],
    handler(ctx) {
      const who = ctx.services.sessions.get(ctx.caller.token);
      ctx.services.sessions.end(ctx.caller.token);
      if (who) mutate(ctx.db, (tx) => ctx.audit(tx, 'session.signOut', who.id));
      return { signedOut: true };
    },
  }),

  'session.me': procedure({
    input: z.object({}).strict().optional(),
    roles: ['public'],
    handler(ctx) {
      return { staff: ctx.services.sessions.get(ctx.caller.token) };
    },
  }),
};
