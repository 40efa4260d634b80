import type { Db } from '../../db/open';
import { prepared } from '../calls/sql';
import { invalidField } from '../errors';
import type { z } from 'zod';
import type { recipientInput } from './schemas';

export interface Recipient {
  recipientKind: 'resident' | 'staff' | 'other';
  recipientId: string | null;
  recipientName: string;
  recipientPhone: string | null;
}

/** Copy a resident's or staff member's name and phone onto the parcel; a stranger is taken as typed. */
export function resolveRecipient(db: Db, r: z.output<typeof recipientInput>): Recipient {
  if (r.kind === 'other') return { recipientKind: 'other', recipientId: null, recipientName: r.name, recipientPhone: r.phone ?? null };
  const table = r.kind === 'resident' ? 'residents' : 'staff';
  const row = prepared(db, `SELECT name, phone FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(r.id) as
    | { name: string; phone: string | null }
    | undefined;
  if (!row) throw invalidField('recipient', 'parcels.unknown_recipient');
  return { recipientKind: r.kind, recipientId: r.id, recipientName: row.name, recipientPhone: row.phone };
}
