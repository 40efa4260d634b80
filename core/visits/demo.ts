import { mutate } from '../../db/mutate';
import { siteTimeZone } from '../../db/numbers';
import { visitBlocklist, visits } from '../../db/schema';
import { v7 as uuidv7 } from 'uuid';
import { COMPANIES, makeRng, mobile, personName, pick } from '../calls/demo-data';
import { dayBounds } from '../calls/time';
import type { DemoSeeder } from '../demo';
import { sealPhone } from './privacy';
import { PURPOSES } from './schemas';
import { writeVisit } from './service';

const MIN = 60_000;
const DAY = 86_400_000;
const ITEMS = ['笔记本电脑', '工具箱', '样品一箱', '文件袋', ''];

/**
 * A month of the register: 15-40 visitors a working day, fewer at weekends, mostly 9:00-17:30,
 * returning regulars (couriers, contractors), a few badges not handed back, and today's visitors
 * partly still inside. Check-outs are written after the visit, as the desk would.
 */
export const seedVisitsDemo: DemoSeeder = (ctx) => {
  const rng = makeRng(303);
  const hosts = ctx.db.sqlite.prepare("SELECT id, name FROM staff WHERE role = 'host' AND deleted_at IS NULL").all() as { id: string; name: string }[];
  if (!hosts.length) return;
  const now = ctx.clock();
  const tz = siteTimeZone(ctx.db);
  const today = dayBounds(now, tz).start;
  const regulars = Array.from({ length: 25 }, () => ({ name: personName(rng), phone: mobile(rng), company: pick(rng, COMPANIES) }));
  for (let d = 29; d >= 0; d--) {
    const dayStart = today - d * DAY;
    const weekend = [0, 6].includes(new Date(dayStart + 8 * 3_600_000).getUTCDay());
    const count = weekend ? 3 + Math.floor(rng() * 6) : 15 + Math.floor(rng() * 26);
    mutate(ctx.db, (tx) => {
      for (let i = 0; i < count; i++) {
        const arrivedAt = dayStart + (9 * 60 + Math.floor(rng() * 510)) * MIN;
        if (arrivedAt > now) continue;
        const who = rng() < 0.4 ? pick(rng, regulars) : { name: personName(rng), phone: mobile(rng), company: rng() < 0.5 ? pick(rng, COMPANIES) : undefined };
        const host = pick(rng, hosts);
        const kiosk = rng() < 0.35;
        const { id } = writeVisit(tx, ctx.services.secrets, { hostId: host.id, hostName: host.name }, {
          visitorName: who.name, phone: who.phone, hostId: host.id, purpose: pick(rng, PURPOSES), partySize: rng() < 0.8 ? 1 : 2 + Math.floor(rng() * 3),
          company: who.company, items: pick(rng, ITEMS) || undefined, channel: kiosk ? 'kiosk' : 'desk', consentVersion: kiosk ? '2026-11' : undefined,
          arrivedAt, createdBy: null,
        });
        const leaves = arrivedAt + (20 + Math.floor(rng() * 180)) * MIN;
        // Today's late arrivals are still inside; one in fifty leaves without handing the badge back.
        if (leaves < now) tx.update(visits, id, { departedAt: leaves, badgeReturned: rng() > 0.02 });
      }
    });
  }
  mutate(ctx.db, (tx) => {
    const phone = sealPhone(ctx.services.secrets, mobile(rng));
    tx.insert(visitBlocklist, { id: uuidv7(), name: '钱某', phoneMasked: phone.phoneMasked, phoneIndex: phone.phoneIndex, reason: '2026 年 10 月强行闯入 2 号楼，已报警', createdAt: now - 20 * DAY, createdBy: hosts[0].id });
    ctx.audit(tx, 'demo.visits', null);
  });
};
