import { useEffect, useState } from 'react';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';

export type CallerMatch = ProcOutput<'calls.lookupCaller'>;
export interface Pick {
  callerName?: string;
  callerPhone?: string;
  callerCompany?: string;
  residentId?: string;
}

const EMPTY: CallerMatch = { residents: [], staff: [], knownCallers: [], recentCalls: [] };
export const address = (r: { building: string; unit: string | null; room: string }) => [r.building, r.unit, r.room].filter(Boolean).join(' ');

/**
 * Look the caller up as the receptionist types: by the number's first digits, or by the name (or
 * its pinyin initials) while no number is typed. The answer lands a moment after typing stops.
 */
export function useCallerLookup(phone: string, name: string): CallerMatch {
  const [match, setMatch] = useState<CallerMatch>(EMPTY);
  useEffect(() => {
    const digits = phone.replace(/\D/g, '');
    const input = digits.length >= 3 ? { phone: digits } : !digits && name.trim() ? { name: name.trim() } : null;
    if (!input) return setMatch(EMPTY);
    let live = true;
    const timer = setTimeout(() => void invoke('calls.lookupCaller', input).then((a) => live && setMatch(a.ok ? a.value : EMPTY)), 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [phone, name]);
  return match;
}

/** What the look-up found; a click fills the form. Out of the tab order: the keyboard path is the fields. */
export function CallerLookup({ match, asked, onPick }: { match: CallerMatch; asked: boolean; onPick(p: Pick): void }) {
  const { t } = useTranslation('calls');
  const empty = !match.residents.length && !match.staff.length && !match.knownCallers.length;
  return (
    <aside className="call-lookup" aria-label={t('form.lookupTitle')}>
      <Typography.Text strong>{t('form.lookupTitle')}</Typography.Text>
      {empty && <p className="call-lookup-empty">{asked ? t('form.lookupNone') : t('form.lookupHint')}</p>}
      <ul>
        {match.residents.map((r) => (
          <li key={`r${r.id}`}>
            <Button type="text" size="small" tabIndex={-1} onClick={() => onPick({ callerName: r.name, callerPhone: r.phone ?? undefined, residentId: r.id })}>
              <span className="call-lookup-kind">{t('form.lookupResident')}</span> {r.name} · {address(r)} {r.phone ?? ''}
            </Button>
          </li>
        ))}
        {match.staff.map((s) => (
          <li key={`s${s.id}`}>
            <Button type="text" size="small" tabIndex={-1} onClick={() => onPick({ callerName: s.name, callerPhone: s.extension ?? s.phone ?? undefined })}>
              <span className="call-lookup-kind">{t('form.lookupStaff')}</span> {s.name} {s.extension ?? s.phone ?? ''}
            </Button>
          </li>
        ))}
        {match.knownCallers.map((k) => (
          <li key={`k${k.phone}${k.name}`}>
            <Button type="text" size="small" tabIndex={-1} onClick={() => onPick({ callerName: k.name, callerPhone: k.phone, callerCompany: k.company ?? undefined })}>
              <span className="call-lookup-kind">{t('form.lookupKnown')}</span> {k.name} {k.company ?? ''} {k.phone}
            </Button>
          </li>
        ))}
      </ul>
      {match.recentCalls.length > 0 && (
        <>
          <Typography.Text strong>{t('form.lookupRecent')}</Typography.Text>
          <ul className="call-lookup-recent">
            {match.recentCalls.map((c) => (
              <li key={c.id}>
                {new Date(c.receivedAt).toLocaleDateString()} {t(`reason.${c.reason as 'other'}`)}：{c.summary}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
