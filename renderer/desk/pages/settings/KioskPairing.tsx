import { useEffect, useState } from 'react';
import { Alert, Button, Typography } from 'antd';
import { QrcodeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ProcOutput } from '../../../../core/api-types';
import { invoke } from '../../../api/client';

type Pairing = ProcOutput<'kiosk.pair'>;

const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

function useNow(active: boolean) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** A one-time code (and its QR and address) a kiosk opens to pair with this desk. */
export function KioskPairing() {
  const { t } = useTranslation();
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const now = useNow(pairing !== null);
  const left = pairing ? pairing.expiresAt - now : 0;
  const expired = pairing !== null && left <= 0;

  const pair = async () => {
    // Under Electron the page is file://; the desk's own address is not known here, the core fills it in.
    const baseUrl = location.protocol.startsWith('http') ? location.origin : undefined;
    const a = await invoke('kiosk.pair', baseUrl ? { baseUrl } : {});
    setError(a.ok ? null : a.error.message);
    setPairing(a.ok ? a.value : null);
  };

  return (
    <section className="panel">
      <Typography.Title level={2} className="panel-title">
        {t('settings.kiosk.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('settings.kiosk.body')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      {pairing && !expired && (
        <div className="pairing">
          <img src={pairing.qr} alt={pairing.url} width={200} height={200} className="pairing-qr" />
          <dl className="pairing-facts">
            <dt>{t('settings.kiosk.code')}</dt>
            <dd className="pairing-code" data-testid="pairing-code">
              {pairing.code}
            </dd>
            <dt>{t('settings.kiosk.url')}</dt>
            <dd>
              <Typography.Text copyable code data-testid="pairing-url">
                {pairing.url}
              </Typography.Text>
            </dd>
            <dd className="pairing-expiry">{t('settings.kiosk.expiresIn', { time: mmss(left) })}</dd>
          </dl>
        </div>
      )}
      {expired && <Alert type="warning" showIcon title={t('settings.kiosk.expired')} />}
      <Button type="primary" icon={<QrcodeOutlined />} onClick={() => void pair()} className="panel-action">
        {pairing ? t('settings.kiosk.again') : t('settings.kiosk.pair')}
      </Button>
    </section>
  );
}
