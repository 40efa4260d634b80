import { blocklistProcedures } from './blocklist';
import { kioskVisitProcedures } from './kiosk';
import { visitProcedures } from './procedures';

/** The visitor register: visits.* at the desk, blocklist.*, and the touchscreen's kiosk.* procedures. */
export const visitsProcedures = {
  ...visitProcedures,
  ...blocklistProcedures,
  ...kioskVisitProcedures,
};
