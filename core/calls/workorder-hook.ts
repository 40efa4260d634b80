import type { CreateInput } from '../workorders/schemas';
import type { CallView } from './read';

/** What a 报修 call already knows of the work order, in workOrders.create's own input shape. */
export type WorkOrderDraft = Pick<CreateInput, 'source' | 'sourceId' | 'reporterName' | 'reporterPhone' | 'residentId' | 'address' | 'description'>;

export interface ResidentAddress {
  id: string;
  name: string;
  building: string;
  unit: string | null;
  room: string;
}

/** A 报修 call carries what the work-order form asks first: who, how to reach them, where, what. */
export function workOrderDraft(call: CallView, resident: ResidentAddress | undefined): WorkOrderDraft {
  return {
    source: 'call',
    sourceId: call.id,
    reporterName: call.callerName,
    reporterPhone: call.callerPhone,
    residentId: resident?.id,
    address: resident ? { building: resident.building, unit: resident.unit ?? undefined, room: resident.room } : undefined,
    description: call.summary,
  };
}
