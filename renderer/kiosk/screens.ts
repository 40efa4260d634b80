import type { ComponentType } from 'react';
import { ComingSoon } from './screens/ComingSoon';

/** Kiosk screens other than welcome, by name (`useKiosk().go(name)`). The visitors domain replaces these. */
export const kioskScreens: Record<string, ComponentType> = {
  checkIn: ComingSoon,
  checkOut: ComingSoon,
};
