// Open a print view: under Electron main renders it in a hidden window and shows the print dialog;
// in browser mode a new tab shows it (it inherits this tab's session) and the browser prints it.
import type { Answer } from '../../core/api-types';

type Printer = { print?: (req: unknown) => Promise<Answer> };

export async function openPrint(view: string, query: Record<string, string> = {}): Promise<void> {
  const api = window.frontDesk as (typeof window.frontDesk & Printer) | undefined;
  if (api?.print) {
    await api.print({ view, query, template: 'report', dialog: true });
    return;
  }
  const params = new URLSearchParams({ view, ...query });
  window.open(`/print?${params.toString()}`, '_blank');
}
