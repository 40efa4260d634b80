import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ProcOutput } from '../../../core/api-types';
import { invoke } from '../../api/client';
import type { PrintViewProps } from '../views';

type Parcel = ProcOutput<'parcels.get'>;
const DAY = 86_400_000;

/**
 * The 80 mm thermal pick-up slip, stuck on the parcel or handed to the recipient. The QR holds only
 * the code, so the desk's scanner can read it straight into the pick-up field.
 */
export function ParcelSlip({ id, onReady }: PrintViewProps) {
  const { t } = useTranslation('parcels');
  const [parcel, setParcel] = useState<Parcel | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    if (!id) return setMissing(true);
    void invoke('parcels.get', { id }).then(async (a) => {
      if (!a.ok) return setMissing(true);
      setQr(await QRCode.toDataURL(a.value.code, { errorCorrectionLevel: 'M', margin: 0, width: 240 }));
      setParcel(a.value);
    });
  }, [id]);
  useEffect(() => {
    if (parcel || missing) onReady();
  }, [parcel, missing, onReady]);

  if (missing) return <p role="alert">{t('slip.missing')}</p>;
  if (!parcel) return null;
  const days = Math.round((parcel.returnAt - parcel.receivedAt) / DAY);
  return (
    <article className="parcel-slip">
      <style>{'@page { margin: 3mm; }'}</style>
      <h1>{t('slip.title')}</h1>
      <div className="parcel-slip-code">
        <div>
          <div className="parcel-slip-label">{t('slip.code')}</div>
          <div className="parcel-slip-digits">{parcel.code}</div>
        </div>
        {qr && <img src={qr} alt={t('slip.code')} />}
      </div>
      <dl>
        <dt>{t('slip.recipient')}</dt>
        <dd className="parcel-slip-name">{parcel.recipientName}</dd>
        <dt>{t('slip.courier')}</dt>
        <dd>{t(`couriers.${parcel.courier}` as 'couriers.sf')}</dd>
        <dt>{t('slip.trackingNo')}</dt>
        <dd>{parcel.trackingNo}</dd>
        <dt>{t('slip.shelf')}</dt>
        <dd>{parcel.shelf ?? '—'}</dd>
        <dt>{t('slip.receivedAt')}</dt>
        <dd>{dayjs(parcel.receivedAt).format('YYYY-MM-DD HH:mm')}</dd>
      </dl>
      <p className="parcel-slip-note">{t('slip.note', { days })}</p>
    </article>
  );
}
