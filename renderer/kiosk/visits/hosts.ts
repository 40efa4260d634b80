/** A host as the kiosk lists them (kiosk.hosts). */
export interface Host {
  id: string;
  name: string;
  pinyin: string;
  location: string | null;
}

export const PURPOSES = ['business', 'interview', 'delivery', 'works', 'personal', 'other'] as const;

/** By name, or by pinyin: initials ("zw") or full pinyin ("zhangwei"), typed from the start. */
export function filterHosts(hosts: Host[], q: string): Host[] {
  const s = q.trim().toLowerCase().replace(/\s+/g, '');
  if (!s) return hosts;
  return hosts.filter((h) => h.name.includes(q.trim()) || h.pinyin.split(' ').some((k) => k.startsWith(s)));
}
