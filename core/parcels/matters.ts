import type { MatterProvider } from '../handover/matters';
import { openLoans } from '../keys/read';
import { prepared } from '../calls/sql';
import { COURIER_NAMES } from './couriers';
import { PARCEL_COLUMNS, parcelDeadlines, viewParcel, type ParcelRow } from './read';

// Worded in the desk's Chinese like the paper handover book (matters carry no locale).

/** Parcels still on the shelf: the incoming shift must know which to chase and which to send back. */
export const parcelsWaitingMatters: MatterProvider = {
  kind: 'parcelsWaiting',
  collect(db, now) {
    const d = parcelDeadlines(db);
    const rows = prepared(db, `SELECT ${PARCEL_COLUMNS} FROM parcels WHERE picked_up_at IS NULL AND returned_at IS NULL AND deleted_at IS NULL`).all() as ParcelRow[];
    return rows.map((r) => {
      const v = viewParcel(r, now, d);
      const state = v.returnDue ? '已满退回期限，待退回' : v.remind ? '需再次通知' : r.notifiedAt ? '已通知' : '未通知';
      return {
        key: `parcel:${r.id}`,
        title: `${r.recipientName} ${COURIER_NAMES[r.courier] ?? r.courier} ${r.trackingNo}`,
        detail: `${r.shelf ? `货架 ${r.shelf}，` : ''}${state}`,
        due: v.returnDue ? v.returnAt : v.remindAt,
        overdue: v.returnDue,
      };
    });
  },
};

/** Keys and other items not back on the board. */
export const loansOutMatters: MatterProvider = {
  kind: 'loansOut',
  collect(db, now) {
    const labels = new Map(
      (prepared(db, 'SELECT id, label FROM lent_items').all() as { id: string; label: string }[]).map((r) => [r.id, r.label]),
    );
    return openLoans(db).map((l) => ({
      key: `loan:${l.id}`,
      title: `${labels.get(l.itemId) ?? '?'} → ${l.borrower} ${l.phone}`,
      detail: l.purpose,
      due: l.dueAt,
      overdue: l.dueAt < now,
    }));
  },
};
