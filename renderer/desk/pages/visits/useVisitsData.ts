import { useCallback, useEffect, useState } from 'react';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke, on } from '../../../api/client';

export type OnSiteRow = ProcOutput<'visits.onSite'>[number];
export type VisitRow = ProcOutput<'visits.today'>[number];
export type Appointment = { id: string; code: string; visitorName: string; phoneMasked: string | null; hostName: string; purpose: string; partySize: number; expectedAt: number; visitId: string | null };
export type BlockRow = { id: string; name: string; phoneMasked: string | null; reason: string; createdAt: number };
export type HostOption = { id: string; name: string; pinyin: string; extension: string | null; location: string | null };

/** The page's lists, reloaded whenever the register changes (this desk, the kiosk, or sync). */
export function useVisitsData() {
  const [onSite, setOnSite] = useState<OnSiteRow[]>([]);
  const [today, setToday] = useState<VisitRow[]>([]);
  const [appointments, setAppointments] = useState<Appointment[]>([]);
  const [blocklist, setBlocklist] = useState<BlockRow[]>([]);
  const [hosts, setHosts] = useState<HostOption[]>([]);

  const reload = useCallback(async () => {
    const [a, b, c, d] = await Promise.all([invoke('visits.onSite'), invoke('visits.today'), invoke('visits.appointments'), invoke('blocklist.list')]);
    if (a.ok) setOnSite(a.value);
    if (b.ok) setToday(b.value);
    if (c.ok) setAppointments(c.value as Appointment[]);
    if (d.ok) setBlocklist(d.value as BlockRow[]);
  }, []);

  useEffect(() => {
    void reload();
    void invoke('staff.list', {}).then((a) => a.ok && setHosts(a.value as HostOption[]));
    return on('data-changed', () => void reload());
  }, [reload]);

  return { onSite, today, appointments, blocklist, hosts, reload };
}
