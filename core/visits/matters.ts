import type { MatterProvider } from '../handover/matters';
import { prepared } from '../calls/sql';

// What the register leaves open at the end of a shift, worded in the desk's Chinese like the paper book.

const hhmm = (ms: number) => new Date(ms).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });

export const visitorsOnSiteMatters: MatterProvider = {
  kind: 'visitorsOnSite',
  collect(db, now) {
    const rows = prepared(
      db,
      `SELECT id, badge_no AS badgeNo, visitor_name AS name, host_name AS host, arrived_at AS arrivedAt, party_size AS party
       FROM visits WHERE departed_at IS NULL AND deleted_at IS NULL ORDER BY arrived_at`,
    ).all() as { id: string; badgeNo: string; name: string | null; host: string; arrivedAt: number; party: number }[];
    return rows.map((r) => ({
      key: `visit:${r.id}`,
      title: `${r.name ?? '访客'}（${r.party} 人）→ ${r.host}`,
      detail: `${hhmm(r.arrivedAt)} 入场，访客证 ${r.badgeNo}`,
      due: r.arrivedAt,
      // Still inside after 12 hours: most likely left without signing out; the next shift should check.
      overdue: now - r.arrivedAt > 12 * 3_600_000,
    }));
  },
};

export const badgesOutMatters: MatterProvider = {
  kind: 'badgesOut',
  collect(db) {
    const rows = prepared(
      db,
      `SELECT id, badge_no AS badgeNo, visitor_name AS name, phone_masked AS phone, departed_at AS departedAt
       FROM visits WHERE badge_returned = 0 AND deleted_at IS NULL AND purged_at IS NULL ORDER BY departed_at DESC LIMIT 200`,
    ).all() as { id: string; badgeNo: string; name: string | null; phone: string | null; departedAt: number }[];
    return rows.map((r) => ({ key: `badge:${r.id}`, title: `${r.badgeNo} ${r.name ?? ''} ${r.phone ?? ''}`.trim(), detail: '离开时未归还访客证', due: r.departedAt }));
  },
};
