import { useEffect, useState } from 'react';
import { Button } from 'antd';
import { CloudOutlined, CloudServerOutlined, DisconnectOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSession } from '../stores/session';
import { useStatus } from '../stores/status';
import { formatAge } from './format';

function Clock() {
  const [now, setNow] = useState(() => dayjs());
  useEffect(() => {
    const timer = setInterval(() => setNow(dayjs()), 1000);
    return () => clearInterval(timer);
  }, []);
  return <time dateTime={now.toISOString()}>{now.format('YYYY-MM-DD HH:mm')}</time>;
}

/** Hub connection, what waits to sync and since when, who is on duty, the time, sign-out. */
export function StatusBar() {
  const { t } = useTranslation();
  const { status, reachable } = useStatus();
  const staff = useSession((s) => s.staff);
  const signOut = useSession((s) => s.signOut);

  const sync = status?.sync;
  const hub = !reachable
    ? { cls: 'bad', icon: <DisconnectOutlined />, text: t('status.serviceDown') }
    : !sync?.connected
      ? { cls: 'muted', icon: <CloudServerOutlined />, text: t('status.hubNone') }
      : sync.online
        ? { cls: 'good', icon: <CloudOutlined />, text: t('status.hubOnline') }
        : { cls: 'warn', icon: <DisconnectOutlined />, text: t('status.hubOffline') };
  const outbox = status?.outbox;

  return (
    <footer className="status-bar" aria-label={t('status.label')}>
      <span className={`status-item status-${hub.cls}`} data-testid="status-hub">
        {hub.icon} {hub.text}
      </span>
      {outbox && (
        <span className="status-item" data-testid="status-outbox">
          {outbox.pending === 0
            ? t('status.synced')
            : `${t('status.pending', { count: outbox.pending })} · ${t('status.oldest', { age: formatAge(t, outbox.oldestPendingAgeMs ?? 0) })}`}
        </span>
      )}
      <span className="status-spacer" />
      {staff && (
        <span className="status-item" data-testid="status-staff">
          <UserOutlined /> {t('status.signedIn', { name: staff.name })}
        </span>
      )}
      <span className="status-item status-clock">
        <Clock />
      </span>
      <Button size="small" type="text" icon={<LogoutOutlined />} onClick={() => void signOut()}>
        {t('status.signOut')}
      </Button>
    </footer>
  );
}
