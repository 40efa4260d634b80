import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { KioskPairing } from './KioskPairing';
import { LanguageSettings } from './LanguageSettings';
import { PrinterSettings } from './PrinterSettings';
import { StaffSettings } from './StaffSettings';
import { SyncSettings } from './SyncSettings';

export function SettingsPage() {
  const { t } = useTranslation();
  const { t: tSync } = useTranslation('sync');
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs
        className="settings-tabs"
        items={[
          { key: 'staff', label: t('settings.staff.title'), children: <StaffSettings /> },
          { key: 'kiosk', label: t('settings.kiosk.title'), children: <KioskPairing /> },
          { key: 'sync', label: tSync('title'), children: <SyncSettings /> },
          { key: 'printers', label: t('settings.printers.title'), children: <PrinterSettings /> },
          { key: 'language', label: t('settings.language.title'), children: <LanguageSettings /> },
        ]}
      />
    </>
  );
}
