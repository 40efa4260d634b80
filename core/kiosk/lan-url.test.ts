import { describe, expect, it } from 'vitest';
import { reachableBaseUrl } from './lan-url';

describe('reachableBaseUrl', () => {
  it('swaps a loopback desk address for the LAN address, keeping the port', () => {
    expect(reachableBaseUrl('http://127.0.0.1:5177', '192.168.1.20')).toBe('http://192.168.1.20:5177');
    expect(reachableBaseUrl('http://localhost:5177/', '192.168.1.20')).toBe('http://192.168.1.20:5177');
  });
  it('keeps an address that is already reachable, and loopback when there is no LAN', () => {
    expect(reachableBaseUrl('http://192.168.1.9:5177', '192.168.1.20')).toBe('http://192.168.1.9:5177');
    expect(reachableBaseUrl('http://127.0.0.1:5177', null)).toBe('http://127.0.0.1:5177');
    expect(reachableBaseUrl(undefined, '192.168.1.20')).toBe('');
  });
});
