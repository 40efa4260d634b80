import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import { mutate } from '../../db/mutate';
import { dutyEntries } from '../../db/schema';
import { epochMs, longText } from '../fields';
import { procedure } from '../procedure';

export const DUTY_CATEGORIES = ['巡查', '设备', '安全', '其他'] as const;

export interface DutyEntryView {
  id: string;
  at: number;
  staffId: string;
  staffName: string | null;
  category: string;
  text: string;
}

export function listDuty(db: import('../../db/open').Db, from: number, to: number): DutyEntryView[] {
  return db.sqlite
    .prepare(
      `SELECT d.id, d.at, d.staff_id AS staffId, s.name AS staffName, d.category, d.text
         FROM duty_entries d LEFT JOIN staff s ON s.id = d.staff_id
        WHERE d.deleted_at IS NULL AND d.at >= ? AND d.at < ? ORDER BY d.at DESC LIMIT 500`,
    )
    .all(from, to) as DutyEntryView[];
}

export const dutyProcedures = {
  /** 值班记录: a timestamped entry by the signed-in staff member. */
  'duty.log': procedure({
    input: z.object({ category: z.enum(DUTY_CATEGORIES), text: longText(1000) }).strict(),
    roles: ['desk'],
    handler(ctx, input) {
      const id = uuidv7();
      mutate(ctx.db, (tx) => {
        tx.insert(dutyEntries, { id, at: tx.now, staffId: ctx.staff!.id, category: input.category, text: input.text });
      });
      ctx.emit('data-changed', { tables: ['duty_entries'] });
      return { id };
    },
  }),

  'duty.list': procedure({
    input: z
      .object({ from: epochMs.optional(), to: epochMs.optional() })
      .strict()
      .refine((v) => v.from === undefined || v.to === undefined || v.from < v.to, { error: 'issue.invalid_type', path: ['to'] })
      .optional(),
    roles: ['desk'],
    handler(ctx, input) {
      const now = ctx.clock();
      return listDuty(ctx.db, input?.from ?? now - 24 * 3600_000, input?.to ?? now + 1);
    },
  }),
};
