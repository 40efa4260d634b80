import { v7 as uuidv7 } from 'uuid';
import type { WriteTx } from '../../db/mutate';
import type { Db } from '../../db/open';
import { residents } from '../../db/schema';
import { prepared } from '../calls/sql';
import { pinyinKeys } from '../staff/pinyin';
import type { ResidentFields } from './schema';

/** The same person at the same address is one entry: an import updates it rather than adding a twin. */
export function findSameResident(db: Db, r: Pick<ResidentFields, 'name' | 'building' | 'unit' | 'room'>): string | undefined {
  const row = prepared(
    db,
    `SELECT id FROM residents WHERE building = ? AND room = ? AND COALESCE(unit, '') = ? AND name = ? AND deleted_at IS NULL LIMIT 1`,
  ).get(r.building, r.room, r.unit ?? '', r.name) as { id: string } | undefined;
  return row?.id;
}

/** Insert (no id) or update one entry inside the caller's transaction; returns its id. */
export function writeResident(tx: WriteTx, r: ResidentFields, existingId?: string): string {
  const fields = {
    name: r.name,
    pinyin: pinyinKeys(r.name),
    building: r.building,
    unit: r.unit ?? null,
    room: r.room,
    phone: r.phone ?? null,
    phone2: r.phone2 ?? null,
    notes: r.notes ?? null,
    updatedAt: tx.now,
  };
  if (existingId) {
    tx.update(residents, existingId, fields);
    return existingId;
  }
  const newId = uuidv7();
  tx.insert(residents, { id: newId, createdAt: tx.now, ...fields });
  return newId;
}
