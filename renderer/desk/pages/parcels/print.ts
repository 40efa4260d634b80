// Print the pick-up slip: on the parcel-slip printer in Electron, in a new tab in browser mode.
interface PrintApi {
  print?: (req: { view: string; query: Record<string, string>; template: 'parcel' }) => Promise<unknown>;
}

export function printParcelSlip(id: string): void {
  const api = window.frontDesk as PrintApi | undefined;
  if (api?.print) void api.print({ view: 'parcel-slip', query: { id }, template: 'parcel' });
  // Not noopener: the print tab needs this tab's session (sessionStorage is copied to an opened tab).
  else window.open(`/print?view=parcel-slip&id=${encodeURIComponent(id)}`, '_blank');
}
