import { printView } from '../../print';

/** The pick-up slip, on the parcel-slip printer (80 mm). */
export const printParcelSlip = (id: string) => void printView({ view: 'parcel-slip', query: { id }, target: 'parcel' });
