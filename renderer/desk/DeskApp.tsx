import { useEffect } from 'react';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../stores/session';
import { SetupScreen } from './SetupScreen';
import { Shell } from './Shell';
import { SignInScreen } from './signin/SignInScreen';

/** Which desk screen: set-up on first run, sign-in, or the shell. */
export function DeskApp() {
  const { t } = useTranslation();
  const { phase, load, error } = useSession();
  useEffect(() => void load(), [load]);

  switch (phase) {
    case 'loading':
      return <Spin fullscreen description={t('common.loading')} />;
    case 'unreachable':
      return (
        <Result
          status="warning"
          title={t('status.serviceDown')}
          subTitle={error?.message}
          extra={<Button onClick={() => void load()}>{t('common.retry')}</Button>}
        />
      );
    case 'setup':
      return <SetupScreen />;
    case 'signedOut':
      return <SignInScreen />;
    case 'signedIn':
      return <Shell />;
  }
}
