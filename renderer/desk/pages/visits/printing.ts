import { printView } from '../../print';

/** A visitor's badge, on the badge printer. */
export const printBadge = (visitId: string) => void printView({ view: 'badge', query: { id: visitId }, target: 'badge' });

/** The roll call of everyone on site, for an evacuation: printed at once on the report printer. */
export const printRollCall = () => void printView({ view: 'roll-call', target: 'report' });
