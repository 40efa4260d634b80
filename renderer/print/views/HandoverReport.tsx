import '../../styles/handover-print.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { ProcOutput } from '../../../core/api-types';
import { invoke } from '../../api/client';
import type { PrintViewProps } from '../views';

type Handover = ProcOutput<'handover.get'>;
type Duty = ProcOutput<'duty.list'>;
const fmt = (ms: number | null) => (ms ? dayjs(ms).format('YYYY-MM-DD HH:mm') : '');

/** The A4 handover record (交接班记录) as both staff sign it: matters, count, notes, duty log. */
export function HandoverReport({ id, onReady }: PrintViewProps) {
  const { t } = useTranslation('handover');
  const [h, setH] = useState<Handover | null>(null);
  const [duty, setDuty] = useState<Duty>([]);
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!id) return setError('id?');
    void (async () => {
      const [a, s] = await Promise.all([invoke('handover.get', { id }), invoke('setup.status')]);
      if (!a.ok) return setError(a.error.message);
      if (s.ok) setSite(s.value.siteName ?? '');
      // The duty log of the shift this handover closes: the 12 hours before it was submitted.
      const d = await invoke('duty.list', { from: a.value.submittedAt - 12 * 3_600_000, to: a.value.submittedAt + 1 });
      if (d.ok) setDuty(d.value);
      setH(a.value);
    })();
  }, [id]);
  useEffect(() => {
    if (h) onReady();
  }, [h, onReady]);

  if (error) return <p className="print-error" role="alert">{error}</p>;
  if (!h) return null;
  const groups = Object.entries(h.matters);
  return (
    <article className="print-sheet handover-print">
      <h1>
        {t('print.title')} <small>{site}</small>
      </h1>
      <table className="meta">
        <tbody>
          <tr>
            <th>{t('print.from')}</th>
            <td>{h.fromName}</td>
            <th>{t('print.submittedAt')}</th>
            <td>{fmt(h.submittedAt)}</td>
          </tr>
          <tr>
            <th>{t('print.to')}</th>
            <td>{h.toName ?? t('print.notSigned')}</td>
            <th>{t('print.acknowledgedAt')}</th>
            <td>{fmt(h.acknowledgedAt)}</td>
          </tr>
        </tbody>
      </table>

      <h2>{t('draft.matters')}</h2>
      {groups.every(([, l]) => l.length === 0) && <p>{t('draft.noMatters')}</p>}
      {groups
        .filter(([, l]) => l.length > 0)
        .map(([kind, list]) => (
          <section key={kind}>
            <h3>
              {h.kinds[kind] ?? kind}（{list.length}）
            </h3>
            <table>
              <tbody>
                {list.map((m) => (
                  <tr key={m.key}>
                    <td className="w-mark">{m.overdue ? '！' : ''}</td>
                    <td>
                      {m.title}
                      {m.detail && <div className="small">{m.detail}</div>}
                    </td>
                    <td className="w-note">{m.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}

      <h2>{t('draft.inventory')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('draft.item')}</th>
            <th>{t('draft.expected')}</th>
            <th>{t('draft.counted')}</th>
            <th>{t('draft.diff')}</th>
          </tr>
        </thead>
        <tbody>
          {h.inventory.map((i) => {
            const diff = i.counted === null ? null : i.counted - i.expected;
            return (
              <tr key={i.item} className={diff ? 'differs' : ''}>
                <td>{i.item}</td>
                <td>{i.expected}</td>
                <td>{i.counted ?? '—'}</td>
                <td>{diff === null ? '' : diff > 0 ? `+${diff}` : diff}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      {h.notes && (
        <p>
          <strong>{t('draft.notes')}：</strong>
          {h.notes}
        </p>
      )}
      {duty.length > 0 && (
        <>
          <h2>{t('print.duty')}</h2>
          <table>
            <tbody>
              {duty.map((d) => (
                <tr key={d.id}>
                  <td className="w-time">{dayjs(d.at).format('MM-DD HH:mm')}</td>
                  <td className="w-cat">{d.category}</td>
                  <td>{d.text}</td>
                  <td className="w-cat">{d.staffName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p className="signatures">
        <strong>{t('history.disagreements')}：</strong>
        {h.disagreements ?? t('history.none')}
      </p>
      <div className="sign-row">
        <span>
          {t('print.from')}：{h.fromName}
        </span>
        <span>
          {t('print.to')}：{h.toName ?? '＿＿＿＿＿＿'}
        </span>
      </div>
    </article>
  );
}
