import { useEffect } from 'react';
import { App as AntApp, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { on } from '../api/client';
import { printsUnattended } from './print';
import { printBadge } from './pages/visits/printing';

type KioskAlert = { kind: 'blocklisted'; name?: string } | { kind: 'checked-in'; visitId: string; badgeNo: string; name: string };

/**
 * What the kiosk tells the desk, heard on every page: a blocklisted visitor sent over, and a
 * visitor checked in who is walking over for the badge. Electron prints that badge at once on the
 * badge printer; a browser tab needs a click to open a print tab, so it offers the button.
 */
export function KioskAlerts() {
  const { t } = useTranslation('visits');
  const { notification } = AntApp.useApp();
  useEffect(
    () =>
      on('kiosk-alert', (payload) => {
        const alert = payload as KioskAlert;
        if (alert.kind === 'blocklisted') {
          notification.warning({ message: t('desk.kioskBlocked', { name: alert.name ?? '' }), duration: 0 });
          return;
        }
        if (alert.kind !== 'checked-in') return;
        const message = t('desk.kioskCheckedIn', { name: alert.name, badge: alert.badgeNo });
        if (printsUnattended()) {
          printBadge(alert.visitId);
          notification.info({ message, description: t('desk.kioskBadgePrinted') });
          return;
        }
        const key = `kiosk-badge-${alert.visitId}`;
        notification.info({
          key,
          message,
          description: t('desk.kioskBadgeToPrint'),
          duration: 0,
          actions: (
            <Button
              type="primary"
              onClick={() => {
                printBadge(alert.visitId);
                notification.destroy(key);
              }}
            >
              {t('desk.printKioskBadge')}
            </Button>
          ),
        });
      }),
    [notification, t],
  );
  return null;
}
