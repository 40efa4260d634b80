import type { Db } from '../../db/open';
import { openWorkOrdersMatters, slipsOutMatters } from '../workorders/matters';
import { openCasesMatters, openMessagesMatters } from '../calls/matters';
import { badgesOutMatters, visitorsOnSiteMatters } from '../visits/matters';
import { loansOutMatters, parcelsWaitingMatters } from '../parcels/matters';

/** One open matter the outgoing shift hands over: a visitor still on site, a message not delivered, ... */
export interface Matter {
  /** Stable key (kind + record id) so a note written on it survives a re-draft. */
  key: string;
  title: string;
  detail?: string;
  /** When it is or was due (ms); overdue ones are listed first. */
  due?: number | null;
  overdue?: boolean;
}

export interface MatterProvider {
  /** e.g. 'visitorsOnSite'; its label is the message key `handover.kind.<kind>`. */
  kind: string;
  collect(db: Db, now: number): Matter[];
}

/**
 * Every book that can leave something open adds a provider here, so the handover draft lists
 * exactly what is open right now, live from the books themselves.
 */
export const matterProviders: MatterProvider[] = [
  openMessagesMatters,
  openCasesMatters,
  openWorkOrdersMatters,
  slipsOutMatters,
  visitorsOnSiteMatters,
  badgesOutMatters,
  parcelsWaitingMatters,
  loansOutMatters,
];

export function collectMatters(db: Db, now: number): Record<string, Matter[]> {
  const out: Record<string, Matter[]> = {};
  for (const p of matterProviders) {
    const items = p.collect(db, now);
    out[p.kind] = [...items].sort((a, b) => Number(!!b.overdue) - Number(!!a.overdue) || (a.due ?? Infinity) - (b.due ?? Infinity));
  }
  return out;
}
