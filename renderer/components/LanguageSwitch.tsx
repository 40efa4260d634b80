import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, LOCALES, setLocale, type Locale } from '../i18n';

/** 中文 / English. `onChange` lets the settings page also save the choice for the whole site. */
export function LanguageSwitch({ onChange, size }: { onChange?: (l: Locale) => void; size?: 'small' | 'middle' | 'large' }) {
  const { t } = useTranslation();
  return (
    <Segmented<Locale>
      aria-label={t('lang.label')}
      size={size}
      value={currentLocale()}
      options={LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) }))}
      onChange={(l) => {
        void setLocale(l);
        onChange?.(l);
      }}
    />
  );
}
