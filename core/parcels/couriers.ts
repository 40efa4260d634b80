import type { COURIERS } from './schemas';

/** How couriers are written in the book and on the slip (brand names, the same in every language). */
export const COURIER_NAMES: Record<(typeof COURIERS)[number] | string, string> = {
  sf: '顺丰',
  zto: '中通',
  yto: '圆通',
  yunda: '韵达',
  ems: 'EMS',
  jd: '京东',
  other: '其他',
};
