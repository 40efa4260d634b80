// Badges and the roll call print through print.html. In Electron, main prints the view silently to
// the printer chosen for its template (the preload's `print`); in browser mode the view opens in a
// window that calls window.print() once it is ready.
type DeskPrint = (req: { view: string; query?: Record<string, string>; template: 'badge' | 'report' }) => Promise<unknown>;

export function openPrint(view: string, template: 'badge' | 'report', id?: string) {
  const electronPrint = (window.frontDesk as unknown as { print?: DeskPrint } | undefined)?.print;
  if (electronPrint) {
    void electronPrint({ view, query: id ? { id } : undefined, template });
    return;
  }
  const w = window.open(`/print?view=${encodeURIComponent(view)}${id ? `&id=${encodeURIComponent(id)}` : ''}`, '_blank');
  w?.focus();
}

export const printBadge = (visitId: string) => openPrint('badge', 'badge', visitId);
