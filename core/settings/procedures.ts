import { z } from 'zod';
import { mutate } from '../../db/mutate';
import { forbidden, invalidField } from '../errors';
import { procedure } from '../procedure';
import { settingSpecs, SETTING_KEYS, supervisorOnly } from './registry';
import { getAllSettings, writeSetting } from './store';

export const settingsProcedures = {
  'settings.get': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    handler(ctx) {
      return getAllSettings(ctx.db);
    },
  }),

  'settings.set': procedure({
    input: z.object({ key: z.enum(SETTING_KEYS as [string, ...string[]]), value: z.unknown() }).strict(),
    roles: ['desk'],
    handler(ctx, input) {
      const key = input.key as keyof typeof settingSpecs;
      if (supervisorOnly(key) && ctx.staff?.role !== 'supervisor') throw forbidden();
      const parsed = settingSpecs[key].schema.safeParse(input.value);
      if (!parsed.success) throw invalidField('value', 'issue.invalid_type');
      mutate(ctx.db, (tx) => {
        writeSetting(tx, key, parsed.data);
        ctx.audit(tx, 'settings.set', key, { value: parsed.data });
      });
      ctx.emit('data-changed', { tables: ['settings'] });
      return { key, value: parsed.data };
    },
  }),
};
