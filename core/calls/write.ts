import { v7 as uuidv7 } from 'uuid';
import type { WriteTx } from '../../db/mutate';
import { callMessages, calls } from '../../db/schema';
import { pinyinKeys } from '../staff/pinyin';
import { writeCase } from '../cases/write';
import type { Reason } from './schemas';

/** What was done with a call, already checked and with defaults filled in. */
export type Outcome =
  | { kind: 'answered' }
  | { kind: 'transferred'; toStaffId: string }
  | { kind: 'message'; forStaffId: string; text: string; callbackDueAt: number; transferFailed: boolean };

export interface CallRecord {
  receivedAt: number;
  rings: number | null;
  lateAnswer: boolean;
  callerName: string;
  callerPhone: string;
  callerCompany: string | null;
  residentId: string | null;
  reason: Reason;
  summary: string;
  outcome: Outcome;
  takenBy: string;
  /** For a complaint: when its case falls due. */
  caseDueAt: number;
}

/**
 * Append one call, its message and (for a complaint) its case, inside the caller's transaction.
 * Shared by calls.log and the demo seeder so both write the same shape.
 */
export function writeCall(tx: WriteTx, r: CallRecord): { id: string; messageId: string | null; caseId: string | null; caseNumber: string | null } {
  const id = uuidv7();
  const o = r.outcome;
  tx.insert(calls, {
    id,
    receivedAt: r.receivedAt,
    rings: r.rings,
    lateAnswer: r.lateAnswer,
    callerName: r.callerName,
    callerPinyin: pinyinKeys(r.callerName),
    callerPhone: r.callerPhone,
    callerCompany: r.callerCompany,
    residentId: r.residentId,
    reason: r.reason,
    summary: r.summary,
    outcome: o.kind,
    toStaffId: o.kind === 'transferred' ? o.toStaffId : o.kind === 'message' ? o.forStaffId : null,
    transferFailed: o.kind === 'message' && o.transferFailed,
    takenBy: r.takenBy,
    createdAt: tx.now,
  });
  let messageId: string | null = null;
  if (o.kind === 'message') {
    messageId = uuidv7();
    tx.insert(callMessages, {
      id: messageId,
      callId: id,
      forStaffId: o.forStaffId,
      text: o.text,
      callbackDueAt: o.callbackDueAt,
      createdAt: tx.now,
      createdBy: r.takenBy,
    });
  }
  const opened =
    r.reason === 'complaint'
      ? writeCase(tx, {
          source: 'call',
          callId: id,
          complainantName: r.callerName,
          complainantPhone: r.callerPhone,
          residentId: r.residentId,
          summary: r.summary,
          ownerId: r.takenBy,
          dueAt: r.caseDueAt,
        })
      : null;
  return { id, messageId, caseId: opened?.id ?? null, caseNumber: opened?.number ?? null };
}
