import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ProcOutput } from '../../../core/api-types';
import { invoke } from '../../api/client';
import type { PrintViewProps } from '../views';

/** The evacuation roll call: everyone on site now, by host, with a box to tick at the assembly point. */
export function RollCall({ onReady }: PrintViewProps) {
  const { t } = useTranslation('visits');
  const [rows, setRows] = useState<ProcOutput<'visits.onSite'> | null>(null);
  const [printedAt] = useState(() => Date.now());
  useEffect(() => {
    void invoke('visits.onSite').then((a) => setRows(a.ok ? a.value : []));
  }, []);
  useEffect(() => {
    if (rows) onReady();
  }, [rows, onReady]);
  if (!rows) return null;
  const sorted = [...rows].sort((a, b) => a.hostName.localeCompare(b.hostName, 'zh-CN') || a.arrivedAt - b.arrivedAt);
  const people = rows.reduce((n, r) => n + r.partySize, 0);
  return (
    <article className="print-sheet">
      <style>{'.roll td,.roll th{border:1px solid #333;padding:4px 6px;font-size:11pt;text-align:left} .roll{border-collapse:collapse;width:98%} .roll .box{width:12mm}'}</style>
      <h1>{t('badge.rollCall')}</h1>
      <p>
        {t('badge.printedAt', { time: dayjs(printedAt).format('YYYY-MM-DD HH:mm') })} · {t('badge.total', { visits: rows.length, people })}
      </p>
      <table className="roll">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('desk.col.name')}</th>
            <th>{t('desk.col.party')}</th>
            <th>{t('desk.col.host')}</th>
            <th>{t('desk.col.phone')}</th>
            <th>{t('desk.col.arrived')}</th>
            <th>{t('desk.col.badge')}</th>
            <th className="box">{t('badge.sign')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r, i) => (
            <tr key={r.id}>
              <td>{i + 1}</td>
              <td>{r.visitorName}</td>
              <td>{r.partySize}</td>
              <td>{r.hostName}</td>
              <td>{r.phoneMasked}</td>
              <td>{dayjs(r.arrivedAt).format('HH:mm')}</td>
              <td>{r.badgeNo}</td>
              <td className="box" />
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
