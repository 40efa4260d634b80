import { kpiProcedures } from './kpis';
import { lookupProcedures } from './lookup';
import { messageProcedures } from './messages';
import { callProcedures } from './procedures';

/** The phone log's procedures: calls.*, the caller look-up, messages.* and the desk's figures. */
export const callsProcedures = {
  ...callProcedures,
  ...lookupProcedures,
  ...messageProcedures,
  ...kpiProcedures,
};
