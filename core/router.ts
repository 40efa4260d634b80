import { dutyProcedures } from './duty/procedures';
import { handoverProcedures } from './handover/procedures';
import { callsProcedures } from './calls';
import { caseProcedures } from './cases/procedures';
import { keyProcedures } from './keys/procedures';
import { kioskProcedures } from './kiosk/procedures';
import { parcelProcedures } from './parcels/procedures';
import { reportProcedures } from './reports/procedures';
import { residentProcedures } from './residents/procedures';
import { sessionProcedures } from './session/procedures';
import { settingsProcedures } from './settings/procedures';
import { staffProcedures } from './staff/procedures';
import { syncProcedures } from './sync/procedures';
import { systemProcedures } from './system/procedures';
import { workOrderProcedures } from './workorders/procedures';
import { visitsProcedures } from './visits';

/**
 * The procedure table: the one contract between the UI and the desk. Both transports (Electron
 * IPC and HTTP) call it. Each domain adds its own table here.
 */
export const procedures = {
  ...sessionProcedures,
  ...staffProcedures,
  ...settingsProcedures,
  ...systemProcedures,
  ...kioskProcedures,
  ...workOrderProcedures,
  ...dutyProcedures,
  ...handoverProcedures,
  ...callsProcedures,
  ...caseProcedures,
  ...residentProcedures,
  ...visitsProcedures,
  ...parcelProcedures,
  ...keyProcedures,
  ...reportProcedures,
  ...syncProcedures,
};

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
