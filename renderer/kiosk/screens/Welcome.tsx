import { LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../router';
import { KioskClock } from './KioskClock';

/** The first screen: the site's name and the two things a visitor comes to do. */
export function Welcome({ siteName }: { siteName: string }) {
  const { t } = useTranslation();
  const go = useKiosk((s) => s.go);
  return (
    <div className="kiosk-welcome">
      <header className="kiosk-hero">
        <p className="kiosk-site">{siteName}</p>
        <h1 className="kiosk-title">{t('kiosk.welcome')}</h1>
        <p className="kiosk-prompt">{t('kiosk.prompt')}</p>
      </header>
      <div className="kiosk-actions">
        <button type="button" className="kiosk-action kiosk-action-primary" onClick={() => go('checkIn')}>
          <LoginOutlined className="kiosk-action-icon" aria-hidden />
          <span className="kiosk-action-label">{t('kiosk.checkIn')}</span>
          <span className="kiosk-action-hint">{t('kiosk.checkInHint')}</span>
        </button>
        <button type="button" className="kiosk-action" onClick={() => go('checkOut')}>
          <LogoutOutlined className="kiosk-action-icon" aria-hidden />
          <span className="kiosk-action-label">{t('kiosk.checkOut')}</span>
          <span className="kiosk-action-hint">{t('kiosk.checkOutHint')}</span>
        </button>
      </div>
      <KioskClock />
    </div>
  );
}
