import type { ReactNode } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useSession } from '../stores/session';

/** The frame of the screens before sign-in: brand, language, one centred card. */
export function AuthFrame({ title, subtitle, wide, children }: {
  title: string;
  subtitle?: string;
  wide?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const siteName = useSession((s) => s.siteName);
  return (
    <div className="auth">
      <header className="auth-top">
        <div className="brand">
          <div className="brand-mark" aria-hidden>
            {t('app.name').slice(0, 1)}
          </div>
          <div className="brand-text">
            <div className="brand-name">{t('app.name')}</div>
            <div className="brand-site">{siteName || t('app.tagline')}</div>
          </div>
        </div>
        <LanguageSwitch />
      </header>
      <main className={`auth-card${wide ? ' auth-card-wide' : ''}`}>
        <Typography.Title level={1} className="auth-title">
          {title}
        </Typography.Title>
        {subtitle && <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>}
        {children}
      </main>
    </div>
  );
}
