import { useEffect, useState } from 'react';
import { Spin } from 'antd';
import { ApiOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client';
import { currentLocale, isLocale, setLocale, type Locale } from '../i18n';
import { pairFromUrl } from './pairing';
import { useKiosk } from './router';
import { kioskScreens } from './screens';
import { KioskMessage } from './screens/KioskMessage';
import { Welcome } from './screens/Welcome';
import { useIdleReset } from './useIdleReset';

type Boot = { phase: 'loading' } | { phase: 'unpaired'; error?: string } | { phase: 'ready'; siteName: string; locale: Locale };

/** The kiosk: pair (browser mode), then welcome and its screens, back to welcome when idle. */
export function KioskApp({ idleMs }: { idleMs?: number }) {
  const { t } = useTranslation();
  const [boot, setBoot] = useState<Boot>({ phase: 'loading' });
  const { screen, visit, reset } = useKiosk();

  useEffect(() => {
    void (async () => {
      const pairing = await pairFromUrl();
      if (!pairing.paired) return setBoot({ phase: 'unpaired', error: pairing.error });
      const status = await invoke('setup.status');
      const locale = status.ok && isLocale(status.value.locale) ? status.value.locale : 'zh-CN';
      await setLocale(locale);
      setBoot({ phase: 'ready', siteName: (status.ok && status.value.siteName) || '', locale });
    })();
    // Once per page load: the language switch must not start the boot again.
  }, []);

  useIdleReset(() => {
    reset();
    if (boot.phase === 'ready' && currentLocale() !== boot.locale) void setLocale(boot.locale);
  }, idleMs);

  if (boot.phase === 'loading') return <Spin fullscreen />;
  if (boot.phase === 'unpaired') {
    return (
      <main className="kiosk">
        <KioskMessage
          icon={<ApiOutlined />}
          title={t('kiosk.notPairedTitle')}
          body={boot.error ? t('kiosk.pairFailed', { message: boot.error }) : t('kiosk.notPairedBody')}
        />
      </main>
    );
  }
  const Screen = kioskScreens[screen];
  const other: Locale = currentLocale() === 'en' ? 'zh-CN' : 'en';
  return (
    <main className="kiosk">
      <button type="button" className="kiosk-lang" lang={other} onClick={() => void setLocale(other)}>
        {t('kiosk.otherLang')}
      </button>
      {Screen ? <Screen key={visit} /> : <Welcome siteName={boot.siteName || t('app.name')} />}
    </main>
  );
}
