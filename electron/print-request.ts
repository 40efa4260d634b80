import { z } from 'zod';
import type { AppEntries } from './entries';

/** Which printer setting a print job uses (core/settings/registry.ts `printer.<template>`). */
export const PRINT_TEMPLATES = ['badge', 'slip', 'report'] as const;
export type PrintTemplate = (typeof PRINT_TEMPLATES)[number];

/**
 * What the desk may ask main to print: a view of print.html and its query, never a URL of its own,
 * so a print window can only ever show our print views.
 */
export const printRequest = z
  .object({
    view: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/),
    query: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/), z.string().max(500)).optional(),
    template: z.enum(PRINT_TEMPLATES),
    /** Save as PDF instead of printing. */
    pdf: z.boolean().optional(),
    /** Show the system print dialog instead of printing straight to the template's printer. */
    dialog: z.boolean().optional(),
  })
  .strict();

export type PrintRequest = z.output<typeof printRequest>;

export const printViewUrl = (entries: AppEntries, req: PrintRequest) =>
  entries.url('print', { ...(req.query ?? {}), view: req.view });
