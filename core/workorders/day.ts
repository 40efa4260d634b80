// Local days of the site's time zone: "today" for the night shift's callback list and the
// rework report means the desk's calendar day, not UTC's.

// Building a DateTimeFormat costs far more than using one: keep one per time zone.
const formats = new Map<string, Intl.DateTimeFormat>();
function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  return f;
}

function offsetMs(at: number, timeZone: string): number {
  const parts = format(timeZone).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(at / 1000) * 1000;
}

/** 'YYYY-MM-DD' of `at` in the time zone. */
export function localDay(at: number, timeZone: string): string {
  const shifted = new Date(at + offsetMs(at, timeZone));
  return shifted.toISOString().slice(0, 10);
}

export const DAY_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** [start, end) of a local day as epoch ms. */
export function dayRange(day: string, timeZone: string): [number, number] {
  const [y, m, d] = day.split('-').map(Number);
  const start = (midnightUtc: number) => {
    // Twice: the offset at the guess may differ from the offset at local midnight (DST edges).
    const first = midnightUtc - offsetMs(midnightUtc, timeZone);
    return midnightUtc - offsetMs(first, timeZone);
  };
  return [start(Date.UTC(y, m - 1, d)), start(Date.UTC(y, m - 1, d + 1))];
}
