import { mutate } from '../../db/mutate';
import type { Db } from '../../db/open';
import { visitAppointments, visits } from '../../db/schema';
import type { Job } from '../jobs';
import { getSetting } from '../settings/store';

const DAY = 86_400_000;
const BATCH = 500;

/**
 * Past the retention period (setting retentionDays, default 90) a visit keeps only what the counts
 * need (when, whom, why, how many); name, phone, ID number, company and items are emptied. The
 * purge goes through mutate, so other desks and the hub drop the same fields. Returns how many.
 */
export function purgeVisits(db: Db, now: number): number {
  const cutoff = now - getSetting(db, 'retentionDays') * DAY;
  const pick = db.sqlite.prepare('SELECT id FROM visits WHERE arrived_at < ? AND purged_at IS NULL AND deleted_at IS NULL LIMIT ?');
  const unindex = db.sqlite.prepare('DELETE FROM visit_index_key WHERE visit_id = ?');
  let total = 0;
  // Short transactions of a few hundred rows, so a first purge of a big file never holds the desk up.
  for (;;) {
    const ids = (pick.all(cutoff, BATCH) as { id: string }[]).map((r) => r.id);
    if (!ids.length) break;
    mutate(db, (tx) => {
      for (const id of ids) {
        tx.update(visits, id, {
          visitorName: null, visitorPinyin: '', phoneMasked: null, phoneSealed: null, phoneIndex: null,
          company: null, idType: null, idMasked: null, idSealed: null, items: null, purposeNote: null, purgedAt: tx.now,
        });
        unindex.run(id);
      }
    });
    total += ids.length;
  }
  const oldAppts = db.sqlite
    .prepare("SELECT id FROM visit_appointments WHERE expected_at < ? AND visitor_name <> '' AND deleted_at IS NULL")
    .all(cutoff) as { id: string }[];
  if (oldAppts.length) {
    mutate(db, (tx) => {
      for (const a of oldAppts) tx.update(visitAppointments, a.id, { visitorName: '', phoneMasked: null, phoneSealed: null, company: null });
    });
  }
  return total;
}

/** At start-up and then daily. */
export const visitPurgeJob: Job = {
  name: 'visits.purge',
  everyMs: DAY,
  run: (core) => {
    if (purgeVisits(core.db, core.clock())) core.services.events.emit('data-changed', { tables: ['visits'] });
  },
};
