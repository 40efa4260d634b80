import type { Db } from '../../db/open';
import { prepared } from '../calls/sql';
import { KEY_KIND } from './schemas';

export interface ItemRow {
  id: string;
  kind: string;
  label: string;
  building: string | null;
  unit: string | null;
  room: string | null;
  place: string | null;
  count: number;
  notes: string | null;
}

export interface LoanRow {
  id: string;
  itemId: string;
  borrower: string;
  phone: string;
  purpose: string;
  lentAt: number;
  dueAt: number;
  lentBy: string;
  lenderName: string | null;
  returnedAt: number | null;
}

const ITEM_COLUMNS = 'id, kind, label, building, unit, room, place, count, notes';
const LOAN_COLUMNS = `l.id, l.item_id AS itemId, l.borrower, l.phone, l.purpose, l.lent_at AS lentAt, l.due_at AS dueAt,
  l.lent_by AS lentBy, s.name AS lenderName, l.returned_at AS returnedAt`;

export function readItem(db: Db, id: string): ItemRow | undefined {
  return prepared(db, `SELECT ${ITEM_COLUMNS} FROM lent_items WHERE id = ? AND deleted_at IS NULL`).get(id) as ItemRow | undefined;
}

export function readLoan(db: Db, id: string): LoanRow | undefined {
  return prepared(db, `SELECT ${LOAN_COLUMNS} FROM item_loans l LEFT JOIN staff s ON s.id = l.lent_by WHERE l.id = ? AND l.deleted_at IS NULL`).get(id) as
    | LoanRow
    | undefined;
}

export function openLoans(db: Db, itemId?: string): LoanRow[] {
  const where = itemId ? 'AND l.item_id = ?' : '';
  return prepared(
    db,
    `SELECT ${LOAN_COLUMNS} FROM item_loans l LEFT JOIN staff s ON s.id = l.lent_by
     WHERE l.returned_at IS NULL AND l.deleted_at IS NULL ${where} ORDER BY l.due_at`,
  ).all(...(itemId ? [itemId] : [])) as LoanRow[];
}

/** How many can be out at once: a key ring goes out whole, other items one at a time up to the count. */
export const capacity = (item: Pick<ItemRow, 'kind' | 'count'>) => (item.kind === KEY_KIND ? 1 : item.count);

/** Where the key hangs or which home it opens, as the desk writes it. */
export const itemPlace = (i: Pick<ItemRow, 'building' | 'unit' | 'room' | 'place'>) =>
  i.place ?? [i.building, i.unit, i.room].filter(Boolean).join('');
