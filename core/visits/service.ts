import { v7 as uuidv7 } from 'uuid';
import QRCode from 'qrcode';
import { mutate, type WriteTx } from '../../db/mutate';
import { allocateNumber } from '../../db/numbers';
import { visitAppointments, visitIncidents, visits } from '../../db/schema';
import { conflict, invalidField, notFound } from '../errors';
import { prepared } from '../calls/sql';
import { escalateCase } from '../cases/escalate';
import { writeCase } from '../cases/write';
import { t } from '../i18n';
import type { Ctx } from '../procedure';
import { getSetting } from '../settings/store';
import type { Secrets } from '../secrets';
import { pinyinKeys } from '../staff/pinyin';
import { maskId } from './idcard';
import { phoneIndexOf, sealPhone } from './privacy';
import { readVisit, readVisits, type VisitRow } from './read';

const HOUR = 3_600_000;

export interface VisitRecord {
  visitorName: string;
  phone: string;
  hostId?: string;
  hostName?: string;
  purpose: string;
  purposeNote?: string;
  partySize: number;
  company?: string;
  items?: string;
  idType?: string;
  idNumber?: string;
  appointmentId?: string;
  consentVersion?: string;
  channel: 'desk' | 'kiosk';
  arrivedAt?: number;
  createdBy: string | null;
}

/** The host as the register names them: a staff member (checked) or free text from the desk. */
export function resolveHost(ctx: Pick<Ctx, 'db'>, hostId: string | undefined, hostName: string | undefined) {
  if (!hostId) return { hostId: null, hostName: hostName! };
  const s = prepared(ctx.db, 'SELECT id, name FROM staff WHERE id = ? AND deleted_at IS NULL AND active = 1').get(hostId) as
    | { id: string; name: string }
    | undefined;
  if (!s) throw invalidField('hostId', 'visits.unknown_host');
  return { hostId: s.id, hostName: s.name };
}

export interface BlockHit {
  id: string;
  name: string;
  reason: string;
}

/** Is this visitor on the blocklist, by phone (blind index) or by exact name? */
export function blocklistHit(ctx: Pick<Ctx, 'db' | 'services'>, name: string, phone: string | undefined): BlockHit | undefined {
  const idx = phone ? phoneIndexOf(ctx.services.secrets, phone) : null;
  return prepared(
    ctx.db,
    'SELECT id, name, reason FROM visit_blocklist WHERE deleted_at IS NULL AND (phone_index = ? OR name = ?) LIMIT 1',
  ).get(idx, name) as BlockHit | undefined;
}

/** Insert a visit inside the caller's transaction; shared by both check-ins, the invite code and the demo. */
export function writeVisit(tx: WriteTx, secrets: Secrets, host: { hostId: string | null; hostName: string }, r: VisitRecord) {
  const id = uuidv7();
  const arrivedAt = r.arrivedAt ?? tx.now;
  const badgeNo = allocateNumber(tx.db, 'badge', arrivedAt);
  const phone = sealPhone(secrets, r.phone);
  tx.insert(visits, {
    id,
    badgeNo,
    visitorName: r.visitorName,
    visitorPinyin: pinyinKeys(r.visitorName),
    ...phone,
    company: r.company ?? null,
    idType: r.idNumber ? (r.idType ?? 'cn') : null,
    idMasked: r.idNumber ? maskId(r.idNumber) : null,
    idSealed: r.idNumber ? secrets.encrypt(r.idNumber) : null,
    hostId: host.hostId,
    hostName: host.hostName,
    purpose: r.purpose,
    purposeNote: r.purposeNote ?? null,
    partySize: r.partySize,
    items: r.items ?? null,
    appointmentId: r.appointmentId ?? null,
    channel: r.channel,
    consentVersion: r.consentVersion ?? null,
    arrivedAt,
    createdBy: r.createdBy,
  });
  // The device-only look-up a returning visitor's phone goes through (not a synced table).
  tx.db.sqlite
    .prepare(
      `INSERT INTO visit_index_key (phone_index, visit_id, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(phone_index) DO UPDATE SET visit_id = excluded.visit_id, updated_at = excluded.updated_at`,
    )
    .run(phone.phoneIndex, id, arrivedAt);
  if (r.appointmentId) tx.update(visitAppointments, r.appointmentId, { visitId: id });
  return { id, badgeNo };
}

