import { v7 as uuidv7 } from 'uuid';
import { auditLog } from '../../db/schema';
import type { Core } from '../core';
import type { Ctx } from '../procedure';

/** A context for scripted work (CLI, demo data) acting as the system rather than a signed-in person. */
export function systemContext(core: Core): Pick<Ctx, 'db' | 'audit' | 'clock' | 'services'> {
  return {
    db: core.db,
    clock: core.clock,
    services: core.services,
    audit(tx, action, target = null, detail) {
      tx.insert(auditLog, { id: uuidv7(), at: tx.now, staffId: null, action, target, detail: detail === undefined ? null : JSON.stringify(detail) });
    },
  };
}
