// Print the pick-up slip: on the slip printer in Electron, in a new tab in browser mode.
interface PrintApi {
  print?: (req: { view: string; query: Record<string, string>; template: 'slip' }) => Promise<unknown>;
}

export function printParcelSlip(id: string): void {
  const api = window.frontDesk as PrintApi | undefined;
  if (api?.print) void api.print({ view: 'parcel-slip', query: { id }, template: 'slip' });
  // Not noopener: the print tab needs this tab's session (sessionStorage is copied to an opened tab).
  else window.open(`/print?view=parcel-slip&id=${encodeURIComponent(id)}`, '_blank');
}
