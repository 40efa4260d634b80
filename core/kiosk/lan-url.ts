import { networkInterfaces } from 'node:os';

/** This PC's first non-internal IPv4 address, the one a tablet on the same LAN can reach. */
export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

/**
 * The pairing link must open on a tablet, so when the desk listens on the LAN a loopback
 * desk address (browser mode's 127.0.0.1) is swapped for the LAN address; the port stays.
 * A desk bound to loopback passes lan = null: a LAN address it does not answer on would be a dead link.
 */
export function reachableBaseUrl(baseUrl: string | undefined, lan: string | null): string {
  if (!baseUrl) return '';
  const url = new URL(baseUrl);
  const loopback = url.hostname === 'localhost' || url.hostname.startsWith('127.') || url.hostname === '[::1]';
  if (loopback && lan) url.hostname = lan;
  return url.origin;
}
