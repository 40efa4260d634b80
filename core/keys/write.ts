import { v7 as uuidv7 } from 'uuid';
import type { WriteTx } from '../../db/mutate';
import { itemLoans, lentItems } from '../../db/schema';
import type { LendInput, UpsertInput } from './schemas';

/** Add or change a lendable item; shared by keys.upsert and the demo seeder. */
export function writeItem(tx: WriteTx, input: UpsertInput): string {
  const { id, ...fields } = input;
  const row = {
    ...fields,
    building: fields.building ?? null,
    unit: fields.unit ?? null,
    room: fields.room ?? null,
    place: fields.place ?? null,
    notes: fields.notes ?? null,
    updatedAt: tx.now,
  };
  if (id) {
    tx.update(lentItems, id, row);
    return id;
  }
  const newId = uuidv7();
  tx.insert(lentItems, { id: newId, ...row, createdAt: tx.now });
  return newId;
}

export function writeLoan(tx: WriteTx, input: LendInput, lentBy: string): string {
  const id = uuidv7();
  tx.insert(itemLoans, {
    id,
    itemId: input.keyId,
    borrower: input.borrower,
    phone: input.phone,
    purpose: input.purpose,
    lentAt: tx.now,
    dueAt: input.dueAt,
    lentBy,
  });
  return id;
}
