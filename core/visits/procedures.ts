import { z } from 'zod';
import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import QRCode from 'qrcode';
import { mutate } from '../../db/mutate';
import { siteTimeZone } from '../../db/numbers';
import { visitAppointments, visits } from '../../db/schema';
import { prepared } from '../calls/sql';
import { dayBounds } from '../calls/time';
import { conflict, invalidField, notFound } from '../errors';
import { id } from '../fields';
import { procedure, type Ctx } from '../procedure';
import { getSetting } from '../settings/store';
import { pinyinKeys } from '../staff/pinyin';
import { exportVisits } from './export';
import { purgeVisits } from './purge';
import { sealPhone, unseal } from './privacy';
import { publicVisit, readVisit, readVisits } from './read';
import { checkInInput, checkOutInput, preRegisterInput, rangeInput, refusedInput, searchInput, updateInput } from './schemas';
import { searchVisits } from './search';
import { badgeOf, blocklistHit, checkIn, checkOut, findForCheckOut, recordIncident, resolveHost } from './service';

const DESK = ['reception', 'supervisor'] as const;
const MINUTE = 60_000;

/** Today's closing time (setting closingTime) in epoch ms: visitors still inside after it are overdue. */
function closingAt(ctx: Ctx): number {
  const [h, m] = getSetting(ctx.db, 'closingTime').split(':').map(Number);
  return dayBounds(ctx.clock(), siteTimeZone(ctx.db)).start + (h * 60 + m) * MINUTE;
}

const getVisit = (ctx: Ctx, visitId: string) => {
  const v = readVisit(ctx.db, visitId);
  if (!v) throw notFound();
  return v;
};

