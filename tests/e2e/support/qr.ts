import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * What a phone or a scanner reads from the QR codes on the first page of a printed PDF, rasterised
 * as a printer would (200 dpi). The top and bottom halves are read apart, as a scanner aimed at one
 * copy would: an A4 sheet carries two copies of a slip, and a decoder shown both reads neither.
 */
export function readQrsFromPdf(pdf: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'qr-'));
  try {
    execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')]);
    const { data, width, height } = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    const read = (top: number, rows: number) => jsQR(new Uint8ClampedArray(data.subarray(top * width * 4, (top + rows) * width * 4)), width, rows)?.data ?? null;
    const half = Math.floor(height / 2);
    const found = [read(0, half), read(half, height - half)].filter((d): d is string => d !== null);
    // One code across the middle of the page is in neither half.
    return found.length > 0 ? found : [read(0, height)].filter((d): d is string => d !== null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
