import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SlipData, SlipOrder } from './useSlipData';

export type SlipLayout = 'a4' | 'a5' | 'thermal80' | 'dotmatrix';
export type CopyKind = 'worker' | 'desk';

const time = (ms: number | null | undefined) => (ms ? dayjs(ms).format('YYYY-MM-DD HH:mm') : '');

export function placeOf(o: Pick<SlipOrder, 'building' | 'unit' | 'room' | 'publicLocation'>): string {
  if (o.publicLocation) return o.publicLocation;
  return [o.building, o.unit, o.room].filter(Boolean).join(' ');
}

/** A blank the worker or the resident fills in by hand: a label and a ruled line. */
function Blank({ label, wide }: { label: string; wide?: boolean }) {
  return (
    <div className={`slip-blank${wide ? ' slip-blank-wide' : ''}`}>
      <span className="slip-label">{label}</span>
      <span className="slip-line" />
    </div>
  );
}

/**
 * One copy of the dispatch slip. Every template prints this same copy; the layout class only
 * changes its size and how many columns the fields take. Long descriptions wrap (never clip).
 */
export function SlipCopy({ data, layout, copy }: { data: SlipData; layout: SlipLayout; copy: CopyKind }) {
  const { t } = useTranslation('workorders');
  const { order, siteName, qrSvg } = data;
  const reprint = order.printCount > 1;
  const fields: [string, string][] = [
    [t('field.reporterName'), order.reporterName],
    [t('field.reporterPhone'), order.reporterPhone],
    [t('field.place'), placeOf(order)],
    [t('field.category'), order.category],
    [t('field.priority'), t(`priority.${order.priority}`)],
    [t('field.appointmentAt'), time(order.appointmentAt) || t('slip.none')],
    [t('field.worker'), order.workerName ? `${order.workerName}${order.workerPhone ? ` ${order.workerPhone}` : ''}` : t('slip.none')],
    [t('slip.dispatchedAt'), time(order.dispatchedAt) || t('slip.none')],
    [t('slip.createdAt'), time(order.createdAt)],
  ];
  return (
    <section className={`slip slip-${layout}`} aria-label={t(copy === 'worker' ? 'slip.workerCopy' : 'slip.deskCopy')}>
      <header className="slip-head">
        <div className="slip-titles">
          <div className="slip-site">{siteName}</div>
          <h1 className="slip-title">
            {t('slip.title')}
            <span className="slip-copy">{t(copy === 'worker' ? 'slip.workerCopy' : 'slip.deskCopy')}</span>
            {reprint && <span className="slip-reprint">{t('slip.reprint')}</span>}
            {order.priority === 'urgent' && <span className="slip-urgent">{t('priority.urgent')}</span>}
          </h1>
          <div className="slip-number">
            {t('slip.number')} <strong>{order.number}</strong>
          </div>
        </div>
        <div className="slip-qr" role="img" aria-label={order.number} dangerouslySetInnerHTML={{ __html: qrSvg }} />
      </header>
      <dl className="slip-fields">
        {fields.map(([k, v]) => (
          <div key={k} className="slip-field">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        <div className="slip-field slip-field-wide">
          <dt>{t('field.description')}</dt>
          <dd className="slip-description">{order.description}</dd>
        </div>
      </dl>
      <div className="slip-blanks">
        <Blank label={t('slip.arrivedAt')} />
        <Blank label={t('slip.finishedAt')} />
        <Blank label={t('slip.materials')} wide />
        <Blank label={t('slip.workerSign')} />
        <Blank label={t('slip.residentSign')} />
      </div>
      <div className="slip-rating">
        <span className="slip-label">{t('slip.satisfaction')}</span>
        {(['satisfied', 'fair', 'unsatisfied'] as const).map((s) => (
          <span key={s} className="slip-tick">
            <span className="slip-box" aria-hidden />
            {t(`satisfaction.${s}`)}
          </span>
        ))}
      </div>
    </section>
  );
}

/** The dashed line between the worker copy and the desk stub. */
export function CutLine() {
  const { t } = useTranslation('workorders');
  return (
    <div className="slip-cut" role="separator">
      <span>✂ {t('slip.cut')}</span>
    </div>
  );
}
