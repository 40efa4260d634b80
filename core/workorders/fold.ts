// The status of a work order is the fold of its events in HLC order. Pure: no database, no clock.
// Events come from every desk of the site (sync merges them by union), so the fold must accept
// anything: a step that is impossible where it lands (two desks raced) is flagged for a person,
// never thrown and never dropped.

export const STATUSES = ['new', 'dispatched', 'arrived', 'completed', 'closed', 'rework', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses in which the work is still open (counts towards a worker's load when dispatched/arrived). */
export const OPEN_STATUSES: readonly Status[] = ['new', 'dispatched', 'arrived', 'completed', 'rework'];
/** While the order is in these, a printed slip is legitimately in the worker's hands. */
export const SLIP_OUT_STATUSES: readonly Status[] = ['new', 'dispatched', 'arrived'];

export const EVENT_TYPES = [
  'created',
  'dispatched',
  'printed',
  'arrived',
  'completed',
  'called_back',
  'rework',
  'cancelled',
  'slip_returned',
  'conflict_resolved',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const SATISFACTIONS = ['satisfied', 'fair', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export interface FoldEvent {
  id: string;
  type: string;
  hlc: string;
  at: number;
  staffId?: string | null;
  data: Record<string, unknown>;
}

export interface Conflict {
  eventId: string;
  type: string;
  /** The status the order was in when this step arrived. */
  status: Status;
  /** transition: not possible from that status; malformed: the step lacks what it needs; duplicate: a second creation. */
  reason: 'transition' | 'malformed' | 'duplicate';
  hlc: string;
  at: number;
  staffId: string | null;
  resolved: boolean;
}

export interface FoldState {
  status: Status;
  createdAt: number | null;
  workerId: string | null;
  dispatchedAt: number | null;
  arrivedAt: number | null;
  completedAt: number | null;
  closedAt: number | null;
  cancelledAt: number | null;
  calledBackAt: number | null;
  satisfaction: Satisfaction | null;
  printCount: number;
  lastPrintedAt: number | null;
  slipReturned: boolean;
  reworkCount: number;
  lastEventAt: number | null;
  /** Events that changed the order (including prints and slip returns). */
  applied: number;
  conflicts: Conflict[];
}

export const initialFold = (): FoldState => ({
  status: 'new',
  createdAt: null,
  workerId: null,
  dispatchedAt: null,
  arrivedAt: null,
  completedAt: null,
  closedAt: null,
  cancelledAt: null,
  calledBackAt: null,
  satisfaction: null,
  printCount: 0,
  lastPrintedAt: null,
  slipReturned: false,
  reworkCount: 0,
  lastEventAt: null,
  applied: 0,
  conflicts: [],
});

/** The statuses each status-changing step may start from. */
export const ALLOWED_FROM: Record<string, readonly Status[]> = {
  dispatched: ['new', 'dispatched'],
  arrived: ['dispatched'],
  // A worker may bring back the signed slip before the desk phoned to confirm the arrival.
  completed: ['dispatched', 'arrived'],
  called_back: ['completed'],
  rework: ['rework'],
  cancelled: ['new', 'dispatched'],
  printed: ['new', 'dispatched', 'arrived', 'completed', 'closed', 'rework'],
};

export type StepResult = { ok: true; state: FoldState } | { ok: false; reason: Conflict['reason'] };

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Apply one event to a state. Pure; never throws. `created` tracks whether a creation was seen. */
export function step(state: FoldState, e: FoldEvent, created = false): StepResult {
  // hasOwn: a synced event named like an Object.prototype member ('toString') must not reach it.
  const allowed = Object.hasOwn(ALLOWED_FROM, e.type) ? ALLOWED_FROM[e.type] : undefined;
  if (allowed && !allowed.includes(state.status)) return { ok: false, reason: 'transition' };
  const next: FoldState = { ...state, applied: state.applied + 1, lastEventAt: Math.max(state.lastEventAt ?? 0, e.at) };
  switch (e.type) {
    case 'created':
      if (created) return { ok: false, reason: 'duplicate' };
      next.createdAt = e.at;
      return { ok: true, state: next };
    case 'dispatched':
    case 'rework': {
      const worker = str(e.data.workerId);
      if (!worker) return { ok: false, reason: 'malformed' };
      next.status = 'dispatched';
      next.workerId = worker;
      next.dispatchedAt = e.at;
      next.arrivedAt = null;
      if (e.type === 'rework') next.reworkCount += 1;
      return { ok: true, state: next };
    }
    case 'arrived':
      next.status = 'arrived';
      next.arrivedAt = e.at;
      return { ok: true, state: next };
    case 'completed':
      next.status = 'completed';
      next.completedAt = e.at;
      if (e.data.slipReturned === true) next.slipReturned = true;
      return { ok: true, state: next };
    case 'called_back': {
      const s = e.data.satisfaction;
      if (!SATISFACTIONS.includes(s as Satisfaction)) return { ok: false, reason: 'malformed' };
      next.satisfaction = s as Satisfaction;
      next.calledBackAt = e.at;
      if (s === 'unsatisfied') {
        next.status = 'rework';
      } else {
        next.status = 'closed';
        next.closedAt = e.at;
      }
      return { ok: true, state: next };
    }
    case 'cancelled':
      next.status = 'cancelled';
      next.cancelledAt = e.at;
      return { ok: true, state: next };
    case 'printed':
      next.printCount += 1;
      next.lastPrintedAt = e.at;
      // A slip printed while the work is open goes out with a worker and must come back.
      if (SLIP_OUT_STATUSES.includes(state.status) || state.status === 'rework') next.slipReturned = false;
      return { ok: true, state: next };
    case 'slip_returned':
      next.slipReturned = true;
      return { ok: true, state: next };
    case 'conflict_resolved':
      return str(e.data.eventId) ? { ok: true, state: next } : { ok: false, reason: 'malformed' };
    default:
      return { ok: false, reason: 'malformed' };
  }
}

/** Total order of events across desks: HLC, then id (two events of one transaction share an HLC). */
export function compareEvents(a: FoldEvent, b: FoldEvent): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Fold a set of events (any arrival order, duplicates allowed) into the order's state. */
export function fold(events: readonly FoldEvent[]): FoldState {
  const unique = new Map<string, FoldEvent>();
  for (const e of events) if (!unique.has(e.id)) unique.set(e.id, e);
  const ordered = [...unique.values()].sort(compareEvents);
  const resolved = new Set<string>();
  for (const e of ordered) {
    const target = e.type === 'conflict_resolved' ? str(e.data?.eventId) : null;
    if (target) resolved.add(target);
  }

  let state = initialFold();
  let created = false;
  const conflicts: Conflict[] = [];
  for (const e of ordered) {
    const r = step(state, { ...e, data: e.data && typeof e.data === 'object' ? e.data : {} }, created);
    if (r.ok) {
      state = r.state;
      if (e.type === 'created') created = true;
    } else {
      conflicts.push({
        eventId: e.id,
        type: e.type,
        status: state.status,
        reason: r.reason,
        hlc: e.hlc,
        at: e.at,
        staffId: e.staffId ?? null,
        resolved: resolved.has(e.id),
      });
    }
  }
  return { ...state, conflicts };
}

export const openConflicts = (s: FoldState): Conflict[] => s.conflicts.filter((c) => !c.resolved);
