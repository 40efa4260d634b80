import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { WriteTx } from '../../db/mutate';
import { parcels } from '../../db/schema';
import { prepared } from '../calls/sql';
import { pinyinKeys } from '../staff/pinyin';

export interface ParcelRecord {
  trackingNo: string;
  courier: string;
  recipientKind: 'resident' | 'staff' | 'other';
  recipientId: string | null;
  recipientName: string;
  recipientPhone: string | null;
  shelf: string | null;
  notes: string | null;
  receivedBy: string;
}

/**
 * A six-digit code not held by any waiting parcel, so a code alone finds one parcel. Random rather
 * than sequential: a neighbour who knows one code must not guess the next.
 */
function freshCode(tx: WriteTx): string {
  const taken = prepared(tx.db, 'SELECT 1 FROM parcels WHERE code = ? AND picked_up_at IS NULL AND returned_at IS NULL AND deleted_at IS NULL');
  for (;;) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    if (!taken.get(code)) return code;
  }
}

/** Register one parcel inside the caller's transaction; shared by parcels.receive and the demo seeder. */
export function writeParcel(tx: WriteTx, r: ParcelRecord): { id: string; code: string; receivedAt: number } {
  const id = uuidv7();
  const code = freshCode(tx);
  tx.insert(parcels, { id, ...r, recipientPinyin: pinyinKeys(r.recipientName), code, receivedAt: tx.now });
  return { id, code, receivedAt: tx.now };
}
