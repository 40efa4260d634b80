import type { Db } from '../../db/open';
import { prepared } from '../calls/sql';

export interface VisitRow {
  id: string;
  badgeNo: string;
  visitorName: string | null;
  phoneMasked: string | null;
  phoneSealed: string | null;
  company: string | null;
  idType: string | null;
  idMasked: string | null;
  hostId: string | null;
  hostName: string;
  hostLocation: string | null;
  hostExtension: string | null;
  purpose: string;
  purposeNote: string | null;
  partySize: number;
  items: string | null;
  appointmentId: string | null;
  channel: string;
  arrivedAt: number;
  departedAt: number | null;
  badgeReturned: boolean | null;
  purgedAt: number | null;
}

const SELECT = `SELECT v.id, v.badge_no AS badgeNo, v.visitor_name AS visitorName, v.phone_masked AS phoneMasked,
  v.phone_sealed AS phoneSealed, v.company, v.id_type AS idType, v.id_masked AS idMasked, v.host_id AS hostId,
  v.host_name AS hostName, s.location AS hostLocation, s.extension AS hostExtension, v.purpose, v.purpose_note AS purposeNote,
  v.party_size AS partySize, v.items, v.appointment_id AS appointmentId, v.channel, v.arrived_at AS arrivedAt,
  v.departed_at AS departedAt, v.badge_returned AS badgeReturned, v.purged_at AS purgedAt
  FROM visits v LEFT JOIN staff s ON s.id = v.host_id`;

type Raw = Omit<VisitRow, 'badgeReturned'> & { badgeReturned: number | null };
const shape = (r: Raw): VisitRow => ({ ...r, badgeReturned: r.badgeReturned === null ? null : !!r.badgeReturned });

/** Visits matching a WHERE over `v` (and `s`, the host), with the tail (ORDER/LIMIT) given. */
export function readVisits(db: Db, where: string, params: unknown[], tail = ''): VisitRow[] {
  return (prepared(db, `${SELECT} WHERE v.deleted_at IS NULL AND (${where}) ${tail}`).all(...params) as Raw[]).map(shape);
}

export const readVisit = (db: Db, id: string): VisitRow | undefined => readVisits(db, 'v.id = ?', [id])[0];

/** What a list shows: the sealed phone stays inside core. */
export function publicVisit({ phoneSealed: _sealed, ...v }: VisitRow) {
  return v;
}
export type PublicVisit = ReturnType<typeof publicVisit>;
