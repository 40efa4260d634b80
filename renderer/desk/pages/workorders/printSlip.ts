// Printing a slip: count the print first (a second one is a reprint and says 补打), then print the
// view. Electron prints silently to the printer chosen for that template; browser mode opens the view, which opens the
// print dialog itself (&autoprint=1) — the same tab also saves as PDF from that dialog.
import type { PrintTarget } from '../../../../core/settings/registry';
import type { SlipTemplate } from '../../../../core/workorders/schemas';
import { invoke } from '../../../api/client';
import { currentLocale } from '../../../i18n';

/** The templates core/workorders/schemas.ts accepts (renderer/ imports only types from core/). */
export const SLIP_TEMPLATES: readonly SlipTemplate[] = ['a4', 'a5', 'thermal80', 'dotmatrix'];

interface PrintBridge {
  print(req: { view: string; query?: Record<string, string>; template: PrintTarget; pdf?: boolean }): Promise<unknown>;
}

const bridge = () => window.frontDesk as (typeof window.frontDesk & Partial<PrintBridge>) | undefined;

export function printViewUrl(view: string, id: string, autoprint: boolean): string {
  const q = new URLSearchParams({ view, id, lang: currentLocale(), ...(autoprint ? { autoprint: '1' } : {}) });
  return `/print?${q.toString()}`;
}

/** Open (or print) a print view; `pdf` asks Electron to save it as PDF instead. */
export async function openPrintView(view: string, id: string, template: PrintTarget, pdf = false): Promise<void> {
  const b = bridge();
  if (b?.print) {
    await b.print({ view, query: { id, lang: currentLocale() }, template, pdf });
    return;
  }
  // Same-origin window.open copies this tab's sessionStorage, so the print tab is signed in too.
  window.open(printViewUrl(view, id, !pdf), '_blank');
}

export async function printSlip(id: string, template: SlipTemplate, pdf = false) {
  const a = await invoke('workOrders.print', { id, template });
  if (a.ok) await openPrintView(`slip-${template}`, id, `slip-${template}`, pdf);
  return a;
}
