import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckCircleOutlined } from '@ant-design/icons';
import { invoke } from '../../api/client';
import { useKiosk } from '../router';
import { KioskMessage } from '../screens/KioskMessage';
import { Frame } from './Frame';
import { Keypad } from './Keypad';
import { ToDesk } from './Outcome';

/**
 * 离开签退: a USB scanner types the badge QR and Enter into the focused field; or the visitor types
 * the badge number or phone on the keypad. Digits only on the keypad: a phone, or a badge number's tail.
 */
export function CheckOut() {
  const { t } = useTranslation('visits');
  const reset = useKiosk((s) => s.reset);
  const [value, setValue] = useState('');
  const [result, setResult] = useState<{ name: string } | 'desk' | null>(null);

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const v = value.trim().toUpperCase();
    if (!v) return;
    const a = await invoke('kiosk.checkOut', /^1[3-9]\d{9}$/.test(v) ? { phone: v } : { badgeNo: v });
    setResult(a.ok ? { name: a.value.maskedName } : 'desk');
  }

  if (result === 'desk') return <ToDesk />;
  if (result)
    return (
      <KioskMessage
        icon={<CheckCircleOutlined className="vk-ok" />}
        title={t('kiosk.outDone', { name: result.name })}
        body={t('kiosk.outReturn')}
        action={
          <button type="button" className="vk-primary" onClick={reset}>
            {t('kiosk.finish')}
          </button>
        }
      />
    );
  return (
    <Frame title={t('kiosk.outTitle')} hint={t('kiosk.outHint')}>
      <form onSubmit={submit} className="vk-form">
        <input className="vk-input" aria-label={t('kiosk.outInput')} value={value} autoFocus maxLength={40} onChange={(e) => setValue(e.target.value)} />
      </form>
      <Keypad value={value} onChange={setValue} max={40} />
      <button type="button" className="vk-primary" disabled={!value.trim()} onClick={() => submit()}>
        {t('kiosk.signOut')}
      </button>
    </Frame>
  );
}
