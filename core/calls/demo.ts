import { mutate } from '../../db/mutate';
import { siteTimeZone } from '../../db/numbers';
import { callMessages, cases } from '../../db/schema';
import { escalateOverdueCases } from '../cases/escalate';
import { writeCaseNote } from '../cases/write';
import type { DemoSeeder } from '../demo';
import { writeResident } from '../residents/write';
import { COMPANIES, makeRng, mobile, personName, pick, SUMMARIES } from './demo-data';
import type { Reason } from './schemas';
import { prepared } from './sql';
import { dayBounds, toMinute } from './time';
import { writeCall, type Outcome } from './write';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const BUILDINGS = ['1栋', '2栋', '3栋', '5栋', '6栋', '8栋'];
const REASON_MIX: [Reason, number][] = [
  ['consult', 0.33],
  ['repair', 0.25],
  ['message', 0.15],
  ['appointment', 0.1],
  ['other', 0.11],
  ['complaint', 0.06],
];

interface Resident {
  id: string;
  name: string;
  phone: string;
}

function reasonOf(rng: () => number): Reason {
  let x = rng();
  for (const [r, p] of REASON_MIX) if ((x -= p) < 0) return r;
  return 'other';
}

/** 6 buildings x 2 units x 18 floors x 2 flats: 432 households, most with a phone. */
function seedResidents(ctx: Parameters<DemoSeeder>[0], rng: () => number): Resident[] {
  return mutate(ctx.db, (tx) => {
    const out: Resident[] = [];
    for (const building of BUILDINGS)
      for (const unit of ['1单元', '2单元'])
        for (let floor = 1; floor <= 18; floor++)
          for (const flat of ['01', '02']) {
            const name = personName(rng);
            const phone = mobile(rng);
            const fields = { name, building, unit, room: `${floor}${flat}`, phone, phone2: rng() < 0.2 ? mobile(rng) : undefined, notes: rng() < 0.03 ? '独居老人，多关照' : undefined };
            out.push({ id: writeResident(tx, fields), name, phone });
          }
    return out;
  });
}

/** A month of the desk's phone log, with messages followed up and complaints worked, as a real desk would have. */
export const seedCallsDemo: DemoSeeder = (ctx) => {
  if (prepared(ctx.db, 'SELECT 1 FROM calls LIMIT 1').get()) return;
  const rng = makeRng(20261123);
  const staffOf = (role: string) => prepared(ctx.db, 'SELECT id FROM staff WHERE role = ? AND deleted_at IS NULL ORDER BY pinyin').all(role).map((r) => (r as { id: string }).id);
  const desk = [...staffOf('reception'), ...staffOf('supervisor')];
  const people = [...staffOf('host'), ...staffOf('supervisor')];
  if (desk.length === 0 || people.length === 0) return;
  const residents = seedResidents(ctx, rng);
  const now = ctx.clock();
  const tz = siteTimeZone(ctx.db);

  for (let back = 30; back >= 0; back--) {
    // The desk's phone rings from 08:00 to 20:00 local time.
    const dayStart = dayBounds(now - back * DAY, tz).start + 8 * HOUR;
    const perDay = 22 + Math.floor(rng() * 16);
    const times = Array.from({ length: perDay }, () => dayStart + Math.floor(rng() * 12 * HOUR)).sort((a, b) => a - b);
    for (const at of times) {
      if (at > now) break;
      const reason = reasonOf(rng);
      const resident = rng() < 0.72 ? pick(rng, residents) : null;
      const rings = rng() < 0.93 ? 1 + Math.floor(rng() * 3) : 4 + Math.floor(rng() * 4);
      const toWhom = pick(rng, people);
      const due = at + (1 + Math.floor(rng() * 4)) * HOUR;
      const outcome: Outcome =
        reason === 'message' || (reason === 'consult' && rng() < 0.15)
          ? { kind: 'message', forStaffId: toWhom, text: pick(rng, SUMMARIES.message), callbackDueAt: due, transferFailed: reason !== 'message' }
          : reason === 'appointment' || reason === 'consult'
            ? rng() < 0.4
              ? { kind: 'transferred', toStaffId: toWhom }
              : { kind: 'answered' }
            : { kind: 'answered' };
      mutate(
        ctx.db,
        (tx) => {
          const w = writeCall(tx, {
            receivedAt: toMinute(at),
            rings,
            lateAnswer: rings > 3,
            callerName: resident?.name ?? `${pick(rng, ['刘', '陈', '周', '孙'])}师傅`,
            callerPhone: resident?.phone ?? mobile(rng),
            callerCompany: resident ? null : pick(rng, COMPANIES),
            residentId: resident?.id ?? null,
            reason,
            summary: pick(rng, SUMMARIES[reason]),
            outcome,
            takenBy: pick(rng, desk),
            caseDueAt: at + DAY,
          });
          followUp(tx, w, at, now, rng, desk);
        },
        { clock: () => at },
      );
    }
  }
  // Complaints left open past their due time are escalated as the running desk would have done.
  escalateOverdueCases(ctx.db, () => {});
};

/** Deliver most messages in time and call back; close most complaints with the complainant's word. */
function followUp(
  tx: Parameters<Parameters<typeof mutate>[1]>[0],
  w: ReturnType<typeof writeCall>,
  at: number,
  now: number,
  rng: () => number,
  desk: string[],
): void {
  const by = pick(rng, desk);
  if (w.messageId) {
    const delivered = at + (rng() < 0.9 ? 5 + Math.floor(rng() * 50) : 90 + Math.floor(rng() * 300)) * MIN;
    const calledBack = delivered + (10 + Math.floor(rng() * 120)) * MIN;
    if (delivered <= now) tx.update(callMessages, w.messageId, { deliveredAt: delivered, deliveredBy: by });
    // A few callbacks are forgotten: they stay on the open list, overdue, as on a real desk.
    if (calledBack <= now && rng() > 0.04) tx.update(callMessages, w.messageId, { callbackDoneAt: calledBack, callbackBy: by });
  }
  if (w.caseId) {
    writeCaseNote(tx, w.caseId, by, 'note', '已通知相关部门处理', at + 30 * MIN);
    const closed = at + (4 + Math.floor(rng() * 40)) * HOUR;
    if (closed <= now && rng() < 0.85) {
      const satisfaction = pick(rng, ['satisfied', 'satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const);
      tx.update(cases, w.caseId, { closedAt: closed, closedBy: by, result: '已处理并回访业主', satisfaction });
      writeCaseNote(tx, w.caseId, by, 'closed', '已处理并回访业主', closed);
    }
  }
}
