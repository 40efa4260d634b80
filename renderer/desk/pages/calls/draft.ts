// The call form's values, kept in localStorage on every change: a crash or a restart mid-call
// must not lose what the caller already said. Cleared on save and on a deliberate reset.
import type { ProcInput } from '../../../../core/api-types';

export const DRAFT_KEY = 'frontdesk.calls.draft';
export const REASONS = ['consult', 'repair', 'complaint', 'appointment', 'message', 'other'] as const;
export type Reason = (typeof REASONS)[number];
export type OutcomeKind = 'answered' | 'transferred' | 'message';
export const CALLBACK_HOURS = [1, 2, 4, 8, 24] as const;

export interface CallValues {
  /** When the phone rang, to the minute; a restored draft keeps its own time. */
  receivedAt: number;
  callerPhone: string;
  callerName: string;
  callerCompany?: string;
  residentId?: string;
  late: boolean;
  reason?: Reason;
  summary: string;
  outcome: OutcomeKind;
  staffId?: string;
  connected: boolean;
  messageText?: string;
  callbackHours: number;
}

/** callbackHours: the site's `calls.callbackHours` setting once the form has it. */
export const emptyCall = (now: number, callbackHours = 2): CallValues => ({
  receivedAt: Math.floor(now / 60_000) * 60_000,
  callerPhone: '',
  callerName: '',
  late: false,
  summary: '',
  outcome: 'answered',
  connected: true,
  callbackHours,
});

/** The picker's choices, with the site's own default among them even when it is not a usual one. */
export const callbackChoices = (siteDefault: number) => [...new Set([...CALLBACK_HOURS, siteDefault])].sort((a, b) => a - b);

/** True when nothing was typed yet: such a form is not worth restoring. */
export const isBlank = (v: Partial<CallValues>) => !v.callerPhone && !v.callerName && !v.summary && !v.reason && !v.callerCompany;

export function saveDraft(v: CallValues, storage: Storage = localStorage): void {
  try {
    if (isBlank(v)) storage.removeItem(DRAFT_KEY);
    else storage.setItem(DRAFT_KEY, JSON.stringify(v));
  } catch {
    // A full or disabled storage loses only the safety net, never the form itself.
  }
}

export function loadDraft(storage: Storage = localStorage): CallValues | null {
  try {
    const raw = storage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<CallValues>;
    if (typeof v !== 'object' || v === null || typeof v.receivedAt !== 'number' || isBlank(v)) return null;
    return { ...emptyCall(v.receivedAt), ...v };
  } catch {
    return null;
  }
}

export const clearDraft = (storage: Storage = localStorage) => storage.removeItem(DRAFT_KEY);

const HOUR = 3_600_000;

/** The form's values as calls.log takes them; the core checks the rest and names the field. */
export function toLogInput(v: CallValues, now: number): ProcInput<'calls.log'> {
  const due = now + v.callbackHours * HOUR;
  const outcome: ProcInput<'calls.log'>['outcome'] =
    v.outcome === 'answered'
      ? { kind: 'answered' }
      : v.outcome === 'transferred'
        ? { kind: 'transferred', toStaffId: v.staffId ?? '', connected: v.connected, ...(v.connected ? {} : { text: v.messageText, callbackDueAt: due }) }
        : { kind: 'message', forStaffId: v.staffId ?? '', text: v.messageText, callbackDueAt: due };
  return {
    receivedAt: v.receivedAt,
    moreThanThreeRings: v.late,
    callerName: v.callerName.trim(),
    callerPhone: v.callerPhone.trim(),
    callerCompany: v.callerCompany?.trim() || undefined,
    residentId: v.residentId || undefined,
    reason: v.reason ?? ('' as Reason),
    summary: v.summary.trim(),
    outcome,
  };
}
