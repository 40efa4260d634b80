import { CheckCircleOutlined, CustomerServiceOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../router';
import { KioskMessage } from '../screens/KioskMessage';

export interface Badge {
  badgeNo: string;
  hostName: string;
  hostLocation: string | null;
}

const AUTO_FINISH_MS = 20_000;

/** The done screen: badge number and where to find the host; back to welcome by itself after a while. */
export function Done({ badge }: { badge: Badge }) {
  const { t } = useTranslation('visits');
  const reset = useKiosk((s) => s.reset);
  useEffect(() => {
    const timer = setTimeout(reset, AUTO_FINISH_MS);
    return () => clearTimeout(timer);
  }, [reset]);
  return (
    <KioskMessage
      icon={<CheckCircleOutlined className="vk-ok" />}
      title={t('kiosk.doneTitle')}
      body={`${t('kiosk.badgeNo')} ${badge.badgeNo} · ${badge.hostName}${badge.hostLocation ? ` · ${t('kiosk.findHost', { location: badge.hostLocation })}` : ''}。${t('kiosk.takeBadge')}`}
      action={
        <button type="button" className="vk-primary" onClick={reset} data-testid="kiosk-finish">
          {t('kiosk.finish')}
        </button>
      }
    />
  );
}

/** The neutral answer for anyone the kiosk cannot register (blocklisted, unknown code, any error). */
export function ToDesk() {
  const { t } = useTranslation('visits');
  const reset = useKiosk((s) => s.reset);
  return (
    <KioskMessage
      icon={<CustomerServiceOutlined />}
      title={t('kiosk.deskTitle')}
      body={t('kiosk.deskBody')}
      action={
        <button type="button" className="vk-primary" onClick={reset}>
          {t('kiosk.home')}
        </button>
      }
    />
  );
}
