const MINUTE = 60_000;

/** The log keeps call times to the minute, as the paper pad did. */
export const toMinute = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;

function offsetAt(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** [start, end) of the local calendar day containing `at`, in epoch ms. */
export function dayBounds(at: number, timeZone: string): { start: number; end: number } {
  const local = at + offsetAt(at, timeZone);
  const midnightLocal = Math.floor(local / 86_400_000) * 86_400_000;
  // The offset at midnight may differ from the offset now (DST); ask again at the guess.
  const start = midnightLocal - offsetAt(midnightLocal - offsetAt(at, timeZone), timeZone);
  const nextLocal = midnightLocal + 86_400_000;
  const end = nextLocal - offsetAt(nextLocal - offsetAt(at, timeZone), timeZone);
  return { start, end };
}

/** Start of the local day given as yyyy-mm-dd. */
export function dayStart(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  return dayBounds(guess - offsetAt(guess, timeZone) + 12 * 3_600_000, timeZone).start;
}
