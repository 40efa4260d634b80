import type { Procedure } from '../core/procedure';
import { procedures } from '../core/router';

/** The procedures the kiosk window may call, for the kiosk preload's build-time list. */
export const kioskProcedureNames = (): string[] =>
  Object.entries(procedures as Record<string, Procedure>)
    .filter(([, p]) => p.roles.includes('kiosk'))
    .map(([name]) => name)
    .sort();
