// What the work-order book leaves open at a shift change (交接班): orders not yet closed, with the
// follow-up each one waits for, and signed slips still out.
import type { MatterProvider } from '../handover/matters';
import { t } from '../i18n';
import { arrivalChecks, callbacksDue, slipsOut } from './followups';
import { OPEN_STATUSES } from './fold';
import { refreshFolds } from './projection';
import { summaries, type WorkOrderSummary } from './queries';

const place = (o: WorkOrderSummary) => o.publicLocation ?? [o.building, o.unit, o.room].filter(Boolean).join('');

export const openWorkOrdersMatters: MatterProvider = {
  kind: 'openWorkOrders',
  collect(db, now) {
    refreshFolds(db);
    const due = new Map([...arrivalChecks(db, now), ...callbacksDue(db, now)].map((f) => [f.id, f]));
    const open = summaries(db, `f.status IN (${OPEN_STATUSES.map(() => '?').join(',')})`, [...OPEN_STATUSES], 'ORDER BY o.created_at');
    return open.map((o) => ({
      key: `workOrder:${o.id}`,
      title: `${o.number} ${place(o)}（${o.category}）${t('zh-CN', `workorders.status.${o.status}`)}`,
      detail: [o.workerName, o.description].filter(Boolean).join('：'),
      due: due.get(o.id)?.dueAt ?? null,
      // Rework waiting for a worker is as urgent as an overdue check.
      overdue: due.get(o.id)?.urgency === 'overdue' || o.status === 'rework',
    }));
  },
};

export const slipsOutMatters: MatterProvider = {
  kind: 'workOrderSlipsOut',
  collect(db, now) {
    refreshFolds(db);
    return slipsOut(db, now).map((o) => ({
      key: `slip:${o.id}`,
      title: `${o.number} ${place(o)}`,
      detail: o.workerName ?? undefined,
      due: o.dueAt,
      overdue: o.urgency === 'overdue',
    }));
  },
};
