import type { Db } from '../../db/open';
import { getSetting } from '../settings/store';

export type DueState = 'overdue' | 'soon' | 'later';

/** Red for overdue, amber for due within the desk's "soon" window: every open list sorts by this. */
export function dueStateOf(db: Db, now: number): (dueAt: number) => DueState {
  const soonMs = getSetting(db, 'calls.dueSoonMinutes') * 60_000;
  return (dueAt) => (dueAt < now ? 'overdue' : dueAt - now <= soonMs ? 'soon' : 'later');
}
