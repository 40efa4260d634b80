import { describe, expect, it } from 'vitest';
import { dayRange, localDay } from './day';

describe('local days', () => {
  it('puts 23:30 UTC on the next calendar day in Shanghai', () => {
    expect(localDay(Date.UTC(2026, 10, 23, 23, 30), 'Asia/Shanghai')).toBe('2026-11-24');
    expect(localDay(Date.UTC(2026, 10, 23, 15, 59), 'Asia/Shanghai')).toBe('2026-11-23');
  });

  it('gives the UTC instants of local midnight to midnight', () => {
    expect(dayRange('2026-11-24', 'Asia/Shanghai')).toEqual([Date.UTC(2026, 10, 23, 16), Date.UTC(2026, 10, 24, 16)]);
  });

  it('handles a day that is 23 hours long (DST spring forward)', () => {
    const [s, e] = dayRange('2026-03-08', 'America/New_York');
    expect(e - s).toBe(23 * 3600_000);
    expect(localDay(s, 'America/New_York')).toBe('2026-03-08');
    expect(localDay(s - 1, 'America/New_York')).toBe('2026-03-07');
  });
});