/** Check a visitor in: host checked, appointment checked, written and audited in one transaction. */
export function checkIn(ctx: Ctx, r: VisitRecord): VisitRow {
  const host = resolveHost(ctx, r.hostId, r.hostName);
  if (r.appointmentId) {
    const appt = prepared(ctx.db, 'SELECT visit_id AS visitId FROM visit_appointments WHERE id = ? AND deleted_at IS NULL').get(r.appointmentId) as
      | { visitId: string | null }
      | undefined;
    if (!appt) throw invalidField('appointmentId', 'visits.unknown_appointment');
    if (appt.visitId) throw invalidField('appointmentId', 'visits.appointment_used');
  }
  const { id } = mutate(ctx.db, (tx) => {
    const w = writeVisit(tx, ctx.services.secrets, host, r);
    ctx.audit(tx, 'visits.checkIn', w.id, { channel: r.channel, badgeNo: w.badgeNo });
    return w;
  });
  ctx.emit('data-changed', { tables: ['visits'] });
  const visit = readVisit(ctx.db, id)!;
  // The kiosk tells the visitor to collect the badge at the desk: the desk prints it as they walk over.
  if (r.channel === 'kiosk') ctx.emit('kiosk-alert', { kind: 'checked-in', visitId: id, badgeNo: visit.badgeNo, name: visit.visitorName });
  return visit;
}

/** Find the one visit a sign-out means: by id, badge number, or the phone of someone still inside. */
export function findForCheckOut(ctx: Ctx, by: { visitId?: string; badgeNo?: string; phone?: string }): VisitRow {
  const hit = by.visitId
    ? readVisits(ctx.db, 'v.id = ?', [by.visitId])
    : by.badgeNo
      ? readVisits(ctx.db, 'v.badge_no = ?', [by.badgeNo.toUpperCase()], 'ORDER BY v.arrived_at DESC LIMIT 1')
      : readVisits(ctx.db, 'v.phone_index = ? AND v.departed_at IS NULL', [phoneIndexOf(ctx.services.secrets, by.phone!)], 'ORDER BY v.arrived_at DESC LIMIT 1');
  if (!hit[0]) throw notFound(by.phone ? 'visits.not_on_site' : 'visits.unknown_badge');
  if (hit[0].departedAt !== null) throw conflict('visits.already_out');
  return hit[0];
}

export function checkOut(ctx: Ctx, v: VisitRow, badgeReturned: boolean) {
  mutate(ctx.db, (tx) => {
    tx.update(visits, v.id, { departedAt: tx.now, badgeReturned });
    ctx.audit(tx, 'visits.checkOut', v.id, { badgeReturned });
  });
  ctx.emit('data-changed', { tables: ['visits'] });
  return readVisit(ctx.db, v.id)!;
}

/**
 * Record an incident (and, for a blocklisted visitor, tell the desk at once). A refusal or a forced
 * entry also opens a complaint case owned by the receptionist and escalated to a supervisor at once:
 * a security matter needs someone to follow it up and close it, which a passing alert does not give.
 */
export function recordIncident(ctx: Ctx, kind: 'refused' | 'forced' | 'blocklisted', description: string, personName: string | null, blocklistId: string | null) {
  const id = uuidv7();
  const locale = getSetting(ctx.db, 'locale');
  const opened = mutate(ctx.db, (tx) => {
    let kase: { id: string; number: string } | null = null;
    if (kind !== 'blocklisted' && ctx.staff) {
      kase = writeCase(tx, {
        source: 'visit',
        complainantName: personName ?? t(locale, 'visits.incident_unknown_person'),
        summary: t(locale, `visits.incident_${kind}`, { description }),
        ownerId: ctx.staff.id,
        dueAt: tx.now + getSetting(ctx.db, 'cases.dueHours') * HOUR,
      });
      escalateCase(tx, { id: kase.id, ownerId: ctx.staff.id }, (name) => t(locale, 'visits.incident_escalated', { name }));
    }
    tx.insert(visitIncidents, { id, kind, description, personName, blocklistId, at: tx.now, recordedBy: ctx.staff?.id ?? null, caseId: kase?.id ?? null });
    ctx.audit(tx, 'visits.incident', id, { kind, caseId: kase?.id });
    return kase;
  });
  ctx.emit('data-changed', { tables: opened ? ['visit_incidents', 'cases'] : ['visit_incidents'] });
  return { id, caseId: opened?.id ?? null, caseNumber: opened?.number ?? null };
}

/** What a badge prints: name, host and where to find them, date, badge No. and its QR. */
export async function badgeOf(v: VisitRow) {
  const qr = await QRCode.toDataURL(v.badgeNo, { margin: 1, width: 200 });
  return {
    badgeNo: v.badgeNo,
    visitorName: v.visitorName ?? '',
    company: v.company,
    hostName: v.hostName,
    hostLocation: v.hostLocation,
    partySize: v.partySize,
    arrivedAt: v.arrivedAt,
    qr,
  };
}
