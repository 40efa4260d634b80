import { ArrowLeftOutlined, CustomerServiceOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../router';
import { KioskMessage } from './KioskMessage';

/** Stand-in for a kiosk flow not built yet: say so, send the visitor to the desk, one big way back. */
export function ComingSoon() {
  const { t } = useTranslation();
  const reset = useKiosk((s) => s.reset);
  return (
    <KioskMessage
      icon={<CustomerServiceOutlined />}
      title={t('kiosk.comingTitle')}
      body={t('kiosk.comingBody')}
      action={
        <button type="button" className="kiosk-back" onClick={reset}>
          <ArrowLeftOutlined aria-hidden /> {t('kiosk.back')}
        </button>
      }
    />
  );
}
