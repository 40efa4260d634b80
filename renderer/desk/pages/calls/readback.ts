import type { TFunction } from 'i18next';
import type { CallValues } from './draft';

/**
 * The 复述 line: what the receptionist reads back to the caller before hanging up, built from the
 * fields so a misheard number or a wrong person shows before it is saved.
 */
export function readBack(t: TFunction<'calls'>, v: Partial<CallValues>, staffName: string | undefined, en: boolean): string {
  const sep = en ? ', ' : '，';
  const parts: string[] = [];
  const who = [v.callerName?.trim(), v.callerCompany?.trim() && (en ? `(${v.callerCompany.trim()})` : `（${v.callerCompany.trim()}）`)]
    .filter(Boolean)
    .join(en ? ' ' : '');
  if (who) parts.push(who);
  if (v.callerPhone?.trim()) parts.push(`${t('form.phone')} ${v.callerPhone.trim()}`);
  if (v.reason) parts.push(`${t(`reason.${v.reason}`)}${en ? ': ' : '：'}${v.summary?.trim() ?? ''}`);
  else if (v.summary?.trim()) parts.push(v.summary.trim());
  if (v.outcome && v.outcome !== 'answered' && staffName) {
    const verb = v.outcome === 'transferred' && v.connected ? t('outcome.transferred') : t('outcome.message');
    parts.push(`${verb} → ${staffName}`);
    if (v.outcome === 'message' || !v.connected) parts.push(`${t('form.callbackIn')} ${t('form.callbackHours', { count: v.callbackHours ?? 2 })}`);
  }
  return parts.length ? `${parts.join(sep)}${en ? '.' : '。'}` : '';
}
