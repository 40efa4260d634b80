import { z } from 'zod';
import { PRINT_TARGETS } from '../core/settings/registry';
import type { AppEntries } from './entries';

/**
 * What the desk may ask main to print: a view of print.html and its query, never a URL of its own,
 * so a print window can only ever show our print views.
 */
export const printRequest = z
  .object({
    view: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
    query: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/), z.string().max(500)).optional(),
    /** Which printer setting the job uses (core/settings/registry.ts `printer.<target>`). */
    template: z.enum(PRINT_TARGETS),
    /** Save as PDF instead of printing. */
    pdf: z.boolean().optional(),
    /** Show the system print dialog instead of printing straight to the template's printer. */
    dialog: z.boolean().optional(),
  })
  .strict();

export type PrintRequest = z.output<typeof printRequest>;

export const printViewUrl = (entries: AppEntries, req: PrintRequest) =>
  entries.url('print', { ...(req.query ?? {}), view: req.view });
