import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Input, Typography, type InputRef } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../stores/session';
import { useStaff, type StaffRow } from '../../stores/staff';
import { AuthFrame } from '../AuthFrame';
import { PinPad } from './PinPad';
import { StaffPicker } from './StaffPicker';

/** Pick yourself, type the PIN, Enter. Wrong PINs and lock-outs are said in the desk's words. */
export function SignInScreen() {
  const { t } = useTranslation();
  const { list, load } = useStaff();
  const signIn = useSession((s) => s.signIn);
  const [chosen, setChosen] = useState<StaffRow | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const filterRef = useRef<InputRef>(null);
  const pinRef = useRef<InputRef>(null);

  useEffect(() => void load(), [load]);
  const people = list.filter((p) => p.canSignIn);

  const choose = (p: StaffRow) => {
    setChosen(p);
    setPin('');
    setError(null);
    setTimeout(() => pinRef.current?.focus());
  };

  const submit = async () => {
    if (!chosen) return setError(t('signIn.pickFirst'));
    if (!pin || busy) return;
    setBusy(true);
    const failed = await signIn(chosen.id, pin);
    setBusy(false);
    if (failed) {
      setError(failed.message);
      setPin('');
      pinRef.current?.focus();
    }
  };

  return (
    <AuthFrame title={t('signIn.title')} subtitle={t('signIn.subtitle')} wide>
      <div className="signin">
        <StaffPicker people={people} chosenId={chosen?.id ?? null} onChoose={choose} inputRef={filterRef} />
        <div className="signin-pin">
          <Typography.Title level={2} className="signin-who">
            {chosen ? t('signIn.pinFor', { name: chosen.name }) : t('signIn.pickFirst')}
          </Typography.Title>
          <Input.Password
            ref={pinRef}
            size="large"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            aria-label={t('signIn.pin')}
            placeholder={t('signIn.pin')}
            disabled={!chosen}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
            onPressEnter={() => void submit()}
            onKeyDown={(e) => {
              if (e.key === 'Escape') filterRef.current?.focus();
            }}
          />
          <PinPad
            disabled={!chosen || busy}
            onDigit={(d) => setPin((p) => (p + d).slice(0, 8))}
            onClear={() => setPin('')}
            onDelete={() => setPin((p) => p.slice(0, -1))}
          />
          {error && <Alert type="error" showIcon role="alert" title={error} data-testid="signin-error" />}
          <Button type="primary" size="large" block loading={busy} disabled={!chosen || !pin} onClick={() => void submit()}>
            {t('signIn.submit')}
          </Button>
        </div>
      </div>
    </AuthFrame>
  );
}