export const visitProcedures = {
  'visits.checkIn': procedure({
    input: checkInInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const hit = blocklistHit(ctx, input.visitorName, input.phone);
      // The form warns first; the receptionist may then let the visitor in, which is recorded.
      if (hit && !input.overrideBlocklist) throw conflict('visits.blocklisted', { name: hit.name, reason: hit.reason });
      const { consent, overrideBlocklist: _o, ...rest } = input;
      const v = checkIn(ctx, { ...rest, consentVersion: consent?.noticeVersion, channel: 'desk', createdBy: ctx.staff!.id });
      if (hit) recordIncident(ctx, 'blocklisted', hit.reason, hit.name, hit.id);
      return publicVisit(v);
    },
  }),

  'visits.checkOut': procedure({
    input: checkOutInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      return publicVisit(checkOut(ctx, findForCheckOut(ctx, input), input.badgeReturned));
    },
  }),

  'visits.onSite': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx) {
      const now = ctx.clock();
      const overdue = now > closingAt(ctx);
      return readVisits(ctx.db, 'v.departed_at IS NULL', [], 'ORDER BY v.arrived_at').map((v) => ({
        ...publicVisit(v),
        minutesOnSite: Math.floor((now - v.arrivedAt) / MINUTE),
        // Past closing time, or still inside from an earlier day.
        overdue: overdue || v.arrivedAt < dayBounds(now, siteTimeZone(ctx.db)).start,
      }));
    },
  }),

  'visits.today': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx) {
      const { start, end } = dayBounds(ctx.clock(), siteTimeZone(ctx.db));
      return readVisits(ctx.db, 'v.arrived_at >= ? AND v.arrived_at < ?', [start, end], 'ORDER BY v.arrived_at DESC LIMIT 500').map(publicVisit);
    },
  }),

  'visits.search': procedure({
    input: searchInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler: (ctx, input) => searchVisits(ctx, input),
  }),

  'visits.get': procedure({
    input: z.object({ id }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const v = getVisit(ctx, input.id);
      // The receptionist may ring the visitor: the phone is opened here; the ID number stays masked.
      return { ...publicVisit(v), phone: unseal(ctx.services.secrets, v.phoneSealed) };
    },
  }),

  'visits.update': procedure({
    input: updateInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      const before = getVisit(ctx, input.id);
      if (before.purgedAt) throw conflict('visits.purged');
      const { id: visitId, hostId, hostName, ...patch } = input;
      const changes: Record<string, unknown> = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      if (hostId || hostName) Object.assign(changes, resolveHost(ctx, hostId, hostName));
      if (Object.keys(changes).length === 0) throw invalidField('id', 'visits.nothing_to_change');
      mutate(ctx.db, (tx) => {
        tx.update(visits, visitId, { ...changes, ...(input.visitorName ? { visitorPinyin: pinyinKeys(input.visitorName) } : {}) });
        const was = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before] ?? null]));
        ctx.audit(tx, 'visits.update', visitId, { was, now: changes });
      });
      ctx.emit('data-changed', { tables: ['visits'] });
      return publicVisit(readVisit(ctx.db, visitId)!);
    },
  }),

  'visits.badge': procedure({
    input: z.object({ id }).strict(),
    roles: ['desk'],
    staffRoles: DESK,
    handler: (ctx, input) => badgeOf(getVisit(ctx, input.id)),
  }),

  'visits.preRegister': procedure({
    input: preRegisterInput,
    roles: ['desk'],
    staffRoles: DESK,
    async handler(ctx, input) {
      const host = resolveHost(ctx, input.hostId, input.hostName);
      const apptId = uuidv7();
      const code = mutate(ctx.db, (tx) => {
        // Six digits, unique among the invitations not yet used.
        let c: string;
        do c = String(randomInt(0, 1_000_000)).padStart(6, '0');
        while (prepared(ctx.db, 'SELECT 1 FROM visit_appointments WHERE code = ? AND visit_id IS NULL AND deleted_at IS NULL').get(c));
        const { phoneMasked, phoneSealed } = sealPhone(ctx.services.secrets, input.phone);
        tx.insert(visitAppointments, {
          id: apptId,
          code: c,
          visitorName: input.visitorName,
          phoneMasked,
          phoneSealed,
          company: input.company ?? null,
          ...host,
          purpose: input.purpose,
          partySize: input.partySize,
          expectedAt: input.expectedAt,
          createdAt: tx.now,
          createdBy: ctx.staff!.id,
        });
        ctx.audit(tx, 'visits.preRegister', apptId);
        return c;
      });
      ctx.emit('data-changed', { tables: ['visit_appointments'] });
      return { id: apptId, code, qr: await QRCode.toDataURL(code, { margin: 1, width: 200 }) };
    },
  }),

  'visits.appointments': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx) {
      const { start, end } = dayBounds(ctx.clock(), siteTimeZone(ctx.db));
      return prepared(
        ctx.db,
        `SELECT id, code, visitor_name AS visitorName, phone_masked AS phoneMasked, company, host_id AS hostId, host_name AS hostName,
         purpose, party_size AS partySize, expected_at AS expectedAt, visit_id AS visitId
         FROM visit_appointments WHERE deleted_at IS NULL AND expected_at >= ? AND expected_at < ? ORDER BY expected_at`,
      ).all(start, end);
    },
  }),

  'visits.refused': procedure({
    input: refusedInput,
    roles: ['desk'],
    staffRoles: DESK,
    handler(ctx, input) {
      return recordIncident(ctx, input.kind, input.description, input.personName ?? null, null);
    },
  }),

  'visits.export': procedure({
    input: rangeInput,
    roles: ['desk'],
    staffRoles: DESK,
    async handler(ctx, input) {
      const out = await exportVisits(ctx.db, input.from, input.to);
      mutate(ctx.db, (tx) => ctx.audit(tx, 'visits.export', null, { from: input.from, to: input.to, rows: out.rows }));
      return out;
    },
  }),

  'visits.purge': procedure({
    input: z.object({}).strict().optional(),
    roles: ['desk'],
    staffRoles: ['supervisor'],
    handler(ctx) {
      const purged = purgeVisits(ctx.db, ctx.clock());
      if (purged) ctx.emit('data-changed', { tables: ['visits'] });
      return { purged };
    },
  }),
};

