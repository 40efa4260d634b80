import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/open';
import { prepared } from '../calls/sql';
import { AppError } from '../errors';
import { id } from '../fields';
import { procedure, type Ctx } from '../procedure';
import { getSetting } from '../settings/store';
import { maskName, phoneIndexOf, unseal } from './privacy';
import { readVisit } from './read';
import { kioskCheckInInput, kioskCheckOutInput, visitorPhone } from './schemas';
import { badgeOf, blocklistHit, checkIn, checkOut, findForCheckOut, recordIncident, type VisitRecord } from './service';

// The touchscreen is used by strangers: it answers only about the person standing at it, and it
// never says why it sends someone to the desk (a blocklisted visitor hears the same as a typo).

const OFFER_TTL_MS = 5 * 60_000;
/** A returning visitor's offer: an opaque token for their last visit, kept in memory only. */
const offers = new WeakMap<Db, Map<string, { visitId: string; expiresAt: number }>>();

function offersOf(db: Db) {
  let m = offers.get(db);
  if (!m) offers.set(db, (m = new Map()));
  return m;
}

const toDesk = () => new AppError('conflict', 'visits.kiosk_to_desk');

/** A blocklisted visitor at the kiosk: the desk is told at once; the visitor hears only "please go to the desk". */
function refuseAtKiosk(ctx: Ctx, hit: { id: string; name: string; reason: string }) {
  recordIncident(ctx, 'blocklisted', hit.reason, hit.name, hit.id);
  ctx.emit('kiosk-alert', { kind: 'blocklisted', name: hit.name });
  return { status: 'desk' as const };
}

async function admit(ctx: Ctx, r: VisitRecord) {
  const hit = blocklistHit(ctx, r.visitorName, r.phone);
  if (hit) return refuseAtKiosk(ctx, hit);
  const v = checkIn(ctx, r);
  return { status: 'ok' as const, badge: await badgeOf(v) };
}

const consent = z.object({ noticeVersion: z.string().trim().min(1).max(20) }).strict();

export const kioskVisitProcedures = {
  /** What the privacy notice must state: how long the register keeps a visitor's details (setting retentionDays). */
  'kiosk.notice': procedure({
    input: z.object({}).strict().optional(),
    roles: ['kiosk'],
    handler(ctx) {
      return { retentionDays: getSetting(ctx.db, 'retentionDays') };
    },
  }),

  /** The people a visitor may come to see: names, pinyin keys for the on-screen search, and where to find them. */
  'kiosk.hosts': procedure({
    input: z.object({}).strict().optional(),
    roles: ['kiosk'],
    handler(ctx) {
      return prepared(
        ctx.db,
        `SELECT s.id, s.name, s.pinyin, COALESCE(s.location, d.location) AS location, d.name AS department
         FROM staff s LEFT JOIN departments d ON d.id = s.department_id
         WHERE s.role = 'host' AND s.active = 1 AND s.deleted_at IS NULL ORDER BY s.pinyin`,
      ).all();
    },
  }),

  /** A returning visitor types their phone: their name masked (张*) and last host, behind a one-use token. */
  'kiosk.lookupReturning': procedure({
    input: z.object({ phone: visitorPhone }).strict(),
    roles: ['kiosk'],
    handler(ctx, input) {
      const row = prepared(ctx.db, 'SELECT visit_id AS visitId FROM visit_index_key WHERE phone_index = ?').get(
        phoneIndexOf(ctx.services.secrets, input.phone),
      ) as { visitId: string } | undefined;
      const v = row && readVisit(ctx.db, row.visitId);
      if (!v || !v.visitorName || v.purgedAt) return { found: false as const };
      const token = randomBytes(16).toString('base64url');
      const m = offersOf(ctx.db);
      for (const [k, o] of m) if (o.expiresAt < ctx.clock()) m.delete(k);
      m.set(token, { visitId: v.id, expiresAt: ctx.clock() + OFFER_TTL_MS });
      return { found: true as const, token, maskedName: maskName(v.visitorName), hostId: v.hostId, hostName: v.hostName, purpose: v.purpose };
    },
  }),

  'kiosk.checkInReturning': procedure({
    input: z.object({ token: z.string().min(10).max(64), hostId: id.optional(), partySize: z.number().int().min(1).max(50).default(1), consent }).strict(),
    roles: ['kiosk'],
    async handler(ctx, input) {
      const m = offersOf(ctx.db);
      const offer = m.get(input.token);
      m.delete(input.token);
      const last = offer && offer.expiresAt >= ctx.clock() ? readVisit(ctx.db, offer.visitId) : undefined;
      const phone = last ? unseal(ctx.services.secrets, last.phoneSealed) : null;
      if (!last || !last.visitorName || !phone) throw toDesk();
      const hostId = input.hostId ?? last.hostId;
      if (!hostId) throw toDesk();
      return admit(ctx, {
        visitorName: last.visitorName, phone, hostId, purpose: last.purpose, purposeNote: last.purposeNote ?? undefined,
        partySize: input.partySize, company: last.company ?? undefined, consentVersion: input.consent.noticeVersion, channel: 'kiosk', createdBy: null,
      });
    },
  }),

  'kiosk.checkIn': procedure({
    input: kioskCheckInInput,
    roles: ['kiosk'],
    async handler(ctx, input) {
      const { consent: c, ...rest } = input;
      return admit(ctx, { ...rest, consentVersion: c.noticeVersion, channel: 'kiosk', createdBy: null });
    },
  }),

  /** An invitation: the code the desk gave (typed, or scanned from its QR) checks the visitor in with one touch. */
  'kiosk.checkInByCode': procedure({
    input: z.object({ code: z.string().regex(/^\d{6}$/, { error: 'visits.bad_code' }), consent }).strict(),
    roles: ['kiosk'],
    async handler(ctx, input) {
      const a = prepared(
        ctx.db,
        `SELECT id, visitor_name AS visitorName, phone_sealed AS phoneSealed, company, host_id AS hostId, host_name AS hostName, purpose, party_size AS partySize
         FROM visit_appointments WHERE code = ? AND visit_id IS NULL AND deleted_at IS NULL`,
      ).get(input.code) as
        | { id: string; visitorName: string; phoneSealed: string | null; company: string | null; hostId: string | null; hostName: string; purpose: string; partySize: number }
        | undefined;
      const phone = a && unseal(ctx.services.secrets, a.phoneSealed);
      if (!a || !phone || !a.visitorName) throw new AppError('not_found', 'visits.bad_code');
      return admit(ctx, {
        visitorName: a.visitorName, phone, hostId: a.hostId ?? undefined, hostName: a.hostName, purpose: a.purpose, partySize: a.partySize,
        company: a.company ?? undefined, appointmentId: a.id, consentVersion: input.consent.noticeVersion, channel: 'kiosk', createdBy: null,
      });
    },
  }),

  /** Signing out: the badge QR (a scanner types it), the badge number, or the phone. */
  'kiosk.checkOut': procedure({
    input: kioskCheckOutInput,
    roles: ['kiosk'],
    handler(ctx, input) {
      let v;
      try {
        v = findForCheckOut(ctx, input);
      } catch {
        throw new AppError('not_found', 'visits.kiosk_not_found');
      }
      const out = checkOut(ctx, v, true);
      return { maskedName: maskName(out.visitorName ?? '?'), departedAt: out.departedAt };
    },
  }),
};
