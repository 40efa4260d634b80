import { App as AntApp, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../api/client';
import { LanguageSwitch } from '../../../components/LanguageSwitch';

/** The site's language: switches this screen at once and is saved for every desk and kiosk. */
export function LanguageSettings() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return (
    <section className="panel">
      <Typography.Title level={2} className="panel-title">
        {t('settings.language.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('settings.language.body')}</Typography.Paragraph>
      <LanguageSwitch
        size="large"
        onChange={(locale) =>
          void invoke('settings.set', { key: 'locale', value: locale }).then((a) => {
            if (!a.ok) void message.error(a.error.message);
          })
        }
      />
    </section>
  );
}
