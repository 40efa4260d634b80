import type { Db } from '../../db/open';
import type { Reason } from './schemas';
import { prepared } from './sql';

export interface CallView {
  id: string;
  receivedAt: number;
  rings: number | null;
  lateAnswer: boolean;
  callerName: string;
  callerPhone: string;
  callerCompany: string | null;
  residentId: string | null;
  reason: Reason;
  summary: string;
  outcome: 'answered' | 'transferred' | 'message';
  toStaffId: string | null;
  toStaffName: string | null;
  transferFailed: boolean;
  takenBy: string;
  takenByName: string | null;
  message: { id: string; deliveredAt: number | null; callbackDoneAt: number | null; callbackDueAt: number } | null;
  case: { id: string; number: string; closedAt: number | null } | null;
}

/** Every call read joins the same names, message state and case, so the lists and the detail agree. */
export const CALL_SELECT = `
  SELECT c.id, c.received_at AS receivedAt, c.rings, c.late_answer AS lateAnswer, c.caller_name AS callerName,
         c.caller_phone AS callerPhone, c.caller_company AS callerCompany, c.resident_id AS residentId,
         c.reason, c.summary, c.outcome, c.to_staff_id AS toStaffId, s.name AS toStaffName,
         c.transfer_failed AS transferFailed, c.taken_by AS takenBy, t.name AS takenByName,
         m.id AS messageId, m.delivered_at AS deliveredAt, m.callback_done_at AS callbackDoneAt,
         m.callback_due_at AS callbackDueAt, k.id AS caseId, k.number AS caseNumber, k.closed_at AS caseClosedAt
  FROM calls c
  LEFT JOIN staff s ON s.id = c.to_staff_id
  LEFT JOIN staff t ON t.id = c.taken_by
  LEFT JOIN call_messages m ON m.call_id = c.id AND m.deleted_at IS NULL
  LEFT JOIN cases k ON k.call_id = c.id AND k.deleted_at IS NULL`;

type Raw = Omit<CallView, 'message' | 'case' | 'lateAnswer' | 'transferFailed'> & {
  lateAnswer: number;
  transferFailed: number;
  messageId: string | null;
  deliveredAt: number | null;
  callbackDoneAt: number | null;
  callbackDueAt: number | null;
  caseId: string | null;
  caseNumber: string | null;
  caseClosedAt: number | null;
};

export function toCallView(r: Raw): CallView {
  const { messageId, deliveredAt, callbackDoneAt, callbackDueAt, caseId, caseNumber, caseClosedAt, ...call } = r;
  return {
    ...call,
    lateAnswer: !!r.lateAnswer,
    transferFailed: !!r.transferFailed,
    message: messageId ? { id: messageId, deliveredAt, callbackDoneAt, callbackDueAt: callbackDueAt! } : null,
    case: caseId ? { id: caseId, number: caseNumber!, closedAt: caseClosedAt } : null,
  };
}

export function readCalls(db: Db, where: string, params: unknown[], tail = ''): CallView[] {
  return (prepared(db, `${CALL_SELECT} WHERE c.deleted_at IS NULL AND (${where}) ${tail}`).all(...params) as Raw[]).map(toCallView);
}

export function readCall(db: Db, id: string): CallView | undefined {
  return readCalls(db, 'c.id = ?', [id])[0];
}
