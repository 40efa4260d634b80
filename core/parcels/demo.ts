import { mutate } from '../../db/mutate';
import { itemLoans, parcels } from '../../db/schema';
import { makeRng, mobile, personName, pick } from '../calls/demo-data';
import { prepared } from '../calls/sql';
import type { DemoSeeder } from '../demo';
import { writeItem, writeLoan } from '../keys/write';
import { COURIERS } from './schemas';
import { writeParcel } from './write';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Person {
  id: string;
  name: string;
  phone: string | null;
}

/** Two weeks of the parcel book: most picked up within a day or two, a few left to remind or send back. */
function seedParcels(ctx: Parameters<DemoSeeder>[0], rng: () => number, desk: string[], now: number): void {
  const residents = prepared(ctx.db, 'SELECT id, name, phone FROM residents WHERE deleted_at IS NULL ORDER BY id LIMIT 200').all() as Person[];
  if (residents.length === 0) return;
  const trackingNo = (courier: string) =>
    ({ sf: 'SF', zto: '7', yto: 'YT', yunda: '43', ems: 'E', jd: 'JD', other: 'DB' })[courier] + String(Math.floor(rng() * 1e12)).padStart(12, '0');
  for (let i = 0; i < 60; i++) {
    const at = now - Math.floor(rng() * 14 * DAY);
    const who = pick(rng, residents);
    const courier = pick(rng, COURIERS);
    mutate(
      ctx.db,
      (tx) => {
        const w = writeParcel(tx, {
          trackingNo: trackingNo(courier),
          courier,
          recipientKind: 'resident',
          recipientId: who.id,
          recipientName: who.name,
          recipientPhone: who.phone,
          shelf: `${pick(rng, ['A', 'B', 'C'])}-${1 + Math.floor(rng() * 6)}`,
          notes: rng() < 0.1 ? '易碎品' : null,
          receivedBy: pick(rng, desk),
        });
        const told = at + Math.floor(rng() * 2 * HOUR);
        if (told < now) tx.update(parcels, w.id, { notifiedAt: told, notifyChannel: pick(rng, ['sms', 'phone', 'wechat']), notifiedBy: pick(rng, desk), notifyCount: 1 });
        const taken = at + Math.floor(rng() * 3 * DAY);
        // Older parcels are mostly gone; a few linger past the reminder and return marks, as on a real shelf.
        if (taken < now && rng() < 0.85) {
          tx.update(parcels, w.id, { pickedUpAt: taken, pickedUpBy: who.name, pickedUpCheck: 'code', handedOverBy: pick(rng, desk) });
        } else if (now - at > 9 * DAY && rng() < 0.5) {
          tx.update(parcels, w.id, { returnedAt: at + 8 * DAY, returnedBy: pick(rng, desk), returnReason: '超过 7 天无人领取' });
        }
      },
      { clock: () => at },
    );
  }
}

const KEYS = [
  { label: '配电房钥匙', place: '地下一层配电房', count: 2 },
  { label: '天台门钥匙', place: '1栋顶层天台', count: 1 },
  { label: '会议室钥匙', place: '服务中心二楼会议室', count: 2 },
  { label: '水泵房钥匙', place: '地下二层水泵房', count: 1 },
  { label: '空置房 2-1-1201', building: '2栋', unit: '1单元', room: '1201', count: 2 },
  { label: '托管房 5-2-0802', building: '5栋', unit: '2单元', room: '802', count: 1 },
];
const OTHER = [
  { kind: 'umbrella', label: '雨伞', count: 10 },
  { kind: 'trolley', label: '手推车', count: 3 },
  { kind: 'tool', label: '梯子', count: 1 },
];

/** The key board and the lending book: three items out now, one key and one trolley overdue. */
function seedLending(ctx: Parameters<DemoSeeder>[0], rng: () => number, desk: string[], now: number): void {
  const ids = mutate(ctx.db, (tx) => [...KEYS.map((k) => writeItem(tx, { kind: 'key', ...k })), ...OTHER.map((o) => writeItem(tx, o))], {
    clock: () => now - 30 * DAY,
  });
  const lend = (item: number, borrower: string, purpose: string, lentAgo: number, hours: number, back: number | null) =>
    mutate(
      ctx.db,
      (tx) => {
        const id = writeLoan(tx, { keyId: ids[item], borrower, phone: mobile(rng), purpose, dueAt: now - lentAgo + hours * HOUR }, pick(rng, desk));
        if (back !== null) tx.update(itemLoans, id, { returnedAt: now - lentAgo + back * HOUR, returnedBy: pick(rng, desk) });
      },
      { clock: () => now - lentAgo },
    );
  // A fortnight of returned loans, so the book has history.
  for (let d = 14; d >= 1; d--) {
    lend(Math.floor(rng() * ids.length), personName(rng), pick(rng, ['检修', '看房', '开会', '借用', '搬家']), d * DAY, 4, 1 + rng() * 3);
  }
  lend(4, '刘师傅', '空置房水管检修', 26 * HOUR, 4, null); // overdue by most of a day
  lend(7, '陈阿姨', '搬运家具', 5 * HOUR, 2, null); // overdue by three hours
  lend(0, '赵电工', '配电柜例行检查', HOUR, 3, null); // out, not yet due
}

export const seedParcelsDemo: DemoSeeder = (ctx) => {
  if (prepared(ctx.db, 'SELECT 1 FROM parcels LIMIT 1').get() || prepared(ctx.db, 'SELECT 1 FROM lent_items LIMIT 1').get()) return;
  const desk = (prepared(ctx.db, "SELECT id FROM staff WHERE role IN ('reception', 'supervisor') AND deleted_at IS NULL ORDER BY pinyin").all() as { id: string }[]).map(
    (r) => r.id,
  );
  if (desk.length === 0) return;
  const rng = makeRng(20261206);
  const now = ctx.clock();
  seedParcels(ctx, rng, desk, now);
  seedLending(ctx, rng, desk, now);
};
