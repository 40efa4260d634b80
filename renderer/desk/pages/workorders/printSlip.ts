// Printing a slip: count the print first (a second one is a reprint and says 补打), then print the
// view on the printer chosen for that template.
import type { SlipTemplate } from '../../../../core/workorders/schemas';
import { invoke } from '../../../api/client';
import { printView } from '../../print';

/** The templates core/workorders/schemas.ts accepts (renderer/ imports only types from core/). */
export const SLIP_TEMPLATES: readonly SlipTemplate[] = ['a4', 'a5', 'thermal80', 'dotmatrix'];

export async function printSlip(id: string, template: SlipTemplate, pdf = false) {
  const a = await invoke('workOrders.print', { id, template });
  if (a.ok) await printView({ view: `slip-${template}`, query: { id }, target: `slip-${template}`, pdf });
  return a;
}
