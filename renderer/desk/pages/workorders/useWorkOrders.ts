// The page's data: the open board, the follow-up lists and the workers, reloaded whenever any desk
// changes work orders (the core emits data-changed after every write, local or synced).
import { useCallback, useEffect, useState } from 'react';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke, on } from '../../../api/client';

export type Summary = ProcOutput<'workOrders.list'>['items'][number];
export type Detail = ProcOutput<'workOrders.get'>;
export type FollowUps = ProcOutput<'workOrders.followUps'>;
export type ReworkReport = ProcOutput<'workOrders.reworkReport'>;
export type Worker = ProcOutput<'workers.list'>[number];

export function useWorkOrders() {
  const [open, setOpen] = useState<Summary[]>([]);
  const [follow, setFollow] = useState<FollowUps | null>(null);
  const [rework, setRework] = useState<ReworkReport | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    const [list, f, r] = await Promise.all([
      invoke('workOrders.list', { status: 'open', limit: 200 }),
      invoke('workOrders.followUps'),
      invoke('workOrders.reworkReport', {}),
    ]);
    if (list.ok) setOpen(list.value.items);
    if (f.ok) setFollow(f.value);
    if (r.ok) setRework(r.value);
    setLoading(false);
  }, []);

  useEffect(() => {
    void load();
    return on('data-changed', (p) => {
      const tables = (p as { tables?: string[] } | null)?.tables;
      if (!tables || tables.includes('work_orders')) void load();
    });
  }, [load]);

  return { open, follow, rework, loading, reload: load };
}

export function useWorkers(active: boolean) {
  const [workers, setWorkers] = useState<Worker[]>([]);
  useEffect(() => {
    if (active) void invoke('workers.list').then((a) => a.ok && setWorkers(a.value));
  }, [active]);
  return workers;
}
