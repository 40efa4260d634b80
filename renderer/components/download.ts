// Saving a file the core produced (an export) through the browser's download.
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function downloadBlob(filename: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  a.click();
  // Revoked later, not at once: the download may not have started reading the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The core sends binary files (XLSX) as base64 over the JSON bridge. */
export function downloadBase64(filename: string, base64: string, type = XLSX_TYPE) {
  downloadBlob(filename, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }));
}
