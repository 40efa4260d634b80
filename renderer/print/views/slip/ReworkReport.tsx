import { useEffect, useState } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';
import type { PrintViewProps } from '../../views';
import { placeOf } from './SlipCopy';
import './slip.css';

type Report = ProcOutput<'workOrders.reworkReport'>;
const hm = (ms: number) => dayjs(ms).format('HH:mm');

/**
 * The next-morning report to the supervisor: every order called back unsatisfied or sent back to a
 * worker on one day. `?id=` is the day (YYYY-MM-DD); without it, today.
 */
export function ReworkReport({ id, onReady }: PrintViewProps) {
  const { t } = useTranslation('workorders');
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void invoke('workOrders.reworkReport', id ? { day: id } : {}).then((a) => (a.ok ? setReport(a.value) : setError(a.error.message)));
  }, [id]);
  useEffect(() => {
    if (report || error) onReady();
  }, [report, error, onReady]);
  if (error) return <p className="print-error" role="alert">{error}</p>;
  if (!report) return <p>{t('loading')}</p>;
  return (
    <article className="rework-report">
      <h1>{t('report.title')}</h1>
      <div className="report-meta">
        <span>{t('report.subtitle', { day: report.day })}</span>
        <span>{t('report.count', { count: report.items.length })}</span>
      </div>
      {report.items.length === 0 ? (
        <p>{t('report.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('slip.number')}</th>
              <th>{t('field.place')}</th>
              <th>{t('field.description')}</th>
              <th>{t('report.previousWorker')}</th>
              <th>{t('report.callback')}</th>
              <th>{t('report.rework')}</th>
              <th>{t('field.status')}</th>
            </tr>
          </thead>
          <tbody>
            {report.items.map(({ order, callback, rework, previousWorkerName }) => (
              <tr key={order.id}>
                <td className="nowrap">{order.number}</td>
                <td>
                  {placeOf(order)}
                  <br />
                  {order.reporterName} {order.reporterPhone}
                </td>
                <td>
                  {order.category}：{order.description}
                </td>
                <td>{previousWorkerName ?? ''}</td>
                <td>{callback ? `${hm(callback.at)} ${callback.staffName ?? ''}：${callback.notes ?? ''}` : ''}</td>
                <td>{rework ? `${hm(rework.at)} → ${rework.workerName ?? ''}：${rework.reason ?? ''}` : ''}</td>
                <td className="nowrap">{t(`status.${order.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="report-sign">
        <span className="slip-label">{t('report.signedBy')}</span>
        <span className="slip-line" />
      </div>
    </article>
  );
}
