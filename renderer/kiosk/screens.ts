import type { ComponentType } from 'react';
import { CheckIn } from './visits/CheckIn';
import { CheckOut } from './visits/CheckOut';

/** Kiosk screens other than welcome, by name (`useKiosk().go(name)`). */
export const kioskScreens: Record<string, ComponentType> = {
  checkIn: CheckIn,
  checkOut: CheckOut,
};
