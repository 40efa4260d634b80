import type { ReactNode } from 'react';
import { ArrowLeftOutlined, HomeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../router';
import '../../styles/visits-kiosk.css';

/** One question per screen: a title, the content, and always a visible way back and home. */
export function Frame({ title, hint, onBack, children }: { title: string; hint?: string; onBack?: () => void; children: ReactNode }) {
  const { t } = useTranslation('visits');
  const reset = useKiosk((s) => s.reset);
  return (
    <div className="vk-frame">
      <h1 className="vk-title">{title}</h1>
      {hint && <p className="vk-hint">{hint}</p>}
      <div className="vk-body">{children}</div>
      <nav className="vk-nav">
        {onBack && (
          <button type="button" className="kiosk-back" onClick={onBack}>
            <ArrowLeftOutlined aria-hidden /> {t('kiosk.back')}
          </button>
        )}
        <button type="button" className="kiosk-back" onClick={reset}>
          <HomeOutlined aria-hidden /> {t('kiosk.home')}
        </button>
      </nav>
    </div>
  );
}
