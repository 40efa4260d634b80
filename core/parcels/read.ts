import type { Db } from '../../db/open';
import { prepared } from '../calls/sql';
import { getSetting } from '../settings/store';

const DAY = 86_400_000;

export interface ParcelRow {
  id: string;
  trackingNo: string;
  courier: string;
  recipientKind: string;
  recipientId: string | null;
  recipientName: string;
  recipientPhone: string | null;
  shelf: string | null;
  notes: string | null;
  code: string;
  receivedAt: number;
  receivedBy: string;
  notifiedAt: number | null;
  notifyChannel: string | null;
  notifyCount: number;
  pickedUpAt: number | null;
  pickedUpBy: string | null;
  pickedUpCheck: string | null;
  returnedAt: number | null;
  returnReason: string | null;
}

export interface ParcelView extends ParcelRow {
  status: 'waiting' | 'picked_up' | 'returned';
  /** Waited `parcels.remindDays` and not told again since: phone the recipient again. */
  remind: boolean;
  /** Waited `parcels.returnDays`: due to go back to the courier. */
  returnDue: boolean;
  remindAt: number;
  returnAt: number;
}

export const PARCEL_COLUMNS = `id, tracking_no AS trackingNo, courier, recipient_kind AS recipientKind, recipient_id AS recipientId,
  recipient_name AS recipientName, recipient_phone AS recipientPhone, shelf, notes, code, received_at AS receivedAt,
  received_by AS receivedBy, notified_at AS notifiedAt, notify_channel AS notifyChannel, notify_count AS notifyCount,
  picked_up_at AS pickedUpAt, picked_up_by AS pickedUpBy, picked_up_check AS pickedUpCheck, returned_at AS returnedAt,
  return_reason AS returnReason`;

/** Thresholds in ms, read once per list. */
export function parcelDeadlines(db: Db): { remindMs: number; returnMs: number } {
  return { remindMs: getSetting(db, 'parcels.remindDays') * DAY, returnMs: getSetting(db, 'parcels.returnDays') * DAY };
}

export function viewParcel(r: ParcelRow, now: number, d: { remindMs: number; returnMs: number }): ParcelView {
  const status = r.pickedUpAt !== null ? 'picked_up' : r.returnedAt !== null ? 'returned' : 'waiting';
  const remindAt = r.receivedAt + d.remindMs;
  const returnAt = r.receivedAt + d.returnMs;
  const waiting = status === 'waiting';
  const returnDue = waiting && now >= returnAt;
  return {
    ...r,
    status,
    remindAt,
    returnAt,
    returnDue,
    remind: waiting && !returnDue && now >= remindAt && (r.notifiedAt === null || r.notifiedAt < remindAt),
  };
}

export function readParcel(db: Db, id: string): ParcelRow | undefined {
  return prepared(db, `SELECT ${PARCEL_COLUMNS} FROM parcels WHERE id = ? AND deleted_at IS NULL`).get(id) as ParcelRow | undefined;
}

/** What needs action first: due for return, then to remind, then the oldest. */
export function byUrgency(a: ParcelView, b: ParcelView): number {
  return Number(b.returnDue) - Number(a.returnDue) || Number(b.remind) - Number(a.remind) || a.receivedAt - b.receivedAt;
}
