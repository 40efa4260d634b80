// Printing from the desk, for every book. Under Electron, main renders a print view in a hidden
// window and prints it on the printer chosen for its target in Settings 打印机 (or shows the system
// dialog, or saves a PDF). In browser mode a new tab shows the view and opens the print dialog itself
// (&autoprint=1); the tab inherits this tab's session (window.open copies sessionStorage), so no
// noopener. The view prints in the desk's language (&lang).
import type { Answer } from '../../core/api-types';
import type { PrintTarget } from '../../core/settings/registry';
import { currentLocale } from '../i18n';

export interface PrintJob {
  view: string;
  query?: Record<string, string>;
  /** Which printer setting the job uses. */
  target: PrintTarget;
  /** Save as PDF instead of printing (Electron; browser mode saves from the print dialog). */
  pdf?: boolean;
  /** Show the system print dialog rather than print straight away (reports: pages, copies). */
  dialog?: boolean;
}

interface PrintBridge {
  print?: (req: { view: string; query: Record<string, string>; template: PrintTarget; pdf?: boolean; dialog?: boolean }) => Promise<Answer>;
}

const bridge = () => window.frontDesk as (typeof window.frontDesk & PrintBridge) | undefined;

/** Electron prints without a click; a browser tab may open a print tab only from one. */
export const printsUnattended = () => !!bridge()?.print;

export async function printView({ view, query = {}, target, pdf, dialog }: PrintJob): Promise<void> {
  const withLang = { ...query, lang: currentLocale() };
  const api = bridge();
  if (api?.print) {
    await api.print({ view, query: withLang, template: target, pdf, dialog });
    return;
  }
  // The view's name last, so a query cannot replace it.
  const params = new URLSearchParams({ ...withLang, ...(pdf ? {} : { autoprint: '1' }), view });
  window.open(`/print?${params.toString()}`, '_blank')?.focus();
}
