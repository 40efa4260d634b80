import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ProcOutput } from '../../../core/api-types';
import { invoke } from '../../api/client';
import type { PrintViewProps } from '../views';

type Badge = ProcOutput<'visits.badge'>;

function useBadge(id: string | null, onReady: () => void) {
  const [badge, setBadge] = useState<Badge | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!id) return setError('id');
    void invoke('visits.badge', { id }).then((a) => (a.ok ? setBadge(a.value) : setError(a.error.message)));
  }, [id]);
  useEffect(() => {
    if (badge) onReady();
  }, [badge, onReady]);
  return { badge, error };
}

/** 80 mm roll: the visitor's name large, whom they visit and where, the date, badge No. and its QR. */
export function VisitBadge({ id, onReady }: PrintViewProps) {
  const { t } = useTranslation('visits');
  const { badge, error } = useBadge(id, onReady);
  if (error) return <p role="alert">{error}</p>;
  if (!badge) return null;
  return (
    <article className="badge-roll">
      <style>{'@page { margin: 4mm; } .badge-roll{width:72mm;text-align:center;font-family:var(--fd-font)} .badge-roll h1{font-size:14pt;letter-spacing:.3em;margin:0 0 2mm} .badge-roll .badge-name{font-size:26pt;font-weight:700;margin:1mm 0} .badge-roll p{margin:1mm 0;font-size:11pt} .badge-roll img{width:34mm;height:34mm}'}</style>
      <h1>{t('badge.title')}</h1>
      <p className="badge-name">{badge.visitorName}</p>
      {badge.company && <p>{badge.company}</p>}
      <p>
        {t('badge.host')}：{badge.hostName}
        {badge.hostLocation ? ` · ${badge.hostLocation}` : ''}
      </p>
      <p>
        {t('badge.date')}：{dayjs(badge.arrivedAt).format('YYYY-MM-DD HH:mm')} · {t('badge.party', { n: badge.partySize })}
      </p>
      <img src={badge.qr} alt={badge.badgeNo} />
      <p>{badge.badgeNo}</p>
    </article>
  );
}

/** 62 x 29 mm label: name and host on the left, the QR and badge No. on the right. */
export function VisitBadgeLabel({ id, onReady }: PrintViewProps) {
  const { t } = useTranslation('visits');
  const { badge, error } = useBadge(id, onReady);
  if (error) return <p role="alert">{error}</p>;
  if (!badge) return null;
  return (
    <article className="badge-label">
      <style>{'@page { margin: 1.5mm; } .badge-label{display:flex;gap:2mm;width:58mm;height:25mm;align-items:center;font-family:var(--fd-font)} .badge-label .l{flex:1;overflow:hidden} .badge-label .n{font-size:15pt;font-weight:700;margin:0;white-space:nowrap} .badge-label p{margin:.5mm 0;font-size:7pt;white-space:nowrap} .badge-label img{width:22mm;height:22mm}'}</style>
      <div className="l">
        <p>{t('badge.title')}</p>
        <p className="n">{badge.visitorName}</p>
        <p>
          {t('badge.host')}：{badge.hostName}
        </p>
        <p>{dayjs(badge.arrivedAt).format('YYYY-MM-DD HH:mm')}</p>
        <p>{badge.badgeNo}</p>
      </div>
      <img src={badge.qr} alt={badge.badgeNo} />
    </article>
  );
}
