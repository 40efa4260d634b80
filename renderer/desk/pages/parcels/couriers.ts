export const COURIERS = ['sf', 'zto', 'yto', 'yunda', 'ems', 'jd', 'other'] as const;
export type Courier = (typeof COURIERS)[number];

// Tracking-number shapes of the big couriers, so a scan usually picks the courier by itself.
const PREFIXES: [RegExp, Courier][] = [
  [/^SF/, 'sf'],
  [/^JD/, 'jd'],
  [/^YT/, 'yto'],
  [/^(E[A-Z]|1[01]\d{11}$)/, 'ems'],
  [/^(43|46|31)\d{11}$/, 'yunda'],
  [/^(7[3-8]|6[3-9])\d{10,13}$/, 'zto'],
];

export function guessCourier(trackingNo: string): Courier | undefined {
  const s = trackingNo.trim().toUpperCase();
  return PREFIXES.find(([re]) => re.test(s))?.[1];
}
